package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.election.Election;
import org.pollcast.election.RoundLabel;
import org.pollcast.pipeline.AccuracyData;
import org.pollcast.pipeline.AccuracyResult;
import org.pollcast.pipeline.Workspace;
import org.pollcast.poll.DatePrecision;
import org.pollcast.report.PollsterAccuracyJson;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Command(
        name = "pollster-accuracy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Each pollster's final poll (its last first-preference poll, a parliament's list-vote poll, by end of"
                    + " fieldwork, else publication, in the"
                    + " final " + PollsterAccuracy.FINAL_WINDOW_DAYS
                    + " days) against the official result: error per candidate (poll minus "
                    + "result, points), on the winner's lead, and the mean absolute error over candidates with at least 5%%; "
                    + "then each pollster's record across elections, firms scored at one election listed last. Elections "
                    + "with no final poll or an incomplete result are left out, and a note says why."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast pollster-accuracy",
            "  pollcast pollster-accuracy london-2008 london-2012 --format csv"
        })
final class PollsterAccuracyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(
            arity = "0..*",
            paramLabel = "ELECTION",
            description = "Elections to score (default: every one with a result).")
    List<String> electionArgs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        List<Election> elections = electionArgs.isEmpty()
                ? common.catalog().all()
                : electionArgs.stream().map(a -> common.catalog().resolve(a)).toList();
        Workspace ws = common.workspace(spec.commandLine().getErr());
        AccuracyResult scored = AccuracyData.score(ws, elections);
        List<FinalPollError> errors = scored.finalPolls();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> {
                if (errors.isEmpty()) {
                    out.println("No final polls to score: no election given has both polls in its last "
                            + PollsterAccuracy.FINAL_WINDOW_DAYS + " days and a complete result.");
                    leftOut(out, scored);
                    return 0;
                }
                out.println("Final polls against the result (points, poll minus result; a final poll is a firm's last"
                        + " first-preference poll by end of fieldwork in the final "
                        + PollsterAccuracy.FINAL_WINDOW_DAYS
                        + " days"
                        + (errors.stream().anyMatch(e -> RoundLabel.isSecondRound(e.election()))
                                ? "; of a second round, its last poll of the pair asked after the first round, against"
                                        + " the second round's count"
                                : "")
                        + "):");
                out.print(Tables.text(finalTable(errors, scored.resultShares(), true)));
                out.println();
                out.println("Record across " + String.join(", ", scored.scored()) + ":");
                out.print(Tables.text(recordTable(scored.records())));
                notes(out, scored);
            }
            case CSV -> out.print(Tables.csv(finalTable(errors, scored.resultShares(), false)));
            case JSON -> out.println(PollsterAccuracyJson.write(errors, scored.records(), scored.leftOut()));
        }
        return 0;
    }

    /** "put page first (27.0), 4.0 ahead of godwin, who came first in the result: ...", else null ({@link FinalPollError#otherLeader}). */
    static String otherLeader(FinalPollError e, Map<String, Double> result) {
        return e.otherLeader(result)
                .map(l -> String.format(
                        Locale.ROOT,
                        "put %s first (%.1f), %.1f ahead of %s, who came first in the result: its lead_error is on the result's first two"
                                + " (%s), not on the lead it printed",
                        l.option(),
                        l.share(),
                        l.share() - l.winnerShare(),
                        l.winner(),
                        e.lead()))
                .orElse(null);
    }

    private static void leftOut(PrintWriter out, AccuracyResult scored) {
        if (!scored.leftOut().isEmpty()) {
            List<String> why = new ArrayList<>();
            scored.leftOut().forEach((election, reason) -> why.add(election + " (" + reason + ")"));
            out.println("note: left out: " + String.join("; ", why));
        }
    }

    private static void notes(PrintWriter out, AccuracyResult scored) {
        leftOut(out, scored);
        scored.unscored().forEach((election, why) -> out.println("note: " + election + ": " + why));
        List<String> once = scored.records().stream()
                .filter(r -> r.elections() < 2)
                .map(PollsterRecord::pollster)
                .toList();
        if (!once.isEmpty() && once.size() < scored.records().size()) {
            out.println("note: scored at one election only, so one poll's error and not yet a record (listed after the"
                    + " firms with two or more): " + String.join(", ", once));
        } else if (!once.isEmpty()) {
            out.println("note: every firm is scored at one election only: each row is one poll's error, not a record");
        }
        for (FinalPollError e : scored.finalPolls()) {
            if (e.datePrecision() != DatePrecision.EXACT) {
                out.println("note: " + e.election() + ": " + e.publishedAs() + "'s final poll is dated "
                        + (e.datePrecision() == DatePrecision.MONTH
                                ? "by month only (stored as " + e.date() + " by rule)"
                                : "by estimate (" + e.date() + ")")
                        + ", so its days_before is not given");
            }
            String wrong = otherLeader(e, scored.resultShares().get(e.election()));
            if (wrong != null) {
                out.println("note: " + e.election() + ": " + e.publishedAs() + "'s final poll " + wrong);
            }
            if (e.sameDay() > 0) {
                out.println("note: " + e.election() + ": " + e.pollster() + " has " + (e.sameDay() + 1)
                        + " polls dated " + e.date() + "; the one scored was published last, else names the most"
                        + " candidates, else has the larger sample");
            }
        }
        if (scored.finalPolls().stream().anyMatch(e -> !e.notNamed().isEmpty())) {
            out.println("note: mae and rmse are over the candidates with 5%+ of the result that each final poll"
                    + " named; a poll that left some out (not_named: their share of the result) is scored on"
                    + " fewer, and a headline of the leading two can look the most accurate");
        }
    }

    /**
     * The final polls; for people ({@code table}) the pollster column names the poll as published with its house in
     * brackets, and for machines ({@code csv}) house and published name are columns of their own.
     */
    private static Table finalTable(
            List<FinalPollError> errors, Map<String, Map<String, Double>> results, boolean table) {
        StringColumn election = StringColumn.create("election");
        StringColumn pollster = StringColumn.create("pollster");
        StringColumn publishedAs = StringColumn.create("published_as");
        StringColumn client = StringColumn.create("client");
        StringColumn date = StringColumn.create("date");
        StringColumn precision = StringColumn.create("date_precision");
        IntColumn before = IntColumn.create("days_before");
        StringColumn errs = StringColumn.create("errors");
        StringColumn lead = StringColumn.create("lead");
        DoubleColumn leadError = Tables.signed(DoubleColumn.create("lead_error"), 1);
        DoubleColumn mae = Tables.decimals(DoubleColumn.create("mae"), 2);
        StringColumn notNamed = StringColumn.create("not_named");
        for (FinalPollError e : errors) {
            election.append(e.election());
            pollster.append(table ? e.shownAs() : e.pollster());
            publishedAs.append(e.publishedAs());
            client.append(e.client());
            boolean exact = e.datePrecision() == DatePrecision.EXACT;
            date.append(
                    table && !exact
                            ? e.date() + (e.datePrecision() == DatePrecision.MONTH ? " (month only)" : " (approx.)")
                            : e.date().toString());
            precision.append(e.datePrecision().code());
            // A date set by rule (a month-only poll is stored the day before polling day) gives no real distance.
            if (exact) {
                before.append((int) e.daysBefore());
            } else {
                before.appendMissing();
            }
            StringBuilder s = new StringBuilder();
            for (Map.Entry<String, Double> x : e.errors().entrySet()) {
                s.append(s.length() == 0 ? "" : " ")
                        .append(x.getKey())
                        .append(' ')
                        .append(Tables.signed(x.getValue(), 1));
            }
            errs.append(s.toString());
            lead.append(e.lead());
            Tables.append(leadError, e.leadError());
            Tables.append(mae, e.meanAbsError());
            Map<String, Double> result = results.getOrDefault(e.election(), Map.of());
            notNamed.append(String.join(
                    " ",
                    e.notNamed().stream()
                            .map(o -> String.format(Locale.ROOT, "%s %.1f", o, result.getOrDefault(o, Double.NaN)))
                            .toList()));
        }
        return table
                ? Table.create(
                        "final polls", election, pollster, client, date, before, errs, lead, leadError, mae, notNamed)
                : Table.create(
                        "final polls",
                        election,
                        pollster,
                        publishedAs,
                        client,
                        date,
                        precision,
                        before,
                        errs,
                        lead,
                        leadError,
                        mae,
                        notNamed);
    }

    private static Table recordTable(List<PollsterRecord> records) {
        StringColumn pollster = StringColumn.create("pollster");
        IntColumn elections = IntColumn.create("elections");
        DoubleColumn mae = Tables.decimals(DoubleColumn.create("mae"), 2);
        DoubleColumn lead = Tables.signed(DoubleColumn.create("mean_lead_error"), 1);
        DoubleColumn absLead = Tables.decimals(DoubleColumn.create("mean_abs_lead_error"), 1);
        DoubleColumn rmse = Tables.decimals(DoubleColumn.create("rmse"), 2);
        IntColumn notNamed = IntColumn.create("not_named");
        for (PollsterRecord r : records) {
            pollster.append(r.pollster());
            elections.append(r.elections());
            Tables.append(mae, r.meanAbsError());
            Tables.append(lead, r.meanLeadError());
            Tables.append(absLead, r.meanAbsLeadError());
            Tables.append(rmse, r.rmse());
            notNamed.append(r.notNamed());
        }
        return Table.create("pollster records", pollster, elections, mae, lead, absLead, rmse, notNamed);
    }
}
