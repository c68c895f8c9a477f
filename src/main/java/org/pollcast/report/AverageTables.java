package org.pollcast.report;

import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.Scope;
import org.pollcast.ingest.CanonicalCsv;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A polling average as a one-line headline and a table (options down; share, se, 90% range, polls). */
public final class AverageTables {
    private AverageTables() {}

    public static String headline(PollAverage a) {
        var s = a.settings();
        return a.election() + " " + question(a) + " as of " + a.asOf() + ": " + a.polls()
                + (a.polls() == 1 ? " poll from " : " polls from ")
                + a.pollsters() + (a.pollsters() == 1 ? " pollster" : " pollsters") + "; "
                + s.method().code()
                // The Kalman trend has no half-life: its memory is the drift it allows a day.
                + (s.method() == AverageMethod.KALMAN
                        ? " (drift " + CanonicalCsv.number(s.driftPerDay()) + " points a day"
                        : " (half-life " + CanonicalCsv.number(s.halfLifeDays()) + " days")
                + (s.adjustHouseEffects() && a.pollsters() > 1 ? ", house-adjusted" : ", unadjusted")
                + (s.pollsterWeighting() == PollsterWeighting.ACCURACY ? ", accuracy-weighted pollsters" : "") + ")";
    }

    /** The average's contest and scope as {@link Scope#question} names them ("westminster", not twice). */
    private static String question(PollAverage a) {
        return Scope.fromCode(a.scope()).map(s -> s.question(a.contest())).orElse(a.contest() + " " + a.scope());
    }

    public static Table table(PollAverage a) {
        StringColumn option = StringColumn.create("option");
        StringColumn name = StringColumn.create("name");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 1);
        DoubleColumn se = Tables.decimals(DoubleColumn.create("se"), 2);
        DoubleColumn low = Tables.decimals(DoubleColumn.create("low90"), 1);
        DoubleColumn high = Tables.decimals(DoubleColumn.create("high90"), 1);
        IntColumn polls = IntColumn.create("polls");
        DoubleColumn effPolls = Tables.decimals(DoubleColumn.create("eff_polls"), 1);
        DoubleColumn effSample = Tables.decimals(DoubleColumn.create("eff_sample"), 0);
        for (ShareEstimate e : a.shares()) {
            option.append(e.option());
            name.append(e.name());
            Tables.append(share, e.share());
            Tables.append(se, e.se());
            Tables.append(low, e.low90());
            Tables.append(high, e.high90());
            polls.append(e.polls());
            Tables.append(effPolls, e.effectivePolls());
            Tables.append(effSample, e.effectiveSample());
        }
        return Table.create(
                a.election() + " " + question(a) + " " + a.asOf(),
                option,
                name,
                share,
                se,
                low,
                high,
                polls,
                effPolls,
                effSample);
    }
}
