package org.pollcast.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.Option;
import org.pollcast.election.Party;

/**
 * Reads Assembly list results in the layout of {@code data/results/london_assembly_list_results.csv}:
 * {@code year,party,votes,constituency_seats} and, optionally, {@code list_seats} and {@code source}. Only
 * the rows of the election's year are kept. Party names are printed names ("Liberal Democrats", "Respect
 * (George Galloway)") and go through the election's parties and the alias table; rows naming the same party
 * are summed. Every problem names the file, the line and the field.
 */
public final class AssemblyResultsReader {
    private static final List<String> REQUIRED = List.of("year", "party", "votes", "constituency_seats");

    private AssemblyResultsReader() {}

    /** The list votes and seats of {@code election}'s additional-member contest as {@code file} gives them. */
    public static AssemblyVotes read(Path file, Election election, AliasTable aliases) {
        return read(List.of(ResultFile.named(file)), RowOwners.of(List.of(election)), election, aliases);
    }

    /**
     * As {@link #read(Path, Election, AliasTable)}, from several files ({@link ResultFiles}) read as one table,
     * each row for the election {@code owners} say.
     */
    public static AssemblyVotes read(List<ResultFile> files, RowOwners owners, Election election, AliasTable aliases) {
        return read(files, owners, election, aliases, false);
    }

    /**
     * As above; with {@code blankListSeatsUnknown}, a blank {@code list_seats} cell is a source that gives no split
     * between the ballots (the layout's {@code seats} column: each party's total), so the list seats are not known
     * and the votes are still read, as {@code count} needs them. Without it such a cell is an error, which callers
     * that need the seats take as their cue to read the totals instead. Before, {@code count} refused the Saxony trial's
     * file, written as the docs describe, with "list seats not counted: ... 'list_seats': empty".
     */
    public static AssemblyVotes read(
            List<ResultFile> files,
            RowOwners owners,
            Election election,
            AliasTable aliases,
            boolean blankListSeatsUnknown) {
        AdditionalMemberContest contest = contest(election);
        OptionResolver names = new OptionResolver(election, contest, aliases);
        Tally tally = new Tally(contest);
        tally.blankListSeatsUnknown = blankListSeatsUnknown;
        for (ResultFile file : files) {
            try (CsvTable table = CsvTable.open(SourceDocument.read(
                    file.path().toString(), Duration.ofSeconds(30), IngestSettings.DEFAULT_MAX_DOWNLOAD))) {
                read(table, file, owners.with(election), election, contest, names, tally);
            }
        }
        if (tally.rows == 0) {
            String where =
                    files.size() == 1 ? files.get(0).toString() : "data/results (" + ResultFiles.names(files) + ")";
            throw new BadInputException(
                    where + ":1: field 'year': no rows for " + election.date().getYear() + " ("
                            + election.id() + "); the file" + (files.size() == 1 ? " has " : "s have ")
                            + (tally.years.isEmpty() ? "no rows" : "years " + joined(tally.years)));
        }
        if (tally.firstBlank != null && tally.firstFilled != null) {
            // Blank only where a source gives no split at all: one blank cell among filled ones is a figure left out,
            // and read as "unknown" it silently dropped the check of every party's list seats (review).
            throw new BadInputException(tally.firstBlank + ": empty, where other rows give list seats ("
                    + tally.firstFilled
                            .replaceAll(": field 'list_seats'$|'list_seats'$", "")
                            .strip()
                    + "): give every row's list seats, or none (a source of total seats only)");
        }
        if (!tally.listSeats) {
            Arrays.fill(tally.published, -1);
        }
        return new AssemblyVotes(
                tally.ids, tally.votes, tally.seats, tally.published, tally.others, new ArrayList<>(tally.sources));
    }

    /**
     * One list region's list votes and seats, from the {@code <series>_assembly_regional_list_results.csv} rows whose
     * {@code region} is the region's id or name; empty when there are none. {@code blankVotes} counts the rows with a
     * seat count but no vote figure (a source giving only the seats): the region's votes are then incomplete.
     */
    public record RegionVotes(AssemblyVotes votes, int blankVotes, int blankSeats) {}

