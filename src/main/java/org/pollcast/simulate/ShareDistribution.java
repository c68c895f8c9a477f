package org.pollcast.simulate;

/**
 * A simulated share's mean and 5th, 25th, 50th, 75th and 95th percentiles (percent; from 0.1-point bins):
 * the 50% interval is p25–p75, the 90% interval p05–p95.
 */
public record ShareDistribution(double mean, double p05, double p25, double p50, double p75, double p95) {

    /** The other side of a two-way split: 100 minus each figure, the quantiles swapping ends. */
    public static ShareDistribution mirrored(ShareDistribution d) {
        return new ShareDistribution(100 - d.mean, 100 - d.p95, 100 - d.p75, 100 - d.p50, 100 - d.p25, 100 - d.p05);
    }
}
