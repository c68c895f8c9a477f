package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.pollcast.simulate.ShareInput;

/**
 * Uncertainty from the age of the last information. Opinion drifts whether or not anyone polls it: an
 * average whose newest poll is ten months old, or a prior from a result two years back, knows less about
 * today than its standard errors say. Each option's standard error gets the random walk since then,
 * {@code drift · √age · f} points, f = √(μ(100 − μ))/50 scaling the drift of a 50% option down to smaller
 * ones; the simulator adds the drift from today to polling day on top.
 */
final class InformationAge {
    private InformationAge() {}

    /** {@code in} with the drift since {@code lastInformation} added to every option's standard error. */
    static ShareInput widen(ShareInput in, LocalDate lastInformation, double driftPerDay) {
        long age = Math.max(0, ChronoUnit.DAYS.between(lastInformation, in.asOf()));
        if (age == 0 || driftPerDay == 0) {
            return in;
        }
        double[] mean = in.mean();
        double[] se = in.se();
        for (int j = 0; j < se.length; j++) {
            double mu = Math.min(Math.max(mean[j], 0.5), 99.5);
            double walk = driftPerDay * Math.sqrt(age) * Math.sqrt(mu * (100 - mu)) / 50;
            se[j] = Math.sqrt(se[j] * se[j] + walk * walk);
        }
        String note = String.format(
                Locale.ROOT,
                "; the newest information is %d %s old (%s): wider by the drift since",
                age,
                age == 1 ? "day" : "days",
                lastInformation);
        return in.withShares(mean, se, note);
    }
}
