package org.pollcast.aggregate;

/**
 * Two-sided exponential kernel sums over days in O(days + polls): for every day d of a sorted set,
 * {@code Σ_k a^|d − d_k| v_k}, by one forward and one backward recursion instead of a double loop. The
 * house-effect fit needs a local average at every poll's date on every iteration; this keeps that linear.
 */
final class ExponentialKernel {
    private final int[] days;
    private final double[] decay;

    /** {@code days} sorted ascending and distinct; {@code halfLifeDays} sets a = 2^(−1/halfLife). */
    ExponentialKernel(int[] days, double halfLifeDays) {
        this.days = days;
        this.decay = new double[days.length];
        for (int k = 1; k < days.length; k++) {
            decay[k] = Math.pow(2, -(days[k] - days[k - 1]) / halfLifeDays);
        }
    }

    /** out[d] = Σ_k a^|days[d] − days[k]| in[k]; {@code out} may not alias {@code in}. */
    void apply(double[] in, double[] out) {
        int n = days.length;
        double forward = 0;
        for (int k = 0; k < n; k++) {
            forward = (k == 0 ? 0 : decay[k] * forward) + in[k];
            out[k] = forward;
        }
        double backward = 0;
        for (int k = n - 2; k >= 0; k--) {
            backward = decay[k + 1] * (backward + in[k + 1]);
            out[k] += backward;
        }
    }
}
