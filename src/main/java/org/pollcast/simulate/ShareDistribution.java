package org.pollcast.simulate;

/** A simulated share's mean and 5th, 50th and 95th percentiles (percent; from 0.1-point bins). */
public record ShareDistribution(double mean, double p05, double p50, double p95) {
}
