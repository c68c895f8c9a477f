package org.pollcast.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.store.PollStore;

/** The polls bundled with pollcast in {@code data/polls/<election>.csv} (and {@code <election>-*.csv}). */
public final class BundledPolls {
    private BundledPolls() {}

    /** The bundled poll files for {@code electionId}, sorted. */
    public static List<Path> files(DataHome home, String electionId) {
        if (!Files.isDirectory(home.polls())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.polls())) {
            return files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals(electionId + ".csv") || (n.startsWith(electionId + "-") && n.endsWith(".csv"));
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
    public static List<IngestReport> loadIfEmpty(PollStore store, Election election, DataHome home, Ingester ingester) {
        Set<String> stored = store.contests(election.id());
        if (stored.containsAll(election.contests().keySet())) {
            return List.of();
        }
        List<IngestReport> reports = new ArrayList<>();
        IngestSettings settings = IngestSettings.withDefaults().withElection(election);
        for (Path file : files(home, election.id())) {
            if (!hasRows(file)) {
                continue; // a header kept ready for an election's first polls is no polls yet, not a broken file
            }
            IngestSettings own = settings;
            if (!stored.isEmpty()) {
                Set<String> missing = contestsOf(file, ingester, settings);
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
    public static List<String> setAside(PollStore store, Election election, DataHome home) {
        Set<String> stored = store.contests(election.id());
        if (stored.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Integer> bundled = new java.util.TreeMap<>();
        List<String> names = new ArrayList<>();
        for (Path file : files(home, election.id())) {
            if (hasRows(file)) {
                contestColumn(file).ifPresent(contests -> {
                    contests.forEach(c -> bundled.merge(c, 1, Integer::sum));
                    names.add(file.toString());
                });
            }
        }
        if (bundled.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Long> have = new java.util.HashMap<>();
        // Folded, not held: every command that reads an election's polls asks this.
        store.forEachPoll(
                org.pollcast.store.PollQuery.of(election.id()),
                sp -> have.merge(sp.poll().contest(), 1L, Long::sum));
        List<String> out = new ArrayList<>();
        for (String contest : stored) {
            int b = bundled.getOrDefault(contest, 0);
            long h = have.getOrDefault(contest, 0L);
            if (b > h) {
                out.add(String.format(
                        java.util.Locale.ROOT,
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
     * Each poll's {@code contest}, as a canonical file writes it (read without validating: every command asks it),
     * or empty when the file has no such column or cannot be read as CSV (loading it says what is wrong).
     */
    private static Optional<List<String>> contestColumn(Path file) {
        try (java.io.Reader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
                org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            if (!csv.getHeaderNames().contains("contest")) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord r : csv) {
                if (r.isMapped("contest") && !r.get("contest").isBlank()) {
                    out.add(r.get("contest").trim());
                }
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The contests of a bundled file's polls: its {@code contest} column, as the canonical file writes it (every
     * command asks this of each election the store lacks a contest of, so it is read without validating), else what
     * a dry run reads its polls as.
     */
    private static Set<String> contestsOf(Path file, Ingester ingester, IngestSettings settings) {
        Optional<List<String>> canonical = contestColumn(file);
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

    /** Whether {@code file} has a line after its header; reads at most two non-blank lines. */
    static boolean hasRows(Path file) {
        try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            int lines = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && ++lines == 2) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read bundled polls: " + e.getMessage());
        }
    }
}
