package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pollcast.Counted;
import org.pollcast.Printable;
import org.pollcast.election.Scope;
import org.pollcast.store.AddOutcome;

/**
 * What ingesting one source did.
 *
 * @param valid      polls that passed validation
 * @param added      polls new to the store
 * @param duplicates polls already stored with the same figures (re-ingesting adds nothing)
 * @param rejected      problems of the polls left out (only with skip-invalid)
 * @param conflicts     polls whose key is stored with other figures (left out, only with skip-invalid)
 * @param rejectedPolls the polls left out, invalid or conflicting, each with its source rows and reasons
 * @param readAs        the valid polls by what they were read as, in the order the source first has each
 * @param skipped       the poll tables of a page left out: another ballot's (hypothetical polling), or seat projections
 * @param newPollsters  firms the alias table does not know, stored as written
 * @param joinedSpellings unknown firms' spellings read as a house stored otherwise ("Metropoll as MetroPOLL")
 * @param nearHouses    new firms named like a house met before, stored apart ("Consulta Mitofsky (Mitofsky)")
 * @param seatPolls   the valid polls printed in seats and read as shares ({@link SeatFigures}), by the house's size
 * @param seatHousesBesideShares the houses of those some of whose rows printed lists below the threshold as shares
 */
public record IngestReport(
        String source,
        PollFormat format,
        int valid,
        int added,
        int duplicates,
        List<Problem> rejected,
        List<AddOutcome.Conflict> conflicts,
        List<RejectedPoll> rejectedPolls,
        boolean dryRun,
        Map<ReadAs, Integer> readAs,
        List<SkippedTable> skipped,
        List<String> newPollsters,
        List<String> joinedSpellings,
        List<String> nearHouses,
        Map<Integer, Integer> seatPolls,
        Set<Integer> seatHousesBesideShares) {

    /** An election, contest and scope that polls of a source were stored under. */
    public record ReadAs(String election, String contest, Scope scope) {}

    public IngestReport {
        rejected = List.copyOf(rejected);
        conflicts = List.copyOf(conflicts);
        rejectedPolls = List.copyOf(rejectedPolls);
        skipped = List.copyOf(skipped);
        newPollsters = List.copyOf(newPollsters);
        joinedSpellings = List.copyOf(joinedSpellings);
        nearHouses = List.copyOf(nearHouses);
        seatPolls = Map.copyOf(seatPolls);
        seatHousesBesideShares = Set.copyOf(seatHousesBesideShares);
        // Map.copyOf would lose the source's order, which the summary keeps.
        readAs = Collections.unmodifiableMap(new LinkedHashMap<>(readAs));
    }

    /**
     * One line for people: "london-2008.csv (wide-csv): 24 polls, 24 added, 0 already stored (london-2008 mayor:
     * first preferences 13, run-off 11)". What the polls were stored as is always said: a file of party columns
     * filed under the wrong contest is otherwise invisible until a forecast ignores it.
     */
    public String summary() {
        // The source is a name the user gave, printed to the terminal: shown with control characters escaped.
        StringBuilder s = new StringBuilder(Printable.of(source))
                .append(" (")
                .append(format.code())
                .append("): ")
                .append(valid)
                .append(valid == 1 ? " poll" : " polls");
        String as = readAsText();
        if (dryRun) {
            s.append(" valid").append(as);
            if (duplicates > 0) {
                s.append(", ").append(duplicates).append(" of them already stored");
            }
            s.append("; dry run, nothing stored");
        } else {
            s.append(", ")
                    .append(added)
                    .append(" added, ")
                    .append(duplicates)
                    .append(" already stored")
                    .append(as);
        }
        if (!rejected.isEmpty()) {
            s.append(", ")
                    .append(rejected.size())
                    .append(rejected.size() == 1 ? " problem skipped" : " problems skipped");
        }
        if (!conflicts.isEmpty()) {
            s.append(", ")
                    .append(conflicts.size())
                    .append(conflicts.size() == 1 ? " conflict skipped" : " conflicts skipped");
        }
        return s.toString();
    }

    /**
     * One line per table left out: "note: page.html: table 2 skipped: 'Rory Stewart' is no candidate or party of
     * london-2024 (hypothetical polling?)". Said every time: a table left out for a misspelt name is otherwise lost
     * without a word.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(merged(skipped).stream()
                .map(t -> Printable.of("note: " + source + ": " + t))
                .toList());
        if (!newPollsters.isEmpty()) {
            // Said every time: a firm the table spells its own way ("Savanta ComRes") would otherwise sit apart.
            notes.add(Printable.of("note: " + source + ": "
                    + (newPollsters.size() == 1 ? "a pollster" : newPollsters.size() + " pollsters")
                    + " the alias table does not know, stored as written: "
                    // A consortium's name holds commas (Korea's "Embrain Public, Kstat Research, ..."): joined by
                    // commas too, the list read as one firm per comma.
                    + String.join(newPollsters.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ", newPollsters)
                    + " (a firm's other names go in data/aliases.yaml, or a file given with --aliases, before its polls"
                    + " are ingested: under another name they count as another firm)"));
        }
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(seatPolls).entrySet()) {
            // Said every time: a table of seats read as shares is a reading the user must know of, and may refuse.
            if (e.getValue() <= 0) {
                continue; // every one of them a repeat of a poll above
            }
            int house = e.getKey();
            notes.add(Printable.of("note: " + source + ": " + Counted.of(e.getValue(), "poll", "polls")
                    + " printed in seats of " + house + ", not shares, read as shares of the vote (seats × 100 / "
                    + house + ": a seat is " + PollShares.trim(Math.round(10000.0 / house) / 100.0)
                    + " points, and each party's figure is rounded by up to half a seat; a list whose seats could"
                    + " stand for a share under its threshold is read as the middle of the shares that pass it"
                    + (seatHousesBesideShares.contains(house)
                            ? "; a list printed as a share beside the seats (below the threshold: '1.3%') keeps it, and"
                                    + " the seats share out the rest of the vote"
                            : "")
                    + "); `polls` flags them 'seats'"
                    + " (docs/poll-formats.md#polls-published-in-seats)"));
        }
        if (!joinedSpellings.isEmpty()) {
            // Said, as a join the reader did not ask for: two firms whose names differ only so would be one house.
            notes.add(Printable.of("note: " + source + ": read as one firm, differing only in case, accents or"
                    + " punctuation (each poll keeps the name it was published under): "
                    + String.join(", ", joinedSpellings)));
        }
        if (!nearHouses.isEmpty()) {
            // Said, not done: one name holding the other's words may be one firm (Mitofsky, Consulta Mitofsky) or two.
            notes.add(Printable.of("note: " + source + ": stored as a firm of its own, though named like a firm"
                    + " stored before (in brackets): " + String.join("; ", nearHouses)
                    + "; if they are one firm, give both names one entry in an aliases file (--aliases) and ingest"
                    + " their polls into a fresh store, or each keeps a house effect and an accuracy record apart"));
        }
        return notes;
    }

    /**
     * The lines left out, those next to each other in the list for the same reason said once: "lines 3–9 skipped:
     * ..." for a survey's intermediate rounds (see {@link CountRounds}), where a note a line buried the rest; a page's
     * rows likewise, within one table: "table 1 rows 3–9 skipped: ..." (the same count rendered as HTML, each survey's
     * cells spanning its lines). Only a note that names its line alone: "line 17: 'SNP'" says which party a
     * pollster's table row was, and merged the names were lost.
     */
    static List<String> merged(List<SkippedTable> skipped) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < skipped.size(); ) {
            SkippedTable first = skipped.get(i);
            boolean line = LINE_ALONE.matcher(first.what()).matches();
            boolean row = ROW_ALONE.matcher(first.what()).matches();
            int j = i + 1;
            while ((line || row)
                    && j < skipped.size()
                    && (line
                            ? LINE_ALONE.matcher(skipped.get(j).what()).matches()
                            : ROW_ALONE.matcher(skipped.get(j).what()).matches()
                                    && skipped.get(j).table() == first.table())
                    && skipped.get(j).why().equals(first.why())) {
                j++;
            }
            if (j - i == 1) {
                out.add(first.toString());
            } else if (line) {
                out.add("lines " + ranges(skipped.subList(i, j), SkippedTable::table) + " skipped: " + first.why());
            } else {
                out.add("table " + first.table() + " rows " + ranges(skipped.subList(i, j), SkippedTable::row)
                        + " skipped: " + first.why());
            }
            i = j;
        }
        return out;
    }

    /** A left-out part named by its line alone ("line 12"), which a run of such lines may share a note with. */
    private static final java.util.regex.Pattern LINE_ALONE = java.util.regex.Pattern.compile("line \\d+");

    /** A left-out row of a page's table named by its place alone ("table 1 row 4"), likewise. */
    private static final java.util.regex.Pattern ROW_ALONE = java.util.regex.Pattern.compile("table \\d+ row \\d+");

    /** "3–9, 11": the lines (or rows), runs of consecutive ones as ranges. */
    private static String ranges(List<SkippedTable> parts, java.util.function.ToIntFunction<SkippedTable> number) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); ) {
            int j = i;
            while (j + 1 < parts.size() && number.applyAsInt(parts.get(j + 1)) == number.applyAsInt(parts.get(j)) + 1) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ", ")
                    .append(number.applyAsInt(parts.get(i)))
                    .append(j > i ? "–" + number.applyAsInt(parts.get(j)) : "");
            i = j + 1;
        }
        return out.toString();
    }

    /**
     * " (london-2024 mayor, first preferences)" for one kind of poll; by election and contest with counts for
     * several: " (london-2012 mayor: first preferences 15, run-off 16; london-2012 assembly: list vote 2)".
     */
    private String readAsText() {
        Map<ReadAs, Integer> counted = new LinkedHashMap<>();
        readAs.forEach((k, n) -> {
            if (n > 0) {
                counted.put(k, n);
            }
        });
        if (counted.isEmpty()) {
            return "";
        }
        if (counted.size() == 1) {
            ReadAs only = counted.keySet().iterator().next();
            return " (" + only.election() + " " + only.contest() + ", " + label(only.scope()) + ")";
        }
        // Contests in the order the source first has them, and each contest's scopes in the order of the enum
        // (first preferences before the run-off), whichever a file happens to list first.
        Map<String, List<ReadAs>> byContest = new LinkedHashMap<>();
        counted.keySet()
                .forEach(k -> byContest
                        .computeIfAbsent(k.election() + " " + k.contest(), c -> new ArrayList<>())
                        .add(k));
        List<String> parts = new ArrayList<>();
        byContest.forEach((contest, kinds) -> parts.add(contest + ": "
                + String.join(
                        ", ",
                        kinds.stream()
                                .sorted(Comparator.comparing(ReadAs::scope))
                                .map(k -> label(k.scope()) + " " + counted.get(k))
                                .toList())));
        return " (" + String.join("; ", parts) + ")";
    }

    /** The scope as a reader says it. */
    static String label(Scope scope) {
        return switch (scope) {
            case FIRST_PREF -> "first preferences";
            case RUNOFF -> "run-off";
            case CONSTITUENCY -> "constituency vote";
            case LIST -> "list vote";
            case UNSPECIFIED -> "ballot not stated";
            case WESTMINSTER -> "Westminster voting intention";
        };
    }
}
