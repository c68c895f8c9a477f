package org.pollcast.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.pipeline.AverageRequest;
import picocli.CommandLine.Option;

/** The aggregator's options, shared by average and house-effects. */
final class AggregateOptions {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Use polls dated on or before DATE. Default: election day, or today if earlier.")
    String asOf;

    @Option(names = "--contest", paramLabel = "ID", description = "Contest (default: the first single-winner contest, e.g. mayor).")
    String contest;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "first_pref (default for a mayor), runoff, constituency, list, unspecified.")
    String scope;

    @Option(names = "--method", paramLabel = "METHOD", description = "weighted (default) or kalman.")
    String method = "weighted";

    @Option(names = "--half-life", paramLabel = "DAYS", description = "Recency half-life in days (default: 14).")
    Double halfLife;

    @Option(names = "--sample-cap", paramLabel = "N", description = "Sample sizes above N earn no more weight (default: 2000).")
    Integer sampleCap;

    @Option(names = "--pollster-share", paramLabel = "E", description = "Divide a pollster's polls by its recent poll count^E, 0–1 (default: 0.5).")
    Double pollsterShare;

    @Option(names = "--shrinkage", paramLabel = "POLLS", description = "House effects shrunk as if each pollster had POLLS more polls at the consensus (default: 2).")
    Double shrinkage;

    @Option(names = "--no-house-adjust", description = "Average the raw polls, without subtracting house effects.")
    boolean noHouseAdjust;

    @Option(names = "--pollster-weights", paramLabel = "W", description = "equal (default) or accuracy (from final-poll errors at earlier elections).")
    String pollsterWeights = "equal";

    @Option(names = "--drift", paramLabel = "POINTS", description = "Kalman trend: daily random-walk step, in points (default: 0.25).")
    Double drift;

    AggregateSettings settings() {
        AggregateSettings s = AggregateSettings.withDefaults();
        s = s.withMethod(AverageMethod.fromCode(method).orElseThrow(() -> new BadInputException(
                "--method: unknown method '" + method + "'; expected weighted or kalman")));
        s = s.withPollsterWeighting(PollsterWeighting.fromCode(pollsterWeights).orElseThrow(() -> new BadInputException(
                "--pollster-weights: unknown '" + pollsterWeights + "'; expected equal or accuracy")));
        try {
            if (halfLife != null) {
                s = s.withHalfLifeDays(halfLife);
            }
            if (sampleCap != null) {
                s = s.withSampleCap(sampleCap);
            }
            if (pollsterShare != null) {
                s = s.withPollsterShareExponent(pollsterShare);
            }
            if (shrinkage != null) {
                s = s.withShrinkage(shrinkage);
            }
            if (drift != null) {
                s = s.withDriftPerDay(drift);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return s.withAdjustHouseEffects(!noHouseAdjust);
    }

    /** The average these options ask for, of {@code election}. */
    AverageRequest request(String election) {
        return new AverageRequest(election, contest, scope, asOf(), settings());
    }

    LocalDate asOf() {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException ex) {
            throw new BadInputException("--as-of: '" + asOf + "' is not a date (YYYY-MM-DD)");
        }
    }
}
