package org.pollcast.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.store.PollStore;

/** The polls bundled with pollcast in {@code data/polls/<election>.csv} (and {@code <election>-*.csv}). */
public final class BundledPolls {
    private BundledPolls() {}

    /**
     * The bundled poll files for {@code electionId}, sorted. A file named for another election whose id begins with
     * this one's ({@code nyc-2025-general.csv}, {@code nyc-2025-general-fox.csv} beside the primary {@code nyc-2025})
     * is that election's: before, the primary's store loaded the general election's polls too and refused them as of
     * another election, and with them every command that needed the primary's polls.
     */
    public static List<Path> files(DataHome home, String electionId) {
        return namedFor(home, electionId, BundledPolls::csvNamed);
    }

    /**
     * The files in the data folder's {@code polls/} named for {@code electionId} as its bundled polls are
     * ({@code <id>.*}, {@code <id>-*.*}, not another defined election's whose id begins with this one's) that are not
     * CSV: published pages, which are read only when ingested.
     */
    public static List<Path> pagesNotLoaded(DataHome home, String electionId) {
        try {
            return namedFor(home, electionId, (n, id) -> !n.endsWith(".csv") && pageNamed(n, id));
        } catch (BadInputException e) {
            return List.of(); // only a hint; the bundled polls' own listing says what is wrong with the folder
        }
    }

    /** Whether a poll file's name is {@code <id>.csv} or {@code <id>-*.csv}. */
    private static boolean csvNamed(String fileName, String id) {
        return fileName.equals(id + ".csv") || (fileName.startsWith(id + "-") && fileName.endsWith(".csv"));
    }

    /** Whether a file's name is {@code <id>.*} or {@code <id>-*}: a page named for that election. */
    private static boolean pageNamed(String fileName, String id) {
        return fileName.startsWith(id + ".") || fileName.startsWith(id + "-");
    }

    /**
     * The files of {@code polls/} that {@code names} says are named for {@code electionId} and for no defined election
     * whose id begins with it and a hyphen, sorted.
     */
    private static List<Path> namedFor(DataHome home, String electionId, BiPredicate<String, String> names) {
        if (!Files.isDirectory(home.polls())) {
            return List.of();
        }
        List<String> longer = new ElectionCatalog(home)
                .ids().stream().filter(id -> id.startsWith(electionId + "-")).toList();
        try (Stream<Path> files = Files.list(home.polls())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return names.test(n, electionId) && longer.stream().noneMatch(id -> names.test(n, id));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(home.polls() + ": cannot list bundled polls: " + e.getMessage());
        }
    }

    /**
     * Loads the bundled polls of {@code election}'s contests that the store has no polls of; returns what was
     * ingested (empty when the store already had polls of every contest the bundled files hold, or nothing is
     * bundled). A contest is the unit: polls a user ingested of one contest (the Assembly's, from a table of the
     * Assembly article) must not hide the bundled polls of another (the Mayor's), while the user's own polls of a
     * contest replace the bundled ones of that contest.
     */
    public static List<IngestReport> loadIfEmpty(
            PollStore store, Election election, DataHome home, Ingester ingester, BundledContests read) {
        Set<String> stored = store.contests(election.id());
        if (stored.containsAll(election.contests().keySet())) {
            return List.of();
        }
        List<IngestReport> reports = new ArrayList<>();
        IngestSettings settings = IngestSettings.withDefaults().withElection(election);
        for (Path file : files(home, election.id())) {
            if (!read.hasRows(file)) {
                continue; // a header kept ready for an election's first polls is no polls yet, not a broken file
            }
            IngestSettings own = settings;
            if (!stored.isEmpty()) {
                Set<String> missing = contestsOf(file, ingester, settings, read);
                missing.removeAll(stored);
                if (missing.isEmpty()) {
                    continue;
                }
                own = settings.withOnlyContests(missing);
            }
            reports.add(ingester.ingest(file.toString(), store, own));
        }
        return reports;
    }

    /**
     * A sentence for each contest whose polls in the store are fewer than its bundled file's: the bundled ones are not
     * loaded, since a contest's own polls replace them. Before, that was silent: one 2021 poll ingested left the
     * backtest of 2021 on that poll alone (13 bundled), and the shared poll file ingested whole, whose undated polls
     * are refused, left 2000 with 1 poll of 3 and 2008 with 9 of 12, and the whole backtest table changed.
     */
    public static List<String> setAside(PollStore store, Election election, DataHome home, BundledContests read) {
        // A count of each contest's polls, not the polls: every command that reads an election's polls asks this.
        Map<String, Integer> have = store.contestCounts(election.id());
        if (have.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> bundled = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (Path file : files(home, election.id())) {
            if (read.hasRows(file)) {
                read.contestColumn(file).ifPresent(contests -> {
                    contests.forEach(c -> bundled.merge(c, 1, Integer::sum));
                    names.add(file.toString());
                });
            }
        }
        if (bundled.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> stored : have.entrySet()) {
            String contest = stored.getKey();
            int h = stored.getValue();
            int b = bundled.getOrDefault(contest, 0);
            if (b > h) {
                out.add(String.format(
                        Locale.ROOT,
                        "%s %s: the store's %d poll%s used, not the %d bundled in %s (a contest's own polls replace"
                                + " its bundled ones; ingest %s to add the ones the store lacks)",
                        election.id(),
                        contest,
                        h,
                        h == 1 ? " is" : "s are",
                        b,
                        String.join(", ", names),
                        names.size() == 1 ? "that file" : "those files"));
            }
        }
        return out;
    }

    /**
     * The contests of a bundled file's polls: its {@code contest} column, as the canonical file writes it (every
     * command asks this of each election the store lacks a contest of, so it is read without validating), else what
     * a dry run reads its polls as.
     */
    private static Set<String> contestsOf(Path file, Ingester ingester, IngestSettings settings, BundledContests read) {
        Optional<List<String>> canonical = read.contestColumn(file);
        if (canonical.isPresent()) {
            return new HashSet<>(canonical.get());
        }
        // not a canonical file after all: the dry run reads it as any poll file, and says what is wrong
        Set<String> contests = new HashSet<>();
        ingester.ingest(file.toString(), null, settings.withDryRun(true))
                .readAs()
                .keySet()
                .forEach(k -> contests.add(k.contest()));
        return contests;
    }
}
