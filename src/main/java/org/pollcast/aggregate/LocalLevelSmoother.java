package org.pollcast.aggregate;

import java.util.Objects;

/**
 * Kalman filter and Rauch–Tung–Striebel smoother for the local-level (random walk plus noise) model of one
 * poll series on a daily grid, days {@code 0..days-1}:
 *
 * <pre>
 *   level[0] ~ N(initialMean, initialVariance)
 *   level[t] = level[t-1] + eta_t,           eta_t ~ N(0, driftVariance)        t = 1..days-1
 *   obs_i    = level[obsDay[i]] + eps_i,     eps_i ~ N(0, obsVariance[i])
 * </pre>
 *
 * <p>Forward pass (filter), for each day: predict {@code a = m[t-1]}, {@code P = C[t-1] + driftVariance}
 * (day 0: the prior), then apply that day's observations one after another: {@code F = P + R},
 * {@code v = y - a}, {@code a += (P/F) v}, {@code P = P R / F}. The filtered {@code m[t], C[t]} are the result.
 * Several observations on one day give the same posterior in any order (up to rounding). The log-likelihood
 * is the prediction-error decomposition {@code sum_i log N(v_i; 0, F_i)}.
 *
 * <p>Backward pass (smoother), with {@code P[t+1] = C[t] + driftVariance} and gain {@code J = C[t] / P[t+1]}:
 * {@code s[t] = m[t] + J (s[t+1] - m[t])} and {@code S[t] = J driftVariance + J^2 S[t+1]}, the algebraically
 * equal form of {@code C[t] + J^2 (S[t+1] - P[t+1])} without its cancellation.
 *
 * <p>Cost O(days + m): observations are bucketed by day with a counting sort; the only allocations are the
 * two output arrays and two index arrays.
 *
 * <p>References: J. Durbin and S. J. Koopman, <i>Time Series Analysis by State Space Methods</i>, 2nd ed.,
 * Oxford University Press, 2012, chapter 2 (the local level model: filtering, smoothing, log-likelihood);
 * H. E. Rauch, F. Tung and C. T. Striebel, "Maximum likelihood estimates of linear dynamic systems",
 * AIAA Journal 3(8), 1445–1450, 1965.
 */
public final class LocalLevelSmoother {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private LocalLevelSmoother() {}

