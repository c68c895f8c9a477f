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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;

/**
 * Reads an election's Assembly results as party shares (percent, party ids of that election), from the
 * files of data/results/: London-wide constituency-ballot totals, London-wide list votes, and constituency
 * results (where only constituencies marked complete, with every vote count present, are returned).
 * Party names go through the election's parties and the alias table; an unknown name is an error naming
 * file, line and field.
 */
public final class AssemblyBaselineReader {
    private final Election election;
    private final OptionResolver parties;
    private final ConstituencyNames seats;

    public AssemblyBaselineReader(Election election, String contest, AliasTable aliases) {
        this.election = election;
        Contest c = election.contest(contest)
                .orElseThrow(() -> new BadInputException(election.id() + ": no contest " + contest));
        this.parties = new OptionResolver(election, c, aliases);
        this.seats = new ConstituencyNames(election, c);
    }

    /** London-wide shares from a file with year, party, votes columns (totals or list results); empty if no rows. */
    public Map<String, Double> londonShares(Path file) {
        return londonShares(file, 0);
    }

    /**
     * London-wide shares as {@link #londonShares(Path)}, over {@code validVotes} when the file's rows fall short
     * of it: some years' files name only the parties that won seats (2012's list rows hold 89% of the vote), and
     * sharing 100% among them would put every named party a tenth too high. {@code validVotes} ≤ 0: unknown.
     */
    public Map<String, Double> londonShares(Path file, long validVotes) {
        return londonShares(List.of(ResultFile.named(file)), RowOwners.of(List.of(election)), validVotes);
    }

    /**
     * As {@link #londonShares(Path, long)}, from the rows of several files ({@link ResultFiles}) read as one table,
     * each row for the election {@code owners} say.
     */
    public Map<String, Double> londonShares(List<ResultFile> files, RowOwners owners, long validVotes) {
        Map<String, Double> votes = votes(files, owners);
        double named = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        if (validVotes > 0 && named < PARTIAL * validVotes) {
            Map<String, Double> out = new LinkedHashMap<>();
            votes.forEach((k, v) -> out.put(k, 100 * v / validVotes));
            return out;
        }
        return percent(votes);
    }

    /** The votes of each party (party ids; {@code other} for an Others row) in files with year, party, votes columns. */
    public Map<String, Double> votes(List<ResultFile> files, RowOwners owners) {
        return listRows(files, owners).votes();
    }

    /**
     * This election's rows of whole-area results files, read once.
     *
     * @param votes           the votes of each party (party ids; {@code other} for an Others row), rows with votes only
     * @param withoutVotes    the parties, as the files name them, of rows that give no votes (a source with seats only)
     * @param onlySeatWinners every row is a party that won a seat ({@code list_seats} plus {@code constituency_seats}
     *                        above 0): a list result naming only seat winners leaves out every party that won none
     *                        (London's 2004 and 2012 rows hold 89% of the list vote), and no real list is that short
     */
    public record ListRows(Map<String, Double> votes, List<String> withoutVotes, boolean onlySeatWinners) {}

    public ListRows listRows(List<ResultFile> files, RowOwners owners) {
        RowOwners all = owners.with(election);
        Map<String, Double> votes = new LinkedHashMap<>();
        List<String> withoutVotes = new ArrayList<>();
        boolean any = false;
        boolean allWon = true;
        boolean othersGiven = false;
        for (ResultFile f : files) {
            for (CSVRecord r : rows(f.path(), List.of("year", "party", "votes"))) {
                if (!mine(all, f, r)) {
                    continue;
                }
                any = true;
                allWon &= r.isMapped("list_seats")
                        && r.isMapped("constituency_seats")
                        && seats(r, "list_seats") + seats(r, "constituency_seats") > 0;
                if (r.get("votes").isBlank()) {
                    withoutVotes.add(r.get("party"));
                    continue;
                }
                String party = party(f, all, r);
                // An Others row with votes is the rest of the vote, so the list is whole whatever seats its rows won:
                // Finland's Åland seat, won by a regional list inside Others, made 2023's file (every national party
                // seated too) read as naming seat winners only, and the election was skipped as incomplete.
                othersGiven |= r.get("party").equalsIgnoreCase("others")
                        || r.get("party").equalsIgnoreCase("other");
                votes.merge(party, number(f.path(), r, "votes"), Double::sum);
            }
        }
        return new ListRows(votes, List.copyOf(withoutVotes), any && allWon && !othersGiven);
    }

