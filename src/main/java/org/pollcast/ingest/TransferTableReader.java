package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * table. Rows of other years are skipped. Every problem names file, line and field.
 */
public final class TransferTableReader {
    private TransferTableReader() {}

    /** The table for {@code contest} of {@code election}, or empty when the file has no rows for its year. */
    public static Optional<TransferTable> read(Path file, Election election, String contest, AliasTable aliases) {
        return table(parse(file), election, contest, aliases, List.of(election));
    }

    /**
     * As {@link #read(Path, Election, String, AliasTable)}, where {@code sameYear} are the catalogue's elections
     * held in the election's year: a row with no {@code election} id whose first preference is a candidate of
     * another of them, not of this one, is that election's and skipped.
     */
    public static Optional<TransferTable> read(
            Path file, Election election, String contest, AliasTable aliases, List<Election> sameYear) {
        return table(parse(file), election, contest, aliases, sameYear);
    }

    /**
     * A file's records, read once so that several elections' tables can be built from it. A problem reading
     * the file is kept, not thrown: {@link #table} throws it after the records read before it, exactly where
     * reading the file for that table would have.
     */
    public static final class Rows {
        private final Path file;
        private final List<CSVRecord> records;
        private final RuntimeException failure;

        private Rows(Path file, List<CSVRecord> records, RuntimeException failure) {
            this.file = file;
            this.records = records;
            this.failure = failure;
        }
    }

    /** Reads the file's records; any problem is reported by {@link #table}. */
    public static Rows parse(Path file) {
        List<CSVRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            Iterable<CSVRecord> parsed = ResultsCsv.HEADED.parse(in);
            for (CSVRecord r : parsed) {
                records.add(r);
            }
        } catch (NoSuchFileException e) {
            return new Rows(file, records, new BadInputException(file + ": no such file"));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            return new Rows(
                    file,
                    records,
                    new BadInputException(file + ": not readable as a transfer table: " + e.getMessage()));
        } catch (RuntimeException e) { // say, an UncheckedIOException from the parser: thrown as it was
            return new Rows(file, records, e);
        }
        return new Rows(file, records, null);
    }

    /** The table for {@code contest} of {@code election} from a file's records, or empty when none are for its year. */
    public static Optional<TransferTable> table(Rows parsed, Election election, String contest, AliasTable aliases) {
        return table(parsed, election, contest, aliases, List.of(election));
    }

    /**
     * The table for {@code contest} of {@code election}; {@code sameYear} are the elections held in its year. A
     * row belongs to the election its optional {@code election} column names, else to the one held in its year,
     * and, when several are, to the one whose contest has its first-preference candidate.
     */
    public static Optional<TransferTable> table(
            Rows parsed, Election election, String contest, AliasTable aliases, List<Election> sameYear) {
        Contest c = election.contest(contest)
                .orElseThrow(() -> new BadInputException(election.id() + ": no contest " + contest));
        OptionResolver names = new OptionResolver(election, c, aliases);
        List<String> ids = new ArrayList<>();
        for (Option o : c.options()) {
            ids.add(o.id());
        }
        int n = ids.size();
        long[][] counts = new long[n][n];
        long[] none = new long[n];
        String year = Integer.toString(election.date().getYear());
        Path file = parsed.file;
        int rows = 0;
        try {
            for (CSVRecord r : parsed.records) {
                int line = (int) r.getRecordNumber() + 1;
                for (String column : List.of("year", "first_pref_candidate", "second_pref_candidate", "votes")) {
                    if (!r.isMapped(column)) {
                        throw new BadInputException(file + ":1: missing required column '" + column + "'");
                    }
                }
                String label = r.isMapped("election") ? r.get("election").trim() : "";
                if (label.isEmpty() ? !r.get("year").equals(year) : !label.equals(election.id())) {
                    continue;
                }
                if (label.isEmpty()
                        && names.resolve(r.get("first_pref_candidate")).isEmpty()
                        && otherElectionNames(sameYear, election, contest, aliases, r.get("first_pref_candidate"))) {
                    continue;
                }
                int from =
                        ids.indexOf(resolve(names, r.get("first_pref_candidate"), file, line, "first_pref_candidate"));
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
                    int to = ids.indexOf(resolve(names, second, file, line, "second_pref_candidate"));
                    counts[from][to] += votes;
                }
                rows++;
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new BadInputException(file + ": not readable as a transfer table: " + e.getMessage());
        }
        if (parsed.failure != null) {
            throw parsed.failure;
        }
        return rows == 0 ? Optional.empty() : Optional.of(TransferTable.fromCounts(ids, counts, none));
    }

    private static boolean otherElectionNames(
            List<Election> sameYear, Election election, String contest, AliasTable aliases, String name) {
        for (Election other : sameYear) {
            if (other.id().equals(election.id())) {
                continue;
            }
            Optional<Contest> c = other.contest(contest);
            if (c.isPresent()
                    && new OptionResolver(other, c.get(), aliases).resolve(name).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String resolve(OptionResolver names, String name, Path file, int line, String field) {
        return names.resolve(name)
                .orElseThrow(() ->
                        new BadInputException(file + ":" + line + ": field '" + field + "': " + names.explain(name)));
    }
}
