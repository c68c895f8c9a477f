package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The second method: per option, a local-level model on a daily grid from the first poll to the as-of date,
 * smoothed with {@link LocalLevelSmoother}. Observations are the house-adjusted shares; a poll's variance is
 * its sampling variance p(100 − p)/n plus the excess spread τ² the weighted method finds for that option
 * (recency-weighted, so the campaign's trend inflates it little). Daily drift: {@code driftPerDay}² points².
 * The start is diffuse (10 points standard deviation around the first poll).
 */
final class KalmanTrend {
    private static final double INITIAL_VARIANCE = 100;

    private KalmanTrend() {}

    static Trend of(PollPanel p, int asOfDay, double[] w, double[] adjust, AggregateSettings s) {
        int first = Arrays.stream(p.day).min().orElse(asOfDay);
        int days = asOfDay - first + 1;
        int n = p.polls;
        int options = p.optionCount();
        double[][] mean = new double[options][];
        double[][] se = new double[options][];
        int[] obsDay = new int[n];
        double[] obsValue = new double[n];
        double[] obsVariance = new double[n];
        for (int j = 0; j < options; j++) {
            double[] weighted = WeightedAverage.option(p, p.y, j * n, w, adjust);
            double level = Math.min(Math.max(weighted[0], 0.5), 99.5);
            double tau2 = weighted[4];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double y = p.y[j * n + i];
                if (Double.isNaN(y)) {
                    continue;
                }
                obsDay[m] = p.day[i] - first;
                obsValue[m] = adjust == null ? y : y - adjust[j * n + i];
                obsVariance[m] = level * (100 - level) / p.sample[i] + Math.pow(p.rescaleSd[i] * y, 2) + tau2;
                m++;
            }
            double start = m > 0 ? obsValue[0] : level;
            SmoothedLevel smoothed = LocalLevelSmoother.smooth(
                    days, obsDay, obsValue, obsVariance, m, s.driftPerDay() * s.driftPerDay(), start, INITIAL_VARIANCE);
            mean[j] = smoothed.mean();
            se[j] = new double[days];
            for (int t = 0; t < days; t++) {
                se[j][t] = Math.sqrt(smoothed.variance()[t]);
            }
        }
        return new Trend(LocalDate.ofEpochDay(first), List.of(p.options), mean, se);
    }

    /**
     * The weighted estimates with the named shares and errors replaced by the trend's last day; "others" keeps
     * the weighted estimate from the polls' own figures, and the whole is scaled to sum to 100.
     */
    static List<ShareEstimate> sharesAtEnd(PollPanel p, Trend trend, List<ShareEstimate> weighted) {
        int last = trend.days() - 1;
        ShareEstimate other = weighted.get(weighted.size() - 1);
        double total = other.share();
        for (int j = 0; j < p.optionCount(); j++) {
            total += Math.max(0, trend.mean()[j][last]);
        }
        double scale = total > 0 ? 100 / total : 1;
        List<ShareEstimate> out = new ArrayList<>();
        for (int j = 0; j < p.optionCount(); j++) {
            ShareEstimate e = weighted.get(j);
            // se > 0: the smoother's variances are positive (its inputs are validated finite and positive).
            out.add(WeightedAverage.estimate(
                    e.option(),
                    e.name(),
                    Math.max(0, trend.mean()[j][last]) * scale,
                    trend.se()[j][last],
                    e.polls(),
                    e.effectivePolls()));
        }
        out.add(new ShareEstimate(
                other.option(),
                other.name(),
                other.share() * scale,
                other.se(),
                other.polls(),
                other.effectivePolls(),
                other.effectiveSample()));
        return out;
    }
}
