package org.pollcast.cli;

import java.time.LocalDate;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollsterWeighting;
import picocli.CommandLine.Option;

/** How polls are averaged and up to which day: shared by average, house-effects, forecast, scenario and report. */
final class AggregateOptions {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description =
                    "Use polls dated on or before DATE (YYYY-MM-DD). Default: election day (a two-round election's"
                            + " second round once its first is counted), or today if earlier.")
    LocalDate asOf;

    @Option(names = "--method", paramLabel = "METHOD", description = "weighted (default) or kalman.")
    AverageMethod method = AverageMethod.WEIGHTED;

    @Option(
            names = "--half-life",
            paramLabel = "DAYS",
            description =
                    "Recency half-life in days (default: 9, shortened where polls are dense until the average holds"
                            + " 10 effective polls; given, it is kept as given).")
    Double halfLife;

    @Option(
            names = "--sample-cap",
            paramLabel = "N",
            description = "Sample sizes above N earn no more weight (default: 2000).")
    Integer sampleCap;

    @Option(
            names = "--pollster-share",
            paramLabel = "E",
            description = "Divide a pollster's polls by its recent poll count^E, 0–1 (default: 0.5).")
    Double pollsterShare;

    @Option(
            names = "--shrinkage",
            paramLabel = "POLLS",
            description =
                    "House effects shrunk as if each pollster had POLLS more polls at the consensus (default: 2).")
    Double shrinkage;

    @Option(names = "--no-house-adjust", description = "Average the raw polls, without subtracting house effects.")
    boolean noHouseAdjust;

    @Option(
            names = "--pollster-weights",
            paramLabel = "W",
            description = "equal (default) or accuracy (from final-poll errors at earlier elections).")
    PollsterWeighting pollsterWeights = PollsterWeighting.EQUAL;

    @Option(
            names = "--drift",
            paramLabel = "POINTS",
            description = "Kalman trend: daily random-walk step, in points (default: 0.25).")
    Double drift;

    AggregateSettings settings() {
        AggregateSettings s =
                AggregateSettings.withDefaults().withMethod(method).withPollsterWeighting(pollsterWeights);
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
}
