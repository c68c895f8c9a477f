package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.TransferTable;

/**
 * Reads a second-preference cross-table in the layout London Elects publishes (and
 * data/results/SOURCES.md describes): {@code year,first_pref_candidate,second_pref_candidate,votes,source},
 * one row per pair, {@code none} for no usable second preference, a candidate named twice for ballots that
 * repeat their first choice (never transferable). Names go through the election's options and the alias
 * table. Rows of other years are skipped; the {@code <series>_mayor_second_preferences.csv} files of
 * data/results are read as one table, each row for the election {@link RowOwners} says. Every problem names file,
 * line and field.
 */
public final class TransferTableReader {
    private TransferTableReader() {}

    /** The table for {@code contest} of {@code election}, or empty when the file has no rows for its year. */
    public static Optional<TransferTable> read(Path file, Election election, String contest, AliasTable aliases) {
        return table(parse(file), election, contest, aliases, RowOwners.of(List.of(election)))
                .map(Found::table);
    }

    /**
     * As {@link #read(Path, Election, String, AliasTable)}, where {@code sameYear} are the catalogue's elections
     * held in the election's year: a row with no {@code election} id whose first preference is a candidate of
     * another of them, not of this one, is that election's and skipped.
     */
    public static Optional<TransferTable> read(
            Path file, Election election, String contest, AliasTable aliases, List<Election> sameYear) {
        return table(parse(file), election, contest, aliases, RowOwners.of(sameYear))
                .map(Found::table);
    }

    /**
     * A table and the files its rows came from, for the note saying which table a forecast used.
     *
     * @param counted the options whose first preferences the files give any row for (a second choice, "none", the
     *     same candidate): a row of counted abstentions alone is a count, where an option with no row is not
     */
    public record Found(TransferTable table, List<Path> files, Set<String> counted) {
        public Found {
            files = List.copyOf(files);
            counted = Set.copyOf(counted);
        }

        /** The files, for a note: "data/results/london_mayor_second_preferences.csv". */
        public String describe() {
            return String.join(", ", files.stream().map(Path::toString).toList());
        }
    }

    /**
     * Files' records, read once so that several elections' tables can be built from them. A problem reading a
     * file is kept, not thrown: {@link #table} throws it after the records read before it, exactly where reading
     * the file for that table would have.
     */
    public static final class Rows {
        private final List<Part> parts;

        private Rows(List<Part> parts) {
            this.parts = List.copyOf(parts);
        }

        /** Whether no file was found to read. */
        public boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    private record Part(ResultFile file, List<CSVRecord> records, RuntimeException failure) {}

    /** Reads a file named on the command line; any problem is reported by {@link #table}. */
    public static Rows parse(Path file) {
        return new Rows(List.of(part(ResultFile.named(file))));
    }

    /** Reads {@code files} (data/results's, {@link ResultFiles}) as one table; problems are reported by {@link #table}. */
    public static Rows parse(List<ResultFile> files) {
        List<Part> parts = new ArrayList<>();
        for (ResultFile f : files) {
            parts.add(part(f));
        }
        return new Rows(parts);
    }

    private static Part part(ResultFile f) {
        Path file = f.path();
        List<CSVRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            Iterable<CSVRecord> parsed = ResultsCsv.whole(ResultsCsv.HEADED.parse(in), file);
            for (CSVRecord r : parsed) {
                records.add(r);
            }
        } catch (NoSuchFileException e) {
            return new Part(f, records, new BadInputException(file + ": no such file"));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            return new Part(
                    f, records, new BadInputException(file + ": not readable as a transfer table: " + e.getMessage()));
        } catch (RuntimeException e) { // say, an UncheckedIOException from the parser: thrown as it was
            return new Part(f, records, e);
        }
        return new Part(f, records, null);
    }

    /**
     * The table for {@code contest} of {@code election}; {@code owners} say which election each row is for: the
     * one its optional {@code election} column names, else the file's series' held in its year, else the one held
     * in its year, and, when several may be, the one whose contest has its first-preference candidate.
     */
    public static Optional<Found> table(
            Rows parsed, Election election, String contest, AliasTable aliases, RowOwners owners) {
        Contest c = election.contest(contest)
                .orElseThrow(() -> new BadInputException(election.id() + ": no contest " + contest));
        OptionResolver names = new OptionResolver(election, c, aliases);
        RowOwners all = owners.with(election);
        List<String> ids = new ArrayList<>();
        for (Option o : c.options()) {
            ids.add(o.id());
        }
        int n = ids.size();
        long[][] counts = new long[n][n];
        long[] none = new long[n];
        int rows = 0;
        List<Path> used = new ArrayList<>();
        for (Part part : parsed.parts) {
            Path file = part.file().path();
            int before = rows;
            try {
                for (CSVRecord r : part.records()) {
                    int line = (int) r.getRecordNumber() + 1;
                    for (String column : List.of("year", "first_pref_candidate", "second_pref_candidate", "votes")) {
                        if (!r.isMapped(column)) {
                            throw new BadInputException(file + ":1: missing required column '" + column + "'");
                        }
                    }
                    String label = r.isMapped("election") ? r.get("election").trim() : "";
                    String first = r.get("first_pref_candidate");
                    if (!all.isFor(
                            election,
                            part.file(),
                            label,
                            r.get("year"),
                            e -> e.id().equals(election.id())
                                    ? names.resolve(first).isPresent()
                                    : resolves(e, contest, aliases, first),
                            file + ":" + line + ": field 'first_pref_candidate'",
                            first)) {
                        continue;
                    }
                    String why = all.why(election, part.file(), label, r.get("year"));
                    int from = ids.indexOf(resolve(names, first, file, line, "first_pref_candidate", why));
                    String second = r.get("second_pref_candidate");
                    long votes;
                    try {
                        votes = Long.parseLong(r.get("votes").replace(",", ""));
                    } catch (NumberFormatException e) {
                        throw new BadInputException(
                                file + ":" + line + ": field 'votes': '" + r.get("votes") + "' is not a whole number");
                    }
                    if (votes < 0) {
                        throw new BadInputException(file + ":" + line + ": field 'votes': " + votes + " is negative");
                    }
                    if (second.equalsIgnoreCase("none")) {
                        none[from] += votes;
                    } else {
                        int to = ids.indexOf(resolve(names, second, file, line, "second_pref_candidate", why));
                        counts[from][to] += votes;
                    }
                    rows++;
                }
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new BadInputException(file + ": not readable as a transfer table: " + e.getMessage());
            }
            if (part.failure() != null) {
                throw part.failure();
            }
            if (rows > before) {
                used.add(file);
            }
        }
        if (rows == 0) {
            return Optional.empty();
        }
        Set<String> counted = new HashSet<>();
        for (int i = 0; i < n; i++) {
            long total = none[i];
            for (long ballots : counts[i]) {
                total += ballots;
            }
            if (total > 0) {
                counted.add(ids.get(i));
            }
        }
        return Optional.of(new Found(TransferTable.fromCounts(ids, counts, none), used, counted));
    }

    private static boolean resolves(Election other, String contest, AliasTable aliases, String name) {
        Optional<Contest> c = RowOwners.askedContest(other, contest);
        return c.isPresent()
                && new OptionResolver(other, c.get(), aliases).resolve(name).isPresent();
    }

    private static String resolve(OptionResolver names, String name, Path file, int line, String field, String why) {
        return names.resolve(name)
                .orElseThrow(() -> new BadInputException(
                        file + ":" + line + ": field '" + field + "': " + names.explain(name) + why));
    }
}
