package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pollcast.election.Scope;

/**
 * A ranked-choice poll table that prints each survey's own count round by round: an {@code RCV count} column, and a
 * line per round under the survey's pollster, date and sample cells, which span them all (the encyclopedia's table of
 * New York City's 2021 Democratic primary: {@code BA} for the first choices as asked, undecided included, then {@code
 * 1}, {@code 2}, ... as the pollster eliminated candidates and moved their voters, down to the final two, and
 * footnoted lines such as {@code 8[C]} for another final pair the pollster simulated). Read as plain lines, the
 * second line was refused as the same poll with other figures, and every poll of the table with it.
 *
 * <p>A survey's first line is its first-preference poll; its first later line of two figures is its final round, the
 * run-off; a later line of two figures under other columns is another final pair the survey's ballots give (Data for
 * Progress's Adams v Garcia beside its count's Adams v Wiley, June 2021), a run-off of its own pair, which the store
 * keeps apart by that pair ({@link org.pollcast.poll.PollKey}); every other later line is left out with a note: an
 * intermediate round is the pollster's redistribution of the first choices, which the forecast makes itself from its
 * transfer table, and a pair's second final round would be that pair's poll twice. One per table (or file): lines
 * come in order, and a survey's lines together, as the table prints them.
 */
final class CountRounds {
    /** The field of the column that numbers a line's round of the count. */
    static final String FIELD = "count_round";

    /** The field a line left out carries: why, for the ingest's note. */
    static final String LEFT_OUT = "left_out";

    private Location firstLine;
    /**
     * The columns of each final pair the survey's lines gave so far, each with the line that gave it: one run-off each,
     * and the line a repeat of that pair names (it named the first final round whatever pair it repeated).
     */
    private final Map<Set<String>, Location> finalPairs = new LinkedHashMap<>();

    /**
     * The polls of one line, as the count's round makes them: {@code further} says the line continues the survey
     * above (its pollster and date cells span both). Lines without a round (tables without the column) are as read.
     */
    List<RawPoll> read(List<RawPoll> linePolls, boolean further) {
        if (linePolls.isEmpty() || linePolls.get(0).value(FIELD).isEmpty()) {
            return linePolls;
        }
        RawPoll first = linePolls.get(0);
        if (!further || firstLine == null) {
            firstLine = first.location();
            finalPairs.clear();
            return linePolls;
        }
        Set<String> columns = new LinkedHashSet<>();
        linePolls.stream()
                .flatMap(p -> p.shares().stream())
                .filter(s -> !PollShares.isNotReported(s.value()))
                .forEach(s -> columns.add(s.field()));
        if (columns.size() == 2 && !finalPairs.containsKey(columns)) {
            finalPairs.put(columns, first.location());
            return with(linePolls, "scope", Scope.RUNOFF.code(), first.column(FIELD));
        }
        // Said without the round's number, so that a survey's lines left out for one reason make one note.
        String why = columns.size() == 2
                ? "the same final pair again in the survey's ranked-choice count (its final round, "
                        + SkippedTable.where(finalPairs.get(columns)) + ", is kept)"
                : "the survey's ranked-choice count past its first choices (" + SkippedTable.where(firstLine)
                        + ") and short of" + " its final two: pollcast reads those two and transfers the rest itself";
        return with(linePolls, LEFT_OUT, why, first.column(FIELD));
    }

    private static List<RawPoll> with(List<RawPoll> polls, String field, String value, String column) {
        List<RawPoll> out = new ArrayList<>(polls.size());
        for (RawPoll p : polls) {
            Map<String, RawPoll.RawField> f = new LinkedHashMap<>(p.fields());
            f.put(field, new RawPoll.RawField(value, column, p.location()));
            out.add(new RawPoll(p.location(), f, p.shares(), p.rows(), p.problems()));
        }
        return out;
    }
}
