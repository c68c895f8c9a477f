package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;

/**
 * Polls published in seats, not shares (the Netherlands' pollsters print each party's projected seats of the 150, and
 * Peil.nl prints nothing else): read as approximate shares, seats × 100 / seats in the house, and said so on the poll.
 *
 * <p>Before, a table of them was refused row by row as "shares sum to 150, more than 102", which never said why, and a
 * row that named few enough parties to sum under 102 (a report of the leaders, 26 + 23 + 22 + 20) was stored as shares,
 * 26 seats read as 26%. A pundit wants the polls read: a seat is 100/150 = 0.67 points, and a projection rounds each
 * party by up to half a seat and gives nothing to a list short of a seat, which the note says.
 *
 * <p>A row is of seats when its reader marked its table as one ({@link #FIELD}: two or more of its rows of whole
 * numbers, with no % sign or decimal, sum to the same total over {@value PollShares#MAX_SUM}), or when its own figures
 * are whole numbers summing to exactly the contest's seats, over {@value PollShares#MAX_SUM} (a CSV row). A house of at
 * most 102 seats cannot be told from shares by its sum, and is left to the shares' rules.
 */
final class SeatFigures {
    /** The field an HTML table's reader sets on each poll of a table whose rows sum to one total of seats. */
    static final String FIELD = "seats_total";

    static final String NOTE = PollShares.SEATS_NOTE;

    private final String source;

    SeatFigures(String source) {
        this.source = source;
    }

