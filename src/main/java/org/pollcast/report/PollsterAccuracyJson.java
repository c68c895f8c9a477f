package org.pollcast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.poll.DatePrecision;

/**
 * {@code pollcast pollster-accuracy --format json}: each final poll against the result, then each pollster's record
 * (houses scored at two or more elections first), and the elections asked about that have no final poll scored, with
 * why ({@code leftOut}), and each scored election's firms whose polls were not scored, with why ({@code notScored}: a firm
 * whose last poll was weeks out, a run-off of another pair than the count's final two). The final rounds of counts by preferences ("london-2016 (final round)": a run-off, a
 * two-party-preferred) are among the final polls, and their record is kept apart in {@code finalRoundPollsters}.
 */
public record PollsterAccuracyJson(
        List<FinalPoll> finalPolls,
        List<Pollster> pollsters,
        List<Pollster> finalRoundPollsters,
        Map<String, String> leftOut,
        Map<String, String> notScored) {

    public PollsterAccuracyJson {
        finalPolls = List.copyOf(finalPolls);
        pollsters = List.copyOf(pollsters);
        finalRoundPollsters = List.copyOf(finalRoundPollsters);
        leftOut = Json.ordered(leftOut);
        notScored = Json.ordered(notScored);
    }

    public static String write(
            List<FinalPollError> errors,
            List<PollsterRecord> records,
            List<PollsterRecord> finalRoundRecords,
            Map<String, String> leftOut,
            Map<String, String> notScored) {
        return Json.write(new PollsterAccuracyJson(
                errors.stream().map(FinalPoll::of).toList(),
                records.stream().map(Pollster::of).toList(),
                finalRoundRecords.stream().map(Pollster::of).toList(),
                leftOut,
                notScored));
    }

    /**
     * A pollster's final poll at one election, in points, poll minus result (see {@link FinalPollError}):
     * {@code pollster} is the house its record is kept under (ComRes), {@code publishedAs} the name the poll came out
     * under (Savanta), as the table prints it. {@code datePrecision} is {@code exact}, {@code approximate} or
     * {@code month}; {@code daysBefore} is null unless the date is exact (a month-only poll's day is set by rule).
     * {@code sameDay} counts the house's other polls dated that day, among which this one was chosen.
     */
    public record FinalPoll(
            String election,
            String pollster,
            String publishedAs,
            String client,
            LocalDate date,
            String datePrecision,
            Long daysBefore,
            int sameDay,
            Map<String, Double> errors,
            String lead,
            double leadError,
            double meanAbsError,
            List<String> notNamed) {

        public FinalPoll {
            errors = Json.ordered(errors);
            notNamed = List.copyOf(notNamed);
        }

        static FinalPoll of(FinalPollError e) {
            return new FinalPoll(
                    e.election(),
                    e.pollster(),
                    e.publishedAs(),
                    e.client(),
                    e.date(),
                    e.datePrecision().code(),
                    e.datePrecision() == DatePrecision.EXACT ? e.daysBefore() : null,
                    e.sameDay(),
                    e.errors(),
                    e.lead(),
                    e.leadError(),
                    e.meanAbsError(),
                    e.notNamed());
        }
    }

    /** A pollster's record across elections (see {@link PollsterRecord}). */
    public record Pollster(
            String pollster,
            int elections,
            double meanAbsError,
            double meanLeadError,
            double meanAbsLeadError,
            double rmse,
            int notNamed) {

        static Pollster of(PollsterRecord r) {
            return new Pollster(
                    r.pollster(),
                    r.elections(),
                    r.meanAbsError(),
                    r.meanLeadError(),
                    r.meanAbsLeadError(),
                    r.rmse(),
                    r.notNamed());
        }
    }
}
