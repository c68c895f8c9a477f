package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.ListLead;
import org.pollcast.election.Scope;
import org.pollcast.ingest.BundledPolls;
import org.pollcast.ingest.IngestReport;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollingBlackout;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * An election's polls for a run: from the store, loading first the bundled polls of each contest it has none of.
 */
public final class PollSource {
    private PollSource() {}

    /** The polls of {@code election}; a notice says when bundled polls were loaded. */
    public static List<Poll> polls(Workspace ws, PollStore store, Election election) {
        ensureLoaded(ws, store, election);
        return withLead(election, read(store, election, PollQuery.of(election.id()))).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    /**
     * The stored polls of {@code election} that {@code query} selects, each dated inside a polling blackout held back
     * until its polling day ({@link PollingBlackout}): every run reads an election's polls through here, so that a
     * forecast as of a past day, a backtest and a listing see the blackout alike.
     */
    public static List<StoredPoll> read(PollStore store, Election election, PollQuery query) {
        return PollingBlackout.applyStored(election, store.polls(query));
    }

    /**
     * {@code stored}, and for a list-led election ({@link ListLead}) each list poll again as a first-preference poll
     * of the list vote, so that the average, the learned poll error and the trend read them as they read a Mayor's.
     * The store keeps them as the list polls they are.
     */
    public static List<StoredPoll> withLead(Election election, List<StoredPoll> stored) {
        Optional<AdditionalMemberContest> ams = election.listLedBy();
        if (ams.isEmpty()) {
            return stored;
        }
        List<StoredPoll> out = new ArrayList<>(stored);
        for (StoredPoll s : stored) {
            asLead(ams.get(), s.poll()).ifPresent(p -> out.add(new StoredPoll(s.id(), p, s.provenance())));
        }
        return out;
    }

    /**
     * {@code polls} with the list vote's reading of each list poll of a list-led election, unless they have it already:
     * a forecast from polls taken straight from the store (nightly's, the backtest's) sees them as one from
     * {@link #polls} does.
     */
    public static List<Poll> withLeadPolls(Election election, List<Poll> polls) {
        Optional<AdditionalMemberContest> ams = election.listLedBy();
        if (ams.isEmpty() || polls.stream().anyMatch(p -> p.contest().equals(ListLead.id(ams.get())))) {
            return polls;
        }
        List<Poll> out = new ArrayList<>(polls);
        for (Poll p : polls) {
            asLead(ams.get(), p).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A list poll of {@code ams} (a constituency poll where it has no list) read as its lead vote's first-preference
     * poll; empty for any other poll.
     */
    private static Optional<Poll> asLead(AdditionalMemberContest ams, Poll p) {
        return p.contest().equals(ams.id()) && p.scope() == ams.leadBallot()
                ? Optional.of(p.asQuestionOf(ListLead.id(ams), Scope.FIRST_PREF))
                : Optional.empty();
    }

    /**
     * Loads the bundled polls of every election's contests the store has none of. Sample-size hints and the learned poll
     * error read across elections, so they must see the same polls whichever command ran first.
     */
    public static void ensureAllLoaded(Workspace ws, PollStore store) {
        int polls = 0;
        List<String> elections = new ArrayList<>();
        for (Election e : ws.catalog().all()) {
            List<IngestReport> loaded =
                    BundledPolls.loadIfEmpty(store, e, ws.home(), ws.ingesterOfBundledPolls(), ws.bundledContests());
            if (!loaded.isEmpty()) {
                polls += loaded.stream().mapToInt(IngestReport::added).sum();
                elections.add(e.id());
            }
        }
        if (!elections.isEmpty()) {
            ws.notice("Loaded " + polls + " bundled polls of " + String.join(", ", elections) + " into " + store.file()
                    + " (they were not in it yet: every election's polls inform the sample sizes imputed and how far"
                    + " polls are learned to miss, whichever election is forecast)");
        }
        for (Election e : ws.catalog().all()) {
            BundledPolls.setAside(store, e, ws.home(), ws.bundledContests()).forEach(ws::notice);
        }
    }

    /**
     * Loads the bundled polls of {@code election}'s contests the store has none of, and says so in one notice.
     */
    public static void ensureLoaded(Workspace ws, PollStore store, Election election) {
        List<IngestReport> loaded =
                BundledPolls.loadIfEmpty(store, election, ws.home(), ws.ingesterOfBundledPolls(), ws.bundledContests());
        if (!loaded.isEmpty()) {
            int n = loaded.stream().mapToInt(IngestReport::added).sum();
            Set<String> contests = new TreeSet<>();
            loaded.forEach(r -> r.readAs().keySet().forEach(k -> contests.add(k.contest())));
            ws.notice("No " + String.join(" or ", contests) + " polls for " + election.id() + " in " + store.file()
                    + ": loaded " + n + " bundled polls from "
                    + String.join(
                            ", ", loaded.stream().map(IngestReport::source).toList()));
        }
        BundledPolls.setAside(store, election, ws.home(), ws.bundledContests()).forEach(ws::notice);
        if (store.count(election.id()) == 0) {
            // A published page saved as polls/<id>.md beside the definitions (a blind trial's Boston kit) looked like
            // bundled polls, but only <id>.csv files load by themselves: the forecast said "no polls" and nothing more.
            List<String> pages = BundledPolls.pagesNotLoaded(ws.home(), election.id()).stream()
                    .map(Object::toString)
                    .toList();
            if (!pages.isEmpty()) {
                ws.notice("No polls of " + election.id() + " in " + store.file() + ": " + String.join(", ", pages)
                        + (pages.size() == 1 ? " is" : " are") + " not loaded by itself (only CSV files named polls/"
                        + election.id() + ".csv or " + election.id() + "-*.csv are): ingest "
                        + (pages.size() == 1 ? "it" : "them") + " first ('pollcast ingest "
                        + String.join(
                                " ", pages.stream().map(PollSource::shellWord).toList())
                        + " --data " + shellWord(ws.home().root().toString()) + " --db "
                        + shellWord(store.file().toString())
                        + "', with --skip-invalid to keep the rows it reads where some"
                        + " are refused)");
            }
        }
    }

    /** A path as a shell command takes it: in double quotes where it holds a space or another character a shell reads. */
    static String shellWord(String path) {
        return path.matches("[A-Za-z0-9_./:=+@,-]+")
                ? path
                : '"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