    /**
     * Each list region's shares (region as the file writes it → party → percent of the region's listed votes), from
     * files with year, region, party, votes columns.
     */
    public Map<String, Map<String, Double>> regionShares(List<ResultFile> files, RowOwners owners) {
        RowOwners all = owners.with(election);
        Map<String, Map<String, Double>> votes = new LinkedHashMap<>();
        Set<String> incomplete = new LinkedHashSet<>();
        for (ResultFile f : files) {
            for (CSVRecord r : rows(f.path(), List.of("year", "region", "party", "votes"))) {
                if (!mine(all, f, r)) {
                    continue;
                }
                if (r.get("votes").isBlank()) {
                    // A row with seats but no votes: shares of the rest would give its party nothing there.
                    incomplete.add(r.get("region").trim());
                    continue;
                }
                votes.computeIfAbsent(r.get("region").trim(), k -> new LinkedHashMap<>())
                        .merge(party(f, all, r), number(f.path(), r, "votes"), Double::sum);
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        votes.forEach((region, v) -> {
            if (!incomplete.contains(region)) {
                out.put(region, percent(v));
            }
        });
        return out;
    }

    /**
     * Each party's seats in this election's rows of whole-area list results files: a row's {@code list_seats} plus
     * {@code constituency_seats}, or, where a source gives only each party's total (no split between the ballots), its
     * {@code seats} column. Empty when any party's row gives neither (its seats are not known), or there are no rows;
     * an {@code Others} row takes no seat. A result reported as seats won by party (Scotland 2026: SNP 58, Labour 17,
     * ...) before any source splits them can then score a forecast's seats. With {@code listSeatsOnly} (a body of lists only, defined without the
     * house's single-member seats, as Italy's Chamber is by its proportional seats) a row's seats are its
     * {@code list_seats}: the constituency seats beside them are a part of the house the body leaves out.
     */
    public Optional<Map<String, Integer>> totalSeats(List<ResultFile> files, RowOwners owners, boolean listSeatsOnly) {
        RowOwners all = owners.with(election);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ResultFile f : files) {
            for (CSVRecord r : rows(f.path(), List.of("year", "party"))) {
                if (!mine(all, f, r)) {
                    continue;
                }
                String party = party(f, all, r);
                if (party.equals("other")) {
                    continue;
                }
                OptionalInt won = given(f.path(), r, "seats");
                if (won.isEmpty()) {
                    OptionalInt list = given(f.path(), r, "list_seats");
                    OptionalInt constituency = given(f.path(), r, "constituency_seats");
                    if (list.isEmpty() || (constituency.isEmpty() && !listSeatsOnly)) {
                        return Optional.empty();
                    }
                    won = OptionalInt.of(list.getAsInt() + (listSeatsOnly ? 0 : constituency.getAsInt()));
                }
                out.merge(party, won.getAsInt(), Integer::sum);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /**
     * Each party's seats in this election's rows of constituency-vote totals files ({@code constituency_seats}), an
     * {@code Others} row's as {@code other}: in a body of constituencies only an independent wins a seat (Ontario 2025:
     * PC 80, NDP 27, Liberal 14, Green 2 and one independent), where a list's Others row takes none. Empty when any row
     * gives no seats, or there are no rows.
     */
    public Optional<Map<String, Integer>> constituencySeats(List<ResultFile> files, RowOwners owners) {
        RowOwners all = owners.with(election);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ResultFile f : files) {
            for (CSVRecord r : rows(f.path(), List.of("year", "party"))) {
                if (!mine(all, f, r)) {
                    continue;
                }
                OptionalInt won = given(f.path(), r, "constituency_seats");
                if (won.isEmpty()) {
                    return Optional.empty();
                }
                out.merge(party(f, all, r), won.getAsInt(), Integer::sum);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** A whole number in {@code field} of {@code r}, empty when the column is absent or the cell blank. */
    private static OptionalInt given(Path file, CSVRecord r, String field) {
        if (!r.isMapped(field) || r.get(field).isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int v = Integer.parseInt(r.get(field).trim());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(v);
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field '" + field + "': '"
                    + r.get(field) + "' is not a number of seats");
        }
    }

    private static double seats(CSVRecord r, String field) {
        try {
            return Double.parseDouble(r.get(field).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Rows holding less than this share of the valid votes are a partial list. The Mayor's and the Assembly's
     * valid votes differ by the spoilt papers of each ballot: 0.4% in 2012, 3.2% in 2000 (a complete list file,
     * the first election's list ballot spoilt more often); the partial files hold 88% to 92%.
     */
    static final double PARTIAL = 0.95;

    /** Constituency name → party → share, for constituencies complete in the file. */
    public Map<String, Map<String, Double>> constituencyShares(Path file) {
        return constituencyShares(List.of(ResultFile.named(file)), RowOwners.of(List.of(election)));
    }

    /** As {@link #constituencyShares(Path)}, from several files read as one table, rows as {@code owners} say. */
    public Map<String, Map<String, Double>> constituencyShares(List<ResultFile> files, RowOwners owners) {
        RowOwners all = owners.with(election);
        Map<String, Map<String, Double>> votes = new LinkedHashMap<>();
        Set<String> incomplete = new LinkedHashSet<>();
        for (ResultFile f : files) {
            for (CSVRecord r : rows(f.path(), List.of("year", "constituency", "party", "votes", "complete"))) {
                if (!mine(all, f, r)) {
                    continue;
                }
                String name = seats.of(r.get("constituency"), f.path(), r.getRecordNumber() + 1);
                if (!r.get("complete").equalsIgnoreCase("yes") || r.get("votes").isBlank()) {
                    incomplete.add(name);
                    continue;
                }
                votes.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .merge(party(f, all, r), number(f.path(), r, "votes"), Double::sum);
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        votes.forEach((name, v) -> {
            if (!incomplete.contains(name)) {
                out.put(name, percent(v));
            }
        });
        return out;
    }

    private boolean mine(RowOwners owners, ResultFile f, CSVRecord r) {
        String label = r.isMapped("election") ? r.get("election").trim() : "";
        return owners.isFor(election, f, label, r.get("year"));
    }

    private String party(ResultFile f, RowOwners owners, CSVRecord r) {
        String name = r.get("party");
        if (name.equalsIgnoreCase("others") || name.equalsIgnoreCase("other")) {
            return "other";
        }
        String label = r.isMapped("election") ? r.get("election").trim() : "";
        Optional<String> id = parties.resolve(name);
        if (id.isEmpty() && OptionResolver.namesIndependents(name)) {
            return "other"; // an independent of no party of the contest, as count reads them
        }
        return id.orElseThrow(() -> new BadInputException(f + ":" + (r.getRecordNumber() + 1) + ": field 'party': "
                + parties.explain(name) + " (" + election.id() + ")"
                + owners.why(election, f, label, r.get("year"))));
    }

    private static double number(Path file, CSVRecord r, String field) {
        try {
            double v = Double.parseDouble(r.get(field).replace(",", ""));
            if (!(v >= 0)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field '" + field + "': '"
                    + r.get(field) + "' is not a vote count");
        }
    }

    private static Map<String, Double> percent(Map<String, Double> votes) {
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        votes.forEach((k, v) -> out.put(k, total > 0 ? 100 * v / total : 0));
        return out;
    }

    private static List<CSVRecord> rows(Path file, List<String> required) {
        try (Reader in = Files.newBufferedReader(file)) {
            var parser = ResultsCsv.HEADED.parse(in);
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new BadInputException(file + ":1: missing required column '" + column + "'");
                }
            }
            List<CSVRecord> out = new ArrayList<>();
            ResultsCsv.whole(parser, file).forEach(out::add);
            return out;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such results file");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new BadInputException(file + ": cannot read results: " + e.getMessage());
        }
    }
}
