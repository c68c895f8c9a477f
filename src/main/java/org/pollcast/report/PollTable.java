package org.pollcast.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pollcast.election.Election;
import org.pollcast.ingest.CampaignPolls;
import org.pollcast.ingest.CanonicalCsv;
import org.pollcast.ingest.PollShares;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Polls as a Tablesaw table: one row per poll, one column per option reported (in the definition's order),
 * blank where a poll did not report that option. The pollster column gives the name each poll was published under
 * (Savanta), as the export does; house effects group by house (ComRes). The flags column says when a poll is
 * partial, dated by its publication, dated by an estimate ({@code approx-date}) or by its month only
 * ({@code month-only-date}), and when its shares were re-based to leave out the don't-knows it was printed with
 * ({@code dk-rebased}), and when it was dated inside the election's polling blackout, so that no forecast counts it
 * before polling day ({@code blackout}), and when a candidate's own campaign paid for it ({@code campaign:farrell}).
 */
public final class PollTable {
    private final Table table;

    private PollTable(Table table) {
        this.table = table;
    }

    public static PollTable of(Election election, List<StoredPoll> polls) {
        Set<String> options = CanonicalCsv.reportedOptions(
                election, polls.stream().map(StoredPoll::poll).toList());
        StringColumn date = StringColumn.create("date");
        StringColumn pollster = StringColumn.create("pollster");
        StringColumn client = StringColumn.create("client");
        StringColumn contest = StringColumn.create("contest");
        StringColumn scope = StringColumn.create("scope");
        IntColumn sample = IntColumn.create("n");
        StringColumn flags = StringColumn.create("flags");
        Table t = Table.create(election.id(), date, pollster, client, contest, scope, sample);
        DecimalFormat shareFormat = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (String o : options) {
            DoubleColumn col = DoubleColumn.create(o);
            col.setPrintFormatter(shareFormat, "");
            t.addColumns(col);
        }
        t.addColumns(flags);
        sample.setPrintFormatter(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        for (StoredPoll sp : polls) {
            Poll p = sp.poll();
            date.append(p.date().toString());
            pollster.append(p.publishedAs());
            client.append(p.client());
            contest.append(p.contest());
            scope.append(p.scope().code());
            if (p.sampleSize() == null) {
                sample.appendMissing();
            } else {
                sample.append(p.sampleSize());
            }
            for (String o : options) {
                Double v = p.shares().get(o);
                if (v == null) {
                    t.doubleColumn(o).appendMissing();
                } else {
                    t.doubleColumn(o).append(v);
                }
            }
            String f = (p.partial() ? "partial " : "")
                    + (p.fieldworkEnd() == null ? "published-date " : "")
                    + dateFlag(p.datePrecision())
                    + (p.notes() != null && p.notes().contains(PollShares.REBASED_NOTE) ? " dk-rebased" : "")
                    + (p.notes() != null && p.notes().contains(PollShares.SEATS_NOTE) ? " seats" : "")
                    // Dated inside the definition's polling blackout: counted from polling day (PollingBlackout).
                    + (p.heldBack() ? " blackout" : "")
                    // Paid for by a candidate's campaign (CampaignPolls): the reader weighs it, the model does not.
                    + election.contest(p.contest())
                            .flatMap(c -> CampaignPolls.sponsor(c, p))
                            .map(c -> " campaign:" + c.id())
                            .orElse("");
            flags.append(f.trim());
        }
        return new PollTable(t);
    }

    /** How the flags column says a date is not exact: estimated, or only its month known (dated mid-month). */
    static String dateFlag(DatePrecision precision) {
        return switch (precision) {
            case EXACT -> "";
            case APPROXIMATE -> "approx-date";
            case MONTH -> "month-only-date";
        };
    }

    public Table table() {
        return table;
    }
}
