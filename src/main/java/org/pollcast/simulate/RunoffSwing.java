package org.pollcast.simulate;

import java.util.Arrays;
import org.pollcast.election.TransferPrior;

/**
 * How far, in one simulation, all the other candidates' voters lean together between a two-round contest's finalists:
 * one standard normal draw a count, times this pair's standard deviation, moves every eliminated candidate's split
 * between the pair on the log-odds scale. A second round is a second election on a day of its own, and the eliminated
 * candidates' voters move together: in eleven run-offs of the blind trials (docs/calibration.md) the finalists' split
 * of them missed a split in proportion by far more than independent draws for each eliminated candidate allow, about
 * 1.4 on the log-odds scale (one standard deviation, fitted on the run-off's share).
 *
 * @param k    the number of options
 * @param base the standard deviation before any pair was narrowed (the prior's)
 * @param sd   each pair's standard deviation, {@code [lo * k + hi]} with lo below hi; all 0 for none
 */
public record RunoffSwing(int k, double base, double[] sd) {
    private static final double MAX = TransferPrior.MAX_SECOND_ROUND_SWING;

    private static final RunoffSwing NONE = new RunoffSwing(0, 0, new double[0]);

    public RunoffSwing {
        sd = sd.clone();
        for (double s : sd) {
            if (!(s >= 0 && s <= MAX)) {
                throw new IllegalArgumentException("a run-off swing of " + s + ", expected 0 to " + MAX);
            }
        }
    }

    /** No swing: each eliminated candidate's split is drawn on its own (the Supplementary Vote, instant-runoff). */
    public static RunoffSwing none() {
        return NONE;
    }

    /** The same standard deviation {@code sd} for every pair of {@code k} options. */
    public static RunoffSwing uniform(int k, double sd) {
        if (!(sd >= 0 && sd <= MAX)) {
            throw new IllegalArgumentException("a run-off swing of " + sd + ", expected 0 to " + MAX);
        }
        double[] all = new double[k * k];
        Arrays.fill(all, sd);
        return sd > 0 ? new RunoffSwing(k, sd, all) : NONE;
    }

    /** Whether any pair swings. */
    public boolean any() {
        return k > 0;
    }

    /** Pair (a, b)'s standard deviation, in either order. */
    public double sd(int a, int b) {
        return any() ? sd[Math.min(a, b) * k + Math.max(a, b)] : 0;
    }

    /** This swing with pair (a, b)'s standard deviation times {@code factor} (what its run-off surveys settle). */
    public RunoffSwing narrowed(int a, int b, double factor) {
        if (!any()) {
            return this;
        }
        double[] copy = sd.clone();
        copy[Math.min(a, b) * k + Math.max(a, b)] *= factor;
        return new RunoffSwing(k, base, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunoffSwing r && r.k == k && r.base == base && Arrays.equals(r.sd, sd);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * k + Double.hashCode(base)) + Arrays.hashCode(sd);
    }

    @Override
    public String toString() {
        return "RunoffSwing[k=" + k + ", base=" + base + ", sd=" + Arrays.toString(sd) + "]";
    }
}