    /**
     * Local-level (random walk plus noise) model on days 0..days-1:
     *   level[t] = level[t-1] + eta_t, eta_t ~ N(0, driftVariance)       (per day)
     *   obs_i    = level[obsDay[i]] + eps_i, eps_i ~ N(0, obsVariance[i])
     * Level at day 0 ~ N(initialMean, initialVariance) (a large initialVariance = diffuse start).
     * Kalman filter forward (several observations on one day are applied one after another, in any order:
     * the result must not depend on their order), then the Rauch–Tung–Striebel smoother backward.
     * Uses the first m entries of obsDay/obsValue/obsVariance; observations need not be sorted.
     * logLikelihood = sum over observations of log N(obs_i; predicted mean, predicted variance + obsVariance_i)
     * (prediction-error decomposition).
     *
     * @param days number of days on the grid, at least 1
     * @param obsDay day of each observation, in {@code [0, days)}
     * @param obsValue observed value, finite
     * @param obsVariance observation-noise variance, finite and {@code > 0}
     * @param m number of observations used (a prefix of the three arrays)
     * @param driftVariance variance of the daily level change, finite and {@code >= 0}
     * @param initialMean prior mean of the level on day 0, finite
     * @param initialVariance prior variance of the level on day 0, finite and {@code > 0}
     * @return smoothed mean and variance for each day, and the log-likelihood
     * @throws IllegalArgumentException if an input is out of range; the message names it, its index and value
     */
    public static SmoothedLevel smooth(
            int days,
            int[] obsDay,
            double[] obsValue,
            double[] obsVariance,
            int m,
            double driftVariance,
            double initialMean,
            double initialVariance) {
        validate(days, obsDay, obsValue, obsVariance, m, driftVariance, initialMean, initialVariance);

        // Counting sort: observations of day t are order[start[t] .. start[t+1]-1], stable in input order.
        int[] start = new int[days + 1];
        for (int i = 0; i < m; i++) {
            start[obsDay[i] + 1]++;
        }
        for (int t = 0; t < days; t++) {
            start[t + 1] += start[t];
        }
        int[] order = new int[m];
        int[] next = start; // reuse: advance start[t] as a fill pointer, then restore below
        for (int i = 0; i < m; i++) {
            order[next[obsDay[i]]++] = i;
        }
        // next[t] now equals the old start[t+1]; shift back so start[t] is the first slot of day t again.
        for (int t = days; t > 0; t--) {
            start[t] = start[t - 1];
        }
        start[0] = 0;

        // Forward pass: filtered mean and variance go straight into the output arrays.
        double[] mean = new double[days];
        double[] variance = new double[days];
        double a = initialMean;
        double p = initialVariance;
        double logLik = 0;
        for (int t = 0; t < days; t++) {
            if (t > 0) {
                p += driftVariance;
            }
            for (int k = start[t], end = start[t + 1]; k < end; k++) {
                int i = order[k];
                double r = obsVariance[i];
                double f = p + r;
                double v = obsValue[i] - a;
                logLik -= 0.5 * (LOG_2PI + Math.log(f) + v * v / f);
                a += (p / f) * v;
                p = p * r / f;
            }
            mean[t] = a;
            variance[t] = p;
        }

        // Backward pass (RTS): overwrite filtered values with smoothed ones, last day already smoothed.
        for (int t = days - 2; t >= 0; t--) {
            double c = variance[t];
            double gain = c / (c + driftVariance);
            double filtered = mean[t];
            mean[t] = filtered + gain * (mean[t + 1] - filtered);
            variance[t] = gain * driftVariance + gain * gain * variance[t + 1];
        }
        return new SmoothedLevel(mean, variance, logLik);
    }

    private static void validate(
            int days,
            int[] obsDay,
            double[] obsValue,
            double[] obsVariance,
            int m,
            double driftVariance,
            double initialMean,
            double initialVariance) {
        if (days < 1) {
            throw new IllegalArgumentException("days is " + days + ", expected >= 1");
        }
        Objects.requireNonNull(obsDay, "obsDay");
        Objects.requireNonNull(obsValue, "obsValue");
        Objects.requireNonNull(obsVariance, "obsVariance");
        if (m < 0) {
            throw new IllegalArgumentException("m is " + m + ", expected >= 0");
        }
        requireLength("obsDay", obsDay.length, m);
        requireLength("obsValue", obsValue.length, m);
        requireLength("obsVariance", obsVariance.length, m);
        if (!(driftVariance >= 0 && driftVariance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("driftVariance is " + driftVariance + ", expected finite and >= 0");
        }
        if (!(Math.abs(initialMean) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initialMean is " + initialMean + ", expected finite");
        }
        if (!(initialVariance > 0 && initialVariance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initialVariance is " + initialVariance + ", expected finite and > 0");
        }
        for (int i = 0; i < m; i++) {
            if (obsDay[i] < 0 || obsDay[i] >= days) {
                throw new IllegalArgumentException(
                        "obsDay[" + i + "] is " + obsDay[i] + ", expected 0 to " + (days - 1));
            }
            if (!(Math.abs(obsValue[i]) < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("obsValue[" + i + "] is " + obsValue[i] + ", expected finite");
            }
            if (!(obsVariance[i] > 0 && obsVariance[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "obsVariance[" + i + "] is " + obsVariance[i] + ", expected finite and > 0");
            }
        }
    }

    private static void requireLength(String name, int length, int m) {
        if (m > length) {
            throw new IllegalArgumentException("m is " + m + ", expected <= " + name + ".length " + length);
        }
    }
}
