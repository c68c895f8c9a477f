package org.pollcast.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.election.RoundLabel;
import org.pollcast.poll.DatePrecision;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Final polls scored against results, and each firm's record, as tables and notes for `pollster-accuracy`. */
public final class PollsterAccuracyTables {
    private PollsterAccuracyTables() {}

    /** The line above the final polls' table: what a final poll is, and for a second round which count it meets. */
    public static String heading(List<FinalPollError> errors) {
        return "Final polls against the result (points, poll minus result; a final poll is a firm's last"
                + " first-preference poll by end of fieldwork in the final "
                + PollsterAccuracy.FINAL_WINDOW_DAYS
                + " days before polling day, or before a polling blackout the definition states"
                + (errors.stream().anyMatch(e -> RoundLabel.isSecondRound(e.election()))
                        ? "; of a second round, its last poll of the pair asked after the first round, against"
                                + " the second round's count"
                        : "")
                + (errors.stream().anyMatch(e -> RoundLabel.isFinalRound(e.election()))
                        ? "; of a count's final round (a run-off, a two-party-preferred), its last poll of the pair that"
                                + " round was between, as their split, against the published final round"
                        : "")
                + "):";
    }

    /** What to say when nothing could be scored. */
    public static String nothingScored() {
        return "No final polls to score: no election given has both polls and a complete result.";
    }

    /** "put page first (27.0), 4.0 ahead of godwin, who came first in the result: ...", else empty ({@link FinalPollError#otherLeader}). */
    static Optional<String> otherLeader(FinalPollError e, Map<String, Double> result) {
        return e.otherLeader(result)
                .map(l -> String.format(
                        Locale.ROOT,
                        "put %s first (%.1f), %.1f ahead of %s, who came first in the result: its lead_error is on the result's first"
                                + " two"
                                + " (%s), not on the lead it printed",
                        l.option(),
                        l.share(),
                        l.share() - l.winnerShare(),
                        l.winner(),
                        e.lead()));
    }

    /** The elections asked about that have no final poll scored, with why, as one note (empty when none). */
    public static Optional<String> leftOut(Map<String, String> leftOut) {
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        leftOut.forEach((election, reason) -> why.add(election + " (" + reason + ")"));
        return Optional.of("left out: " + String.join("; ", why));
    }

    /**
     * The notes under the tables, without their "note: " prefix: elections left out, firms not scored, firms scored
     * once, final polls dated by month or estimate, final polls that put someone else first, same-day polls, and polls
     * that named only some of the candidates.
     */
    public static List<String> notes(
            List<FinalPollError> finalPolls,
            List<PollsterRecord> records,
            List<PollsterRecord> finalRoundRecords,
            Map<String, Map<String, Double>> resultShares,
            Map<String, String> leftOut,
            Map<String, String> unscored) {
        List<String> notes = new ArrayList<>();
        leftOut(leftOut).ifPresent(notes::add);
        unscored.forEach((election, why) -> notes.add(election + ": " + why));
        // Each record its own note: a firm scored once on first preferences may have two final rounds (review).
        boolean both = !records.isEmpty() && !finalRoundRecords.isEmpty();
        onlyOnce(records, both ? "first preferences: " : "").ifPresent(notes::add);
        onlyOnce(finalRoundRecords, "final rounds: ").ifPresent(notes::add);
        for (FinalPollError e : finalPolls) {
            if (e.datePrecision() != DatePrecision.EXACT) {
                notes.add(e.election() + ": " + Possessive.of(e.publishedAs()) + " final poll is dated "
                        + (e.datePrecision() == DatePrecision.MONTH
                                ? "by month only (stored as " + e.date() + " by rule)"
                                : "by estimate (" + e.date() + ")")
                        + ", so its days_before is not given");
            }
            otherLeader(e, resultShares.get(e.election()))
                    .ifPresent(wrong ->
                            notes.add(e.election() + ": " + Possessive.of(e.publishedAs()) + " final poll " + wrong));
            if (e.sameDay() > 0) {
                notes.add(e.election() + ": " + e.pollster() + " has " + (e.sameDay() + 1)
                        + " polls dated " + e.date() + "; the one scored was published last, else names the most"
                        + " candidates, else has the larger sample");
            }
        }
        if (finalPolls.stream().anyMatch(e -> !e.notNamed().isEmpty())) {
            notes.add("mae and rmse are over the candidates with 5%+ of the result that each final poll"
                    + " named; a poll that left some out (not_named: their share of the result) is scored on"
                    + " fewer, and a headline of the leading two can look the most accurate");
        }
        return notes;
    }

    /** Which firms of a record were scored at one election only, said with {@code prefix}; empty when none. */
    private static Optional<String> onlyOnce(List<PollsterRecord> records, String prefix) {
        List<String> once = records.stream()
                .filter(r -> r.elections() < 2)
                .map(PollsterRecord::pollster)
                .toList();
        if (once.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prefix
                + (once.size() < records.size()
                        ? "scored at one election only, so one poll's error and not yet a record (listed after the"
                                + " firms with two or more): " + String.join(", ", once)
                        : "every firm is scored at one election only: each row is one poll's error, not a record"));
    }

    /**
     * The final polls; for people the pollster column names the poll as published with its house in brackets, and for
     * machines house and published name are columns of their own.
     */
    public static Table finalPolls(
            List<FinalPollError> errors, Map<String, Map<String, Double>> results, boolean forPeople) {
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
            pollster.append(forPeople ? e.shownAs() : e.pollster());
            publishedAs.append(e.publishedAs());
            client.append(e.client());
            boolean exact = e.datePrecision() == DatePrecision.EXACT;
            date.append(
                    forPeople && !exact
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
        return forPeople
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

    /** The line above the final rounds' record: which final rounds, and why they are kept apart. */
    public static String finalRoundHeading(List<String> finalRounds) {
        return "Final-round record across "
                + String.join(
                        ", ", finalRounds.stream().map(RoundLabel::election).toList())
                + " (kept apart from the first preferences' record:"
                + " the same surveys and ballots as the first preferences, its errors a two-way split's):";
    }

    /** Each firm's record across the elections scored. */
    public static Table records(List<PollsterRecord> records) {
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
