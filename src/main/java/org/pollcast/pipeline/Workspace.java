package org.pollcast.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.BundledContests;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.ingest.RowOwners;
import org.pollcast.ingest.TransferPriorReader;
import org.pollcast.store.PollStore;

/**
 * Where a run reads and writes: the data folder (elections, results, bundled polls, aliases), the poll store
 * file and any extra alias files, plus where one-line notices go ("loaded 12 bundled polls"). Every step of
 * the pipeline takes one; the command line and the notebook API each build one and nothing else.
 *
 * @param home         the data folder
 * @param store        the SQLite poll store (created on first write)
 * @param extraAliases alias files merged after {@code data/aliases.yaml}
 * @param notices      receives one-line notices meant for a person (the command line's standard error)
 */
public final class Workspace {
    private final DataHome home;
    private final Path store;
    private final List<Path> extraAliases;
    private final Consumer<String> notices;
    // Read once per workspace: a forecast consults the catalogue, the aliases and the results many times
    // (every other election's polls and results for the learned poll error and the Assembly), and each read
    // parses files. A workspace lives for one command or one notebook session, so the files do not change
    // under it in practice; a new workspace reads them again.
    private ElectionCatalog catalog;
    private AliasTable aliases;
    private ResultsCatalog results;
    private TransferPrior prior;
    /** Whether {@link #prior} is pollcast's own, the data folder having none. */
    private boolean priorBundled;

    /** Whether {@link #sayPriorBundled} has said so (once a workspace). */
    private boolean priorBundledSaid;

    /** Whether the data folder has no alias table, pollcast's own being used; and whether the ingester has said so. */
    private boolean aliasesBundled;

    private boolean aliasesSaid;

    private BundledContests bundledContests;

    public Workspace(DataHome home, Path store, List<Path> extraAliases, Consumer<String> notices) {
        this.home = home;
        this.store = store;
        this.extraAliases = List.copyOf(extraAliases);
        this.notices = notices;
    }

    public DataHome home() {
        return home;
    }

    public Path store() {
        return store;
    }

    public List<Path> extraAliases() {
        return extraAliases;
    }

    public Consumer<String> notices() {
        return notices;
    }

    /** A workspace over {@code data} (null: located as {@link DataHome#locate} does) and the store file {@code store}. */
    public static Workspace of(Path data, Path store) {
        return new Workspace(DataHome.locate(data), store, List.of(), s -> {});
    }

    public Workspace withNotices(Consumer<String> to) {
        return new Workspace(home, store, extraAliases, to);
    }

    public Workspace withStore(Path file) {
        return new Workspace(home, file, extraAliases, notices);
    }

    public synchronized ElectionCatalog catalog() {
        if (catalog == null) {
            catalog = new ElectionCatalog(home, notices);
        }
        return catalog;
    }

    /** What each bundled poll file holds, read once a file (again when the file changes). */
    public synchronized BundledContests bundledContests() {
        if (bundledContests == null) {
            bundledContests = new BundledContests();
        }
        return bundledContests;
    }

    public synchronized ResultsCatalog results() {
        if (results == null) {
            results = new ResultsCatalog(home, catalog(), aliases());
        }
        return results;
    }

    /**
     * The files of data/results holding {@code kind}, {@code london_} first ({@link ResultFiles}); listed at every
     * call, never kept, so a file added, removed or edited since is what the next read sees.
     */
    public List<ResultFile> resultFiles(ResultFiles.Kind kind) {
        return ResultFiles.find(home, kind);
    }

    /** Which election each row of those files is for ({@link RowOwners}), from the catalogue as it is now. */
    public RowOwners rowOwners() {
        return RowOwners.of(catalog());
    }

    public synchronized AliasTable aliases() {
        if (aliases != null) {
            return aliases;
        }
        if (!Files.exists(home.aliases())) {
            // A data folder of one's own without the table (a blind trial's kit): known firms were stored under each
            // name they publish as, a house apiece (CNN/SSRS as CNN's), and the house effects split them.
            aliasesBundled = true;
            aliases = AliasTable.bundledWith(extraAliases);
            return aliases;
        }
        List<Path> files = new ArrayList<>();
        files.add(home.aliases());
        files.addAll(extraAliases);
        aliases = AliasTable.load(files);
        return aliases;
    }

    /**
     * The ingester, with the data folder's alias table. Said once where the folder has none: which firm a name is
     * matters when polls are stored; said on every forecast, count and backtest as well, it was the first line of each
     * (the Vancouver and LA trials' "noise on every run").
     */
    public synchronized Ingester ingester() {
        Ingester ingester = ingesterOfBundledPolls();
        if (aliasesBundled && !aliasesSaid) {
            aliasesSaid = true;
            notices.accept(home.aliases() + ": no such file in this data folder: pollcast's own alias table is used"
                    + " (firms' other names, and the bundled elections' party and candidate spellings); copy it here to"
                    + " edit it");
        }
        return ingester;
    }

