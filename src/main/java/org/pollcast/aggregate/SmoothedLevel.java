package org.pollcast.aggregate;

import java.util.Arrays;
import java.util.Objects;

/**
 * Smoothed level of one series on a daily grid: mean and variance per day, and the log-likelihood of the
 * observations.
 *
 * <p>{@code mean[t]} and {@code variance[t]} are the posterior mean and variance of the level on day {@code t}
 * given every observation (past and future). The arrays are held as given, not copied, so that the smoother
 * can hand over its output without a second allocation; treat them as read-only. Equality, hash code and
 * string form are by content.
 *
 * @param mean posterior mean of the level, one entry per day
 * @param variance posterior variance of the level, one entry per day, same length as {@code mean}
 * @param logLikelihood log-density of all observations under the model (prediction-error decomposition)
 */
public record SmoothedLevel(double[] mean, double[] variance, double logLikelihood) {

    public SmoothedLevel {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(variance, "variance");
        if (mean.length != variance.length) {
            throw new IllegalArgumentException(
                    "variance has " + variance.length + " days, expected " + mean.length + " (the length of mean)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmoothedLevel other
                && Arrays.equals(mean, other.mean)
                && Arrays.equals(variance, other.variance)
                && Double.compare(logLikelihood, other.logLikelihood) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(variance)) + Double.hashCode(logLikelihood);
    }

    @Override
    public String toString() {
        return "SmoothedLevel[mean=" + Arrays.toString(mean) + ", variance=" + Arrays.toString(variance)
                + ", logLikelihood=" + logLikelihood + "]";
    }
}