    public static Optional<RegionVotes> readRegion(
            List<ResultFile> files, RowOwners owners, Election election, AliasTable aliases, ListRegion region) {
        AdditionalMemberContest contest = contest(election);
        OptionResolver names = new OptionResolver(election, contest, aliases);
        Tally tally = new Tally(contest);
        tally.region = region;
        for (ResultFile file : files) {
            try (CsvTable table = CsvTable.open(SourceDocument.read(
                    file.path().toString(), Duration.ofSeconds(30), IngestSettings.DEFAULT_MAX_DOWNLOAD))) {
                read(table, file, owners.with(election), election, contest, names, tally);
            }
        }
        if (tally.rows == 0) {
            return Optional.empty();
        }
        if (!tally.listSeats) {
            Arrays.fill(tally.published, -1);
        }
        return Optional.of(new RegionVotes(
                new AssemblyVotes(
                        tally.ids,
                        tally.votes,
                        tally.seats,
                        tally.published,
                        tally.others,
                        new ArrayList<>(tally.sources)),
                tally.blankVotes,
                tally.blankSeats));
    }

    /** The rows read so far for one election, over every file. */
    private static final class Tally {
        final List<String> ids;
        final double[] votes;
        final int[] seats;
        final int[] published;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<Integer> years = new TreeSet<>();
        int rows;
        int seatTotal;
        boolean listSeats = true;
        /** A blank list_seats cell means the list seats are not known (count), not an error. */
        boolean blankListSeatsUnknown;
        /** Where the first blank and the first filled list_seats cell were: one of each is a cell left out, not a source. */
        String firstBlank;

        String firstFilled;
        /** The region whose rows are read, or null for a whole-area file (no region column). */
        ListRegion region;

        int blankVotes;
        int blankSeats;
        double others;

        Tally(AdditionalMemberContest contest) {
            ids = contest.parties().stream().map(Party::id).toList();
            votes = new double[ids.size()];
            seats = new int[ids.size()];
            published = new int[ids.size()];
        }
    }