    /**
     * {@code figures} as shares where they are seats of {@code contest}'s house (of {@code election}), with the note saying so; empty where
     * they are not seats. Seats of a contest that has no house of that size add a problem and give an empty map.
     */
    Optional<Converted> read(
            RawPoll raw,
            String election,
            Contest contest,
            Map<String, Double> figures,
            Set<String> printedAsShares,
            List<Problem> problems) {
        Integer total = markedTotal(raw);
        AdditionalMemberContest body = contest instanceof AdditionalMemberContest b ? b : null;
        int house = body == null ? 0 : body.seats();
        Map<String, Double> seatFigures = new LinkedHashMap<>(figures);
        seatFigures.keySet().removeAll(printedAsShares);
        if (total == null) {
            double sum = PollShares.sum(seatFigures);
            if (house > PollShares.MAX_SUM && wholeNumbers(seatFigures) && Math.abs(sum - house) < 1e-9) {
                total = house;
            } else {
                return Optional.empty();
            }
        }
        if (total != house) {
            if (total <= SHARES_GONE_WRONG) {
                // Whole-number shares that add up to 103 in two rows (rounding, a don't-know column read as an
                // option) are more likely shares than the seats of a house this contest does not have: the shares'
                // rules refuse them by their sum, where "the figures are seats" sent a user of a London table looking
                // for a house.
                return Optional.empty();
            }
            return refused(
                    raw,
                    total,
                    "but " + election + "'s " + contest.id() + " is "
                            + (house == 0 ? "no house of seats" : "a house of " + house + " seats")
                            + "; ingest it for an election whose contest has " + total + " seats",
                    problems);
        }
        if (!body.constituencies().isEmpty()) {
            // Seats are shares of the vote only where one list vote shares out the whole house: a body's constituency
            // seats are won one by one (150 first-past-the-post seats read 90 of them as 60% of the vote).
            return refused(
                    raw,
                    total,
                    election + "'s " + contest.id() + "'s seats, but it elects constituencies, whose seats are no"
                            + " share of a vote: give the poll's vote shares",
                    problems);
        }
        // A list printed as a share beside the seats (Israel's tables print a list below the threshold as "1.3%") won
        // that share of the vote, which no seated list won: the seats share out the rest. Read as seats of the whole
        // vote, a 2022 poll's seated lists took 100 points where 96.8 were left them, and its lists below the
        // threshold were refused as shares in a table of seats.
        double unseated = PollShares.sum(figures) - PollShares.sum(seatFigures);
        double seatedVote = 100.0 - unseated;
        if (seatedVote <= 0) {
            return refused(
                    raw,
                    total,
                    "and its lists printed as shares take " + PollShares.trim(unseated)
                            + " points of the vote, leaving nothing for the seats",
                    problems);
        }
        double seat = seatedVote / total;
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            double share = printedAsShares.contains(e.getKey())
                    ? e.getValue()
                    : seatedShare(e.getValue(), seat, body.thresholdOf(e.getKey()));
            // Kept to 4 decimals: 26 of 150 is 17.3333, and the store's figures are compared as printed.
            shares.put(e.getKey(), Math.round(share * 10000.0) / 10000.0);
        }
        String note = NOTE + ": printed as seats of " + total + " (" + PollShares.printed(figures) + "), each seat "
                + PollShares.trim(Math.round(seat * 100) / 100.0)
                + " points"
                + (unseated > 0
                        ? " of the " + PollShares.trim(Math.round(seatedVote * 100) / 100.0) + " "
                                + PollShares.SEATS_BESIDE_SHARES
                        : "")
                + "; a seat projection rounds each party by up"
                + " to half a seat and gives no share to a list short of a seat";
        return Optional.of(new Converted(shares, note));
    }

    /**
     * A share printed with its % sign among seats: Israel's tables print a list below the threshold so ("2.9%"), as
     * "the percentage of votes that they received". Summed with the seats, a row of 120 seats and 3.2 points of such
     * lists was no total of seats, and every row was refused as shares over 102.
     */
    static final Pattern BELOW_THRESHOLD_SHARE = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,2})?\\s*%");

    /** The largest total of whole numbers not taken for seats of a house the contest does not have. */
    static final int SHARES_GONE_WRONG = 110;

    /**
     * The share of the vote {@code seats} stand for, {@code seat} points each, of a list that needs {@code threshold}
     * percent to win any. Seats are rounded shares: k seats are any share from k − ½ to k + ½ seats' worth. Where that
     * span reaches under the threshold, the poll's own seating says the list passed it, so its share is the middle of
     * the part of the span over the threshold. Read as k seats' worth, the Knesset's 4-seat lists (4 × 0.81 = 3.23) sat
     * under the 3.25% that won them their seats, and the forecast gave Ra'am and Hadash–Ta'al, on 4 seats in every poll
     * of 2022, a 59% chance of missing the threshold (both won 5 seats); the Tweede Kamer's 1-seat lists read 0.67,
     * not the 0.84 between its full quota and one and a half seats.
     */
    static double seatedShare(double seats, double seat, double threshold) {
        double share = seats * seat;
        if (seats < 1 || threshold <= 0 || (seats - 0.5) * seat >= threshold) {
            return share;
        }
        double top = (seats + 0.5) * seat;
        return top <= threshold ? threshold : (threshold + top) / 2;
    }

    /** No shares, and the problem saying why seats summing to {@code total} cannot be read ({@code why}). */
    private Optional<Converted> refused(RawPoll raw, int total, String why, List<Problem> problems) {
        problems.add(new Problem(
                source,
                raw.location(),
                "share",
                "the figures are seats, not shares: the table's rows are whole numbers summing to " + total + ", " + why
                        + " (docs/poll-formats.md#polls-published-in-seats)"));
        return Optional.of(new Converted(Map.of(), ""));
    }

    /** Figures read as shares, and the note saying how; no shares after a problem. */
    record Converted(Map<String, Double> shares, String note) {}

    private static Integer markedTotal(RawPoll raw) {
        String t = raw.value(FIELD);
        return t.isEmpty() ? null : Integer.valueOf(t);
    }

    private static boolean wholeNumbers(Map<String, Double> figures) {
        return figures.values().stream().allMatch(v -> v == Math.rint(v));
    }

    /**
     * The total of seats that {@code polls} (one table's) are printed in, or null: two or more rows of whole numbers
     * summing to the same total over {@value PollShares#MAX_SUM}, and no other figure in the table with a decimal
     * point: a figure with its % sign is a list's share of the vote beside the seats, left out of the sum (a table of
     * shares printed so has nothing left to sum, and is never of seats). One such row is more likely a slip, refused
     * as a share sum.
     */
    static Integer tableTotal(List<RawPoll> polls) {
        Map<Integer, Integer> rowsBySum = new HashMap<>();
        for (RawPoll p : polls) {
            int sum = 0;
            boolean complete = true;
            for (RawShare s : p.shares()) {
                String v = s.value().trim();
                if (PollShares.isNotReported(v)) {
                    complete = false;
                    continue;
                }
                if (BELOW_THRESHOLD_SHARE.matcher(v).matches()) {
                    continue; // a list's share of the vote beside the seats ("1.3%"): see read
                }
                if (!v.matches("\\d+")) {
                    return null; // a share ("17.3", "<1"): a table of shares
                }
                sum += Integer.parseInt(v.length() > 6 ? "999999" : v);
            }
            if (complete && sum > PollShares.MAX_SUM) {
                rowsBySum.merge(sum, 1, Integer::sum);
            }
        }
        return rowsBySum.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** {@code polls} each marked as printed in seats of {@code total}. */
    static List<RawPoll> marked(List<RawPoll> polls, int total) {
        List<RawPoll> out = new ArrayList<>();
        for (RawPoll p : polls) {
            Map<String, RawPoll.RawField> f = new LinkedHashMap<>(p.fields());
            f.put(FIELD, new RawPoll.RawField(Integer.toString(total), "seats", p.location()));
            out.add(new RawPoll(p.location(), f, p.shares(), p.rows(), p.problems()));
        }
        return out;
    }
}
