package org.pollcast.simulate;

/**
 * A simulated share's mean and 5th, 25th, 50th, 75th and 95th percentiles (percent; from 0.1-point bins):
 * the 50% interval is p25–p75, the 90% interval p05–p95.
 */
public record ShareDistribution(double mean, double p05, double p25, double p50, double p75, double p95) {}
