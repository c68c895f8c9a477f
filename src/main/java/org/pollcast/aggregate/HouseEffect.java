package org.pollcast.aggregate;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * How far one pollster's figures for one option sit from a reference, in points (positive: the pollster
 * shows more). {@code option} may be {@code lead:a-b} for the lead of a over b.
 *
 * @param reference {@code average} (relative to the average pollster; effects sum to zero over pollsters) or
 *                  {@code result} (relative to the official result: the pollster's expected error)
 * @param polls     how many polls the estimate rests on
 */
public record HouseEffect(String pollster, String option, String reference, double estimate, double se, int polls) {
    /** The standard normal quantile of 95%: a two-sided 90% interval is ± Z90 standard errors. */
    public static final double Z90 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95);

    /** The 90% interval, estimate ± 1.645 se. */
    public double low90() {
        return estimate - Z90 * se;
    }

    public double high90() {
        return estimate + Z90 * se;
    }
}