    /**
     * The ingester of the data folder's own poll files, which every forecast, count and backtest loads into a store
     * lacking them: said nothing of, as the user stores nothing.
     */
    public Ingester ingesterOfBundledPolls() {
        return new Ingester(catalog(), aliases(), Clock.systemDefaultZone());
    }

    public PollStore openStore() {
        return PollStore.open(store);
    }

    /**
     * The poll store where its file exists, else null: a dry run checks a file against the polls stored, as a real run
     * would, and creates no store where there is none.
     */
    public PollStore openStoreIfAny() {
        return Files.isRegularFile(store) ? PollStore.open(store) : null;
    }

    /** A value learned from the results files, with the files' {@link ResultFiles#stamp} when it was learned. */
    private record Learned<T>(List<ResultFiles.Stamp> stamp, T value) {}

    private final Map<String, Learned<TransferPriorFit>> fittedPriors = new HashMap<>();
    private final Map<String, Learned<MayorToAssembly.Ballot[]>> mayorToAssembly = new HashMap<>();
    private final Map<String, Learned<Optional<String>>> seatRuleChecks = new HashMap<>();

    /** The party-bloc prior for second preferences, {@code data/transfers/prior.yaml}, else pollcast's own. */
    public synchronized TransferPrior transferPrior() {
        if (prior == null) {
            Path file = priorFile();
            // A data folder built from definitions, polls and results alone (four of the blind trials' kits) was
            // refused every forecast, backtest and report for want of this file, a set of general numbers fitted
            // on counted second preferences. pollcast's own copy is used, and said so where an election counts
            // second preferences (transferPriorFor).
            priorBundled = !Files.exists(file);
            prior = priorBundled ? TransferPriorReader.bundled() : TransferPriorReader.load(file);
        }
        return prior;
    }

    /** What the party-bloc prior was read from, as a forecast's note names it. */
    synchronized String transferPriorSource() {
        transferPrior();
        return priorBundled ? "pollcast's own prior.yaml" : "data/transfers/prior.yaml";
    }

    private Path priorFile() {
        return home.root().resolve("transfers/prior.yaml");
    }

    /**
     * Says once that second preferences come from pollcast's own prior, when {@code election} counts them (a
     * Supplementary Vote, an instant run-off, a second round) and the data folder has no prior of its own. A
     * plurality race or a list vote draws nothing from the prior, and the Pennsylvania trial's Senate races were told
     * of second preferences they do not have.
     */
    private void sayPriorBundled(Election election) {
        boolean counted = election.contests().values().stream()
                .anyMatch(c -> c instanceof SingleWinnerContest s && s.system() != VotingSystem.FPTP);
        if (priorBundled && counted && !priorBundledSaid) {
            priorBundledSaid = true;
            notices.accept(priorFile() + ": no such file in this data folder: second preferences are drawn with"
                    + " pollcast's own prior (data/transfers/prior.yaml: numbers fitted on counted second preferences"
                    + " and run-offs; its party blocs are London's); copy it here and edit its blocs to set this"
                    + " place's");
        }
    }

    /**
     * The prior's numbers fitted on every other election's counted second preferences (kept per election until a
     * results file changes: a notebook session that edits a place's results sees the edit).
     */
    public synchronized TransferPriorFit transferPriorFor(Election election) {
        transferPrior();
        sayPriorBundled(election);
        return learned(fittedPriors, election, () -> TransferPriorFit.forElection(this, election, transferPrior()));
    }

    /**
     * How the Assembly ballots followed the Mayor in every other election of the series (kept per election until a
     * results file changes: a forecast asks twice, a backtest at every horizon).
     */
    synchronized MayorToAssembly.Ballot[] mayorToAssemblyFor(Election election) {
        return learned(mayorToAssembly, election, () -> MayorToAssembly.learn(this, election));
    }

    private <T> T learned(Map<String, Learned<T>> kept, Election election, java.util.function.Supplier<T> learn) {
        List<ResultFiles.Stamp> stamp = ResultFiles.stamp(home);
        Learned<T> before = kept.get(election.id());
        if (before != null && before.stamp().equals(stamp)) {
            return before.value();
        }
        T value = learn.get();
        kept.put(election.id(), new Learned<>(stamp, value));
        return value;
    }

    /**
     * Whether a whole-area list rule reproduces {@code baseline}'s published seats ({@link SeatRuleCheck}): counted once
     * per baseline until a results file changes, where a backtest counted it again for every horizon.
     */
    synchronized Optional<String> seatRuleCheck(Election baseline) {
        return learned(seatRuleChecks, baseline, () -> SeatRuleCheck.ofBaseline(this, baseline));
    }

    /** The report palette file, {@code data/palette.yaml}. */
    public Path palette() {
        return home.root().resolve("palette.yaml");
    }

    /** The notices given so far: a run that reads an election's polls in two steps says each thing once. */
    private final Set<String> noticed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void notice(String line) {
        if (noticed.add(line)) {
            notices.accept(line);
        }
    }
}
