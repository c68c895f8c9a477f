package org.pollcast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterRecord;

/** {@code pollcast pollster-accuracy --format json}: each final poll against the result, then each pollster's record. */
public record PollsterAccuracyJson(List<FinalPoll> finalPolls, List<Pollster> pollsters) {

    public PollsterAccuracyJson {
        finalPolls = List.copyOf(finalPolls);
        pollsters = List.copyOf(pollsters);
    }

    public static String write(List<FinalPollError> errors, List<PollsterRecord> records) {
        return Json.write(new PollsterAccuracyJson(
                errors.stream().map(FinalPoll::of).toList(),
                records.stream().map(Pollster::of).toList()));
    }

    /**
     * A pollster's final poll at one election, in points, poll minus result (see {@link FinalPollError}):
     * {@code pollster} is the house its record is kept under (ComRes), {@code publishedAs} the name the poll came out
     * under (Savanta), as the table prints it.
     */
    public record FinalPoll(
            String election,
            String pollster,
            String publishedAs,
            String client,
            LocalDate date,
            long daysBefore,
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
                    e.daysBefore(),
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
