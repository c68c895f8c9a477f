package org.pollcast.report;

import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.ingest.CanonicalCsv;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The seat calculator's output: the table and the quotient lines (the JSON is {@link SeatsJson}). */
public final class SeatsReport {
    private SeatsReport() {}

    public static Table table(AdditionalMemberContest contest, AllocationInput in, ListResult r) {
        StringColumn party = StringColumn.create("party");
        StringColumn name = StringColumn.create("name");
        DoubleColumn votes = Tables.decimals(DoubleColumn.create("votes"), 0);
        double[] thresholds = in.parties().stream()
                .mapToDouble(q -> contest.thresholdOf(q.id()))
                .distinct()
                .sorted()
                .toArray();
        DoubleColumn share = Tables.sharesAgainst(DoubleColumn.create("share"), thresholds);
        StringColumn passed = StringColumn.create("passed_threshold");
        // With a waiver, passing the threshold is not all that admits a party: the column that decides is its own.
        StringColumn eligible = StringColumn.create("eligible");
        IntColumn cons = IntColumn.create("constituency");
        IntColumn listSeats = IntColumn.create("list");
        IntColumn total = IntColumn.create("total");
        double all = r.totalVotes();
        for (int p = 0; p < in.parties().size(); p++) {
            int c = in.constituencySeats()[p];
            int l = r.listSeats()[p];
            if (in.votes()[p] == 0 && c == 0 && l == 0) {
                continue;
            }
            party.append(in.parties().get(p).id());
            name.append(in.parties().get(p).name());
            votes.append(in.votes()[p]);
            double pct = 100 * in.votes()[p] / all;
            Tables.append(share, pct);
            passed.append(r.overThreshold()[p] ? "yes" : "no");
            eligible.append(r.eligible()[p] ? "yes" : "no");
            cons.append(c);
            listSeats.append(l);
            total.append(c + l);
        }
        if (in.others() > 0) {
            party.append(Option.OTHER);
            name.append("Others");
            votes.append(in.others());
            share.append(100 * in.others() / all);
            passed.append("-");
            eligible.append("-");
            cons.append(0);
            listSeats.append(0);
            total.append(0);
        }
        Table t = Table.create(contest.id() + " seats", party, name);
        if (!in.shares()) {
            t.addColumns(votes);
        }
        t.addColumns(share);
        // Where there is no threshold every party "passes" it, and a body of lists alone wins no constituency: such a
        // column says nothing but "yes" or 0 (the Senedd from 2026 has neither).
        if (hasThreshold(contest)) {
            if (contest.listRules().variesByParty()) {
                // Which threshold each list had to pass: a coalition's may be higher than a party's.
                DoubleColumn own = Tables.decimals(DoubleColumn.create("threshold_%"), 2);
                for (int i = 0; i < party.size(); i++) {
                    String id = party.get(i);
                    if (id.equals(Option.OTHER)) {
                        own.appendMissing();
                    } else {
                        own.append(contest.thresholdOf(id));
                    }
                }
                t.addColumns(own);
            }
            t.addColumns(passed);
        }
        if (contest.listRules().waives()) {
            t.addColumns(eligible);
        }
        if (!contest.constituencies().isEmpty()) {
            t.addColumns(cons);
        }
        return t.addColumns(listSeats, total);
    }

    /** Whether a party can fail to qualify for list seats: a threshold above 0 (a waiver needs one). */
    public static boolean hasThreshold(AdditionalMemberContest contest) {
        return contest.threshold() > 0;
    }

    public static String quotientLine(String label, AllocationInput in, int party, double quotient, String none) {
        if (party < 0) {
            return label + ": " + none;
        }
        Party p = in.parties().get(party);
        return label + ": " + p.name() + " (" + p.id() + "), quotient " + quotient(in, quotient);
    }

    /**
     * A note where the last seat's quotient (or remainder) equals the next one's: a tie, which the count breaks by votes,
     * then by the lists' order in the definition, where a law may draw lots. Unsaid, a tie in each of the Senedd 2026
     * constituencies (Reform UK's 30 ÷ 3 against Labour's and the Conservatives' 10) moved 16 seats without a word (a
     * blind trial).
     */
    public static Optional<String> tieNote(AllocationInput in, int last, double lastQ, int next, double nextQ) {
        if (last < 0 || next < 0 || Math.abs(lastQ - nextQ) > 1e-9 * Math.max(1, Math.abs(lastQ))) {
            return Optional.empty();
        }
        return Optional.of("the last seat is a tie: "
                + in.parties().get(last).name() + " and "
                + in.parties().get(next).name() + " at the same figure; the count gives it to the list with more votes,"
                + " then to the one first in the definition, where the law may draw lots");
    }

    /** As {@link #quotientLine} for largest remainder: the remainder, as a share of a quota. */
    public static String remainderLine(String label, AllocationInput in, int party, double remainder, String none) {
        if (party < 0) {
            return label + ": " + none;
        }
        Party p = in.parties().get(party);
        return label + ": " + p.name() + " (" + p.id() + "), remainder " + String.format(Locale.ROOT, "%.3f", remainder)
                + " of a quota";
    }

    public static String quotient(AllocationInput in, double q) {
        return in.shares()
                ? String.format(Locale.ROOT, "%.3f share points", q)
                : String.format(Locale.ROOT, "%.1f votes", q);
    }

    public static String num(double v) {
        return CanonicalCsv.number(Math.round(v * 1000) / 1000.0);
    }
}
