package org.pollcast.backtest;

import java.util.Map;

/** Scoring rules, each tested against hand-computed values. Shares are in percent, probabilities in 0–1. */
public final class Scores {
    /** Probabilities are floored here before a logarithm: a forecast of exactly 0 costs ln(1e6) ≈ 13.8, not ∞. */
    public static final double FLOOR = 1e-6;

    private Scores() {}

    /** The pooled remainder: not a candidate, so never scored as one. */
    public static final String OTHERS = "other";

    /**
     * Mean absolute error of {@code forecast} against {@code actual} over candidates whose actual share ≥ {@code
     * min}. "Others" is left out: it is whatever a forecast or a poll did not name, so its size says which candidates
     * were named, not how good the forecast was (a poll naming three candidates would be charged for every vote of
     * the ones it left out).
     */
    public static double meanAbsoluteError(Map<String, Double> forecast, Map<String, Double> actual, double min) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Double> a : actual.entrySet()) {
            if (a.getValue() >= min && !a.getKey().equals(OTHERS)) {
                sum += Math.abs(forecast.getOrDefault(a.getKey(), 0.0) - a.getValue());
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Error on the lead of {@code a} over {@code b}: forecast lead minus actual lead, in points. */
    public static double leadError(Map<String, Double> forecast, Map<String, Double> actual, String a, String b) {
        return (forecast.getOrDefault(a, 0.0) - forecast.getOrDefault(b, 0.0))
                - (actual.getOrDefault(a, 0.0) - actual.getOrDefault(b, 0.0));
    }

    /** Multi-class Brier score: Σ (p_j − [j won])² over the options; 0 is perfect, 2 the worst. */
    public static double brier(Map<String, Double> pWin, String winner) {
        if (winner == null) {
            return Double.NaN; // the results do not say who won
        }
        double s = pWin.containsKey(winner) ? 0 : 1;
        for (Map.Entry<String, Double> e : pWin.entrySet()) {
            double o = e.getKey().equals(winner) ? 1 : 0;
            s += (e.getValue() - o) * (e.getValue() - o);
        }
        return s;
    }

    /** Log loss of the winner's probability: −ln(max(p, {@value #FLOOR})). */
    public static double logLoss(Map<String, Double> pWin, String winner) {
        if (winner == null) {
            return Double.NaN; // the results do not say who won
        }
        return 0.0 - Math.log(Math.max(pWin.getOrDefault(winner, 0.0), FLOOR)); // "0.0 -": never "-0.00"
    }

    /** True when {@code actual} lies in [low, high]. */
    public static boolean inside(double actual, double low, double high) {
        return actual >= low && actual <= high;
    }

    /**
     * Log score of an actual share under a simulated histogram ({@code bins} equal bins over 0–100, row
     * {@code j}): −ln(density at the actual share), the density estimated over a window of ±{@code halfWidth}
     * points (so a share just outside the simulations' range is not infinitely penalised), floored at
     * {@value #FLOOR} per point.
     */
    public static double logScore(long[] hist, int j, int bins, double actual, double halfWidth) {
        long total = 0;
        long near = 0;
        double width = 100.0 / bins;
        for (int b = 0; b < bins; b++) {
            long c = hist[j * bins + b];
            total += c;
            double mid = (b + 0.5) * width;
            if (Math.abs(mid - actual) <= halfWidth) {
                near += c;
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        double density = (double) near / total / (2 * halfWidth);
        return -Math.log(Math.max(density, FLOOR));
    }
}