    private static void read(
            CsvTable table,
            ResultFile file,
            RowOwners owners,
            Election election,
            AdditionalMemberContest contest,
            OptionResolver names,
            Tally tally) {
        String name = table.source();
        List<String> header = table.header().stream().map(Columns::normalise).toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new BadInputException(name + ":1: field '" + column
                        + "': missing required column (the header has: " + String.join(", ", table.header()) + ")");
            }
        }
        int yearCol = header.indexOf("year");
        int partyCol = header.indexOf("party");
        int votesCol = header.indexOf("votes");
        int seatsCol = header.indexOf("constituency_seats");
        int listCol = header.indexOf("list_seats");
        int sourceCol = header.indexOf("source");
        int electionCol = header.indexOf("election");
        int regionCol = header.indexOf("region");
        if (tally.region != null && regionCol < 0) {
            throw new BadInputException(name + ":1: field 'region': missing required column (the header has: "
                    + String.join(", ", table.header()) + ")");
        }
        int year = election.date().getYear();
        for (CsvTable.Row row : table) {
            String where = name + ":" + row.line() + ": field ";
            int rowYear = whole(row.get(yearCol), where + "'year'");
            tally.years.add(rowYear);
            String label = electionCol < 0 ? "" : row.get(electionCol).trim();
            if (!owners.isFor(election, file, label, Integer.toString(rowYear))) {
                continue;
            }
            if (tally.region != null) {
                String r = row.get(regionCol).trim();
                if (!r.equalsIgnoreCase(tally.region.id()) && !r.equalsIgnoreCase(tally.region.name())) {
                    continue;
                }
                if (row.get(votesCol).isBlank()) {
                    tally.blankVotes++;
                }
            }
            String party = row.get(partyCol);
            String id = names.resolve(party)
                    .or(() -> OptionResolver.namesIndependents(party) ? Optional.of(Option.OTHER) : Optional.empty())
                    .orElseThrow(() -> new BadInputException(where + "'party': " + names.explain(party)
                            + owners.why(election, file, label, Integer.toString(rowYear))));
            if (id.equals(Option.OTHER)) {
                // The parties a source gives together ("Others": Germany's 2025 second votes for the parties it
                // does not list). They count in the threshold's denominator; a seat always goes to a named party.
                if (!(row.get(seatsCol).isBlank() || whole(row.get(seatsCol), where + "'constituency_seats'") == 0)
                        || (listCol >= 0
                                && !row.get(listCol).isBlank()
                                && whole(row.get(listCol), where + "'list_seats'") != 0)) {
                    throw new BadInputException(where + "'party': '" + party + "' won seats; a seat is a party's,"
                            + " so list the party that won it under its own name");
                }
                if (!row.get(votesCol).isBlank()) {
                    tally.others += number(row.get(votesCol), where + "'votes'");
                }
                tally.rows++;
                continue;
            }
            int p = tally.ids.indexOf(id);
            if (tally.region == null || !row.get(votesCol).isBlank()) {
                tally.votes[p] += number(row.get(votesCol), where + "'votes'");
            }
            if (tally.region != null && row.get(seatsCol).isBlank()) {
                tally.blankSeats++; // a source giving the region's list seats only
            }
            // A body of lists only has no constituency seats: a blank cell there is none, as a user writes it (the
            // Norwegian trial's Storting file was refused row by row: "empty; expected a number").
            int won = (tally.region != null || contest.constituencySeats() == 0)
                            && row.get(seatsCol).isBlank()
                    ? 0
                    : whole(row.get(seatsCol), where + "'constituency_seats'");
            tally.seats[p] += won;
            tally.seatTotal += won;
            if (tally.seatTotal > contest.constituencySeats()) {
                throw new BadInputException(where + "'constituency_seats': the rows for " + year + " give "
                        + tally.seatTotal + " constituency seats so far, but " + contest.id() + " has "
                        + contest.constituencySeats() + " constituencies");
            }
            if (listCol >= 0 && tally.blankListSeatsUnknown && row.get(listCol).isBlank()) {
                tally.listSeats = false; // a source giving each party's total seats only: the list seats are unknown
                tally.firstBlank = tally.firstBlank == null ? where + "'list_seats'" : tally.firstBlank;
            } else if (listCol >= 0) {
                tally.firstFilled = tally.firstFilled == null ? where + "'list_seats'" : tally.firstFilled;
                tally.published[p] += whole(row.get(listCol), where + "'list_seats'");
            } else {
                tally.listSeats = false; // a row of a file without published list seats: the seats are not known
            }
            if (sourceCol >= 0 && !row.get(sourceCol).isBlank()) {
                tally.sources.add(row.get(sourceCol));
            }
            tally.rows++;
        }
    }

    /** The election's additional-member contest (the Assembly); an election must have exactly one. */
    public static AdditionalMemberContest contest(Election election) {
        List<AdditionalMemberContest> found = new ArrayList<>();
        for (Contest c : election.contests().values()) {
            if (c instanceof AdditionalMemberContest ams) {
                found.add(ams);
            }
        }
        if (found.size() != 1) {
            throw new BadInputException(election.source() + ": " + election.id() + " has "
                    + (found.isEmpty() ? "no additional-member contest" : found.size() + " additional-member contests")
                    + "; seats need exactly one");
        }
        return found.get(0);
    }

    /**
     * The party id of the election's additional-member contest that {@code name} means: an id ("ld"), the
     * definition's name ("Liberal Democrats") or an alias ("Lib Dem"); {@link Option#OTHER} for "others".
     *
     * @param where what to name in the error, e.g. {@code "--list"} or {@code "file.csv:3: field 'party'"}
     * @throws BadInputException when the name is unknown or ambiguous, with the closest known name
     */
    public static String partyId(Election election, AliasTable aliases, String name, String where) {
        OptionResolver names = new OptionResolver(election, contest(election), aliases);
        return names.resolve(name).orElseThrow(() -> new BadInputException(where + ": " + names.explain(name)));
    }

    private static double number(String cell, String where) {
        BigDecimal v = decimal(cell, where);
        if (v.signum() < 0) {
            throw new BadInputException(where + ": " + cell + " is negative");
        }
        double d = v.doubleValue();
        if (d == Double.POSITIVE_INFINITY) {
            throw new BadInputException(where + ": " + cell + " is too large");
        }
        return d;
    }

    private static int whole(String cell, String where) {
        BigDecimal v = decimal(cell, where);
        try {
            int i = v.intValueExact();
            if (i < 0) {
                throw new BadInputException(where + ": " + cell + " is negative");
            }
            return i;
        } catch (ArithmeticException e) {
            throw new BadInputException(where + ": '" + cell + "' is not a whole number");
        }
    }

    /** A plain decimal ("1,054,801" allowed); NaN, infinities and empty cells are not numbers. */
    private static BigDecimal decimal(String cell, String where) {
        String s = cell.replace(",", "").replace("\u00a0", "").replace(" ", "");
        if (s.isEmpty()) {
            throw new BadInputException(where + ": empty; expected a number");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": '" + cell + "' is not a number");
        }
    }

    private static String joined(Set<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
