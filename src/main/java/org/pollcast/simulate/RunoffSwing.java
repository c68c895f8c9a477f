package org.pollcast.simulate;

import java.util.Arrays;
import java.util.Objects;
import org.pollcast.election.TransferPrior;

/**
 * How far, in one simulation, all the other candidates' voters lean together between a two-round contest's finalists:
 * one standard normal draw a count, times this pair's standard deviation, moves every eliminated candidate's split
 * between the pair on the log-odds scale. A second round is a second election on a day of its own, and the eliminated
 * candidates' voters move together: in eleven run-offs of the blind trials (docs/calibration.md) the finalists' split
 * of them missed a split in proportion by far more than independent draws for each eliminated candidate allow, about
 * 1.4 on the log-odds scale (one standard deviation, fitted on the run-off's share); the 22 second rounds of the
 * corpus's two-round kits, each place's setting chosen on the other places', 2.5 (model 2026.12-45), and 1.0 once
 * every other voter who comes back is counted ({@code returning}, model 2026.12-47). The step's mean is {@code lean}
 * towards the first round's runner-up: 1.0 from model 2026.12-40, fitted on nine second rounds the runner-up came
 * through; 0 in the bundled prior since 2026.12-45, as the corpus's 22 hold as many a first round's leader won big
 * (docs/calibration.md). Narrowing a pair narrows its lean alike: a pair's run-off surveys measure it.
 *
 * @param k    the number of options
 * @param base the standard deviation before any pair was narrowed (the prior's)
 * @param sd   each pair's standard deviation, {@code [lo * k + hi]} with lo below hi; all 0 for none
 * @param lean the step's mean before any pair was narrowed, towards the first round's runner-up; a pair's is {@code
 *     lean} times its standard deviation's share of {@code base}
 * @param returning the share of each eliminated candidate's voters who vote for a finalist, divided between the two
 *     as the table's second preferences for them are; 0 to take the table's shares for the pair as they are (a table
 *     that says where each candidate's voters went in the second round). A second round is a vote of its own: a
 *     voter whose second preference was a third candidate, or none, still chooses between the finalists or stays at
 *     home, and the corpus's run-offs drew the other candidates' voters back as often as the finalists' own
 *     (docs/calibration.md, "A second round's voters come back")
 * @param counted the options whose rows the table took from a count ({@code --transfers}): their shares for the pair
 *     say who came back, and the return is not asked of them; empty for none. A counted table lacking a candidate
 *     fills that row from the prior, whose shares are a Supplementary Vote ballot's and need the return (review)
 */
public record RunoffSwing(int k, double base, double[] sd, double lean, double returning, boolean[] counted) {
    private static final double MAX = TransferPrior.MAX_SECOND_ROUND_SWING;

    private static final RunoffSwing NONE = new RunoffSwing(0, 0, new double[0], 0, 0, new boolean[0]);

    public RunoffSwing {
        // a pair's lean is the lean times its share of base: with no base there is nothing to scale
        if (!(Math.abs(lean) <= MAX) || (lean != 0 && !(base > 0))) {
            throw new IllegalArgumentException("a run-off lean of " + lean + " on a swing of " + base + ", expected -"
                    + MAX + " to " + MAX + " on a swing above 0");
        }
        if (!(returning >= 0 && returning <= 1)) {
            throw new IllegalArgumentException("a second round's return of " + returning + ", expected 0 to 1");
        }
        sd = sd.clone();
        counted = counted.clone();
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

    /** The same standard deviation {@code sd} for every pair of {@code k} options, with no lean. */
    public static RunoffSwing uniform(int k, double sd) {
        return uniform(k, sd, 0, 0);
    }

    /**
     * The same standard deviation {@code sd} for every pair of {@code k} options, its mean {@code lean} towards the
     * first round's runner-up, {@code returning} of the other candidates' voters voting for a finalist (0: the
     * table's shares as they are). A lean needs a swing to narrow with: with {@code sd} 0 there is none.
     */
    public static RunoffSwing uniform(int k, double sd, double lean, double returning) {
        if (!(sd >= 0 && sd <= MAX)) {
            throw new IllegalArgumentException("a run-off swing of " + sd + ", expected 0 to " + MAX);
        }
        if (!(Math.abs(lean) <= MAX)) {
            throw new IllegalArgumentException("a run-off lean of " + lean + ", expected -" + MAX + " to " + MAX);
        }
        if (!(returning >= 0 && returning <= 1)) {
            throw new IllegalArgumentException("a second round's return of " + returning + ", expected 0 to 1");
        }
        double[] all = new double[k * k];
        Arrays.fill(all, sd);
        return sd > 0 || returning > 0
                ? new RunoffSwing(k, sd, all, sd > 0 ? lean : 0, returning, new boolean[0])
                : NONE;
    }

    /** Whether this is a second round's: some pair swings, or the other candidates' voters come back. */
    public boolean any() {
        return k > 0;
    }

    /**
     * The share of eliminated candidate {@code from}'s ballots that reach finalist a of the pair (a, b), given the
     * table's shares {@code ta} and {@code tb} for the two: {@code ta} itself without a return or for a counted row,
     * else the return divided as the two shares are (none where the table sends none to either).
     */
    public double toFinalist(int from, double ta, double tb) {
        boolean own = from < counted.length && counted[from];
        return returning > 0 && !own ? ta + tb > 0 ? returning * ta / (ta + tb) : 0 : ta;
    }

    /** Whether any row takes the return: some row's shares are the prior's, not a count's. */
    public boolean returns() {
        if (returning <= 0) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (i >= counted.length || !counted[i]) {
                return true;
            }
        }
        return false;
    }

    /** This swing with the rows {@code rows} marks ({@code [option]}) taken from a count: no return asked of them. */
    public RunoffSwing withCounted(boolean[] rows) {
        return any() ? new RunoffSwing(k, base, sd, lean, returning, rows) : this;
    }

    /** Pair (a, b)'s standard deviation, in either order. */
    public double sd(int a, int b) {
        return any() ? sd[Math.min(a, b) * k + Math.max(a, b)] : 0;
    }

    /** Pair (a, b)'s mean step towards the first round's runner-up: the lean, narrowed as its standard deviation. */
    public double lean(int a, int b) {
        return any() && base > 0 ? lean * sd(a, b) / base : 0;
    }

    /** This swing with pair (a, b)'s standard deviation times {@code factor} (what its run-off surveys settle). */
    public RunoffSwing narrowed(int a, int b, double factor) {
        if (!any()) {
            return this;
        }
        double[] copy = sd.clone();
        copy[Math.min(a, b) * k + Math.max(a, b)] *= factor;
        return new RunoffSwing(k, base, copy, lean, returning, counted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunoffSwing r
                && r.k == k
                && r.base == base
                && r.lean == lean
                && r.returning == returning
                && Arrays.equals(r.sd, sd)
                && Arrays.equals(r.counted, counted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, base, lean, returning, Arrays.hashCode(sd), Arrays.hashCode(counted));
    }

    @Override
    public String toString() {
        return "RunoffSwing[k=" + k + ", base=" + base + ", sd=" + Arrays.toString(sd) + ", lean=" + lean
                + ", returning=" + returning + ", counted=" + Arrays.toString(counted) + "]";
    }
}
