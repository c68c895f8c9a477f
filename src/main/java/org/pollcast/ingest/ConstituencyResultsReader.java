package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.Contest;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * Reads the bundled results by constituency of one election: the Assembly's
 * {@code <series>_assembly_constituency_results.csv} files (rows by party, with {@code elected} and {@code complete})
 * and the Mayor's {@code <series>_mayor_constituency_results.csv} files (rows by candidate; a constituency there is
 * complete when it lists every candidate of the contest), each row for the election {@link RowOwners} says (its
 * optional {@code election} column, else its file's series and its year). Names go through the contest's options
 * and the alias table; a name that does not resolve keeps its printed label as its id, so a count never fails on a
 * party the definition does not list. An Assembly row's constituency is the definition's ({@link ConstituencyNames}).
 */
public final class ConstituencyResultsReader {
    private ConstituencyResultsReader() {}

    /** Constituency name → its figures, in file order; empty when the files have no rows for the election. */
    public static Map<String, ConstituencyVotes> read(
            List<ResultFile> files, RowOwners owners, Election election, Contest contest, AliasTable aliases) {
        boolean mayor = contest instanceof SingleWinnerContest;
        OptionResolver names = new OptionResolver(election, contest, aliases);
        RowOwners all = owners.with(election);
        ConstituencyNames seats = new ConstituencyNames(election, contest);
        Map<String, Builder> out = new LinkedHashMap<>();
        for (ResultFile f : files) {
            Path file = f.path();
            try (Reader in = Files.newBufferedReader(file);
                    CSVParser parser = ResultsCsv.HEADED.parse(in)) {
                String nameColumn = mayor ? "candidate" : "party";
                for (String column : List.of("year", "constituency", nameColumn, "votes")) {
                    if (!parser.getHeaderMap().containsKey(column)) {
                        throw new BadInputException(file + ":1: field '" + column + "': missing required column");
                    }
                }
                for (CSVRecord r : ResultsCsv.whole(parser, file)) {
                    String label = r.isMapped("election") ? r.get("election").trim() : "";
                    if (!all.isFor(election, f, label, r.get("year"))) {
                        continue;
                    }
                    add(
                            out,
                            r,
                            file,
                            names,
                            mayor,
                            nameColumn,
                            seats.of(r.get("constituency"), file, r.getRecordNumber() + 1));
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                throw new BadInputException(file + ": cannot read results: " + e.getMessage());
            }
        }
        Map<String, ConstituencyVotes> result = new LinkedHashMap<>();
        for (Builder b : out.values()) {
            boolean complete = b.complete;
            if (mayor) {
                // The Mayor's file has no 'complete' column: complete means every candidate is there.
                complete =
                        ((SingleWinnerContest) contest).candidates().stream().allMatch(c -> b.options.contains(c.id()));
            }
            result.put(b.name, b.build(complete));
        }
        return result;
    }

    /**
     * {@code rows} keyed by the count area each is for, matched by name or id as a declaration is (case, accents,
     * punctuation and "&" folded: "Barnet & Camden" is Barnet and Camden), in the areas' order. Rows naming no area
     * are left out.
     */
    public static Map<String, ConstituencyVotes> byArea(Map<String, ConstituencyVotes> rows, List<CountArea> areas) {
        Map<String, ConstituencyVotes> byFold = new LinkedHashMap<>();
        rows.forEach((name, v) -> byFold.putIfAbsent(Names.fold(name), v));
        Map<String, ConstituencyVotes> out = new LinkedHashMap<>();
        for (CountArea a : areas) {
            ConstituencyVotes v = byFold.containsKey(Names.fold(a.name()))
                    ? byFold.get(Names.fold(a.name()))
                    : byFold.get(Names.fold(a.id()));
            if (v != null) {
                out.put(a.name(), v);
            }
        }
        return out;
    }

    private static void add(
            Map<String, Builder> out,
            CSVRecord r,
            Path file,
            OptionResolver names,
            boolean mayor,
            String nameColumn,
            String seat) {
        String where = file + ":" + (r.getRecordNumber() + 1) + ": field ";
        String printed = r.get(nameColumn);
        String id = names.resolve(printed).orElse(printed);
        String label = mayor || !r.isMapped("candidate") || r.get("candidate").isBlank()
                ? printed
                : r.get("candidate") + " (" + printed + ")";
        long votes = -1;
        String cell = r.get("votes").replace(",", "");
        if (!cell.isEmpty()) {
            try {
                votes = Long.parseLong(cell);
            } catch (NumberFormatException e) {
                throw new BadInputException(where + "'votes': '" + cell + "' is not a whole number");
            }
            if (votes < 0) {
                throw new BadInputException(where + "'votes': " + votes + " is negative");
            }
        }
        Builder b = out.computeIfAbsent(seat, Builder::new);
        b.options.add(id);
        b.labels.add(label);
        b.votes.add(votes);
        if (r.isMapped("elected") && r.get("elected").equals("1")) {
            b.elected = b.votes.size() - 1;
        }
        if (r.isMapped("complete") && !r.get("complete").equalsIgnoreCase("yes")) {
            b.complete = false;
        }
        if (r.isMapped("source") && !r.get("source").isBlank()) {
            b.sources.add(r.get("source"));
        }
    }

    private static final class Builder {
        final String name;
        final List<String> options = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Long> votes = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();
        int elected = -1;
        boolean complete = true;

        Builder(String name) {
            this.name = name;
        }

        ConstituencyVotes build(boolean complete) {
            long[] v = votes.stream().mapToLong(Long::longValue).toArray();
            return new ConstituencyVotes(name, options, labels, v, elected, complete, List.copyOf(sources));
        }
    }
}
