package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.InstantRunoff;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.Cholesky;
import org.pollcast.simulate.RunoffSwing;

/**
 * One pull a candidate on the log-odds scale of second preferences, fitted so that the prior's table, tilted by the
 * pulls, gives each surveyed pair's final round at the average first preferences where that pair's evidence puts it.
 *
 * <p>The tilt is a multinomial logit on the candidates some survey paired (the set S): every row's share to a paired
 * candidate j is multiplied by {@code exp(pull_j)}, then the row's shares to S are scaled back to their former total.
 * Between any two paired candidates a and b, every row's log-odds of a over b therefore moves by {@code pull_a −
 * pull_b}, whoever the row's voters are: with one pair this is the one common step of the tilt it replaces (model
 * 2026.12-16), and with several the pairs' steps are one consistent set (a over c is a over b plus b over c). An
 * instant-runoff count renormalises each pile over the candidates still in, so the same difference holds whichever
 * are left (Luce's choice axiom), and one table serves every order of elimination. A row's exhausted share and its
 * shares to candidates no survey paired are kept: the surveys say nothing about them. Only differences of pulls
 * count; the fit fixes S's first candidate at 0 and {@link #centred} reports them about their mean.
 *
 * <p>The fit is weighted least squares on each pair's final-round share (points), weight {@code n_eff + shrinkage}:
 * the pair's surveys and the prior's pseudo-surveys together, so that a pair's surveys weigh as they do alone. Pairs
 * that form no cycle (a v b, a v c) are met exactly; round a cycle (a v b, b v c, a v c) their gaps may disagree,
 * and the fit lands between them.
 */
final class CandidatePulls {
    /**
     * The largest pull the fit gives a candidate against the first paired one (pinned at 0), as the one-pair tilt's
     * bisection did: e^8 is 3,000 to 1. Two others may then differ by twice that.
     */
    private static final double LIMIT = 8;

    private CandidatePulls() {}

    /**
     * One pair's aim: {@code a}'s share of the final round with {@code b} at the average first preferences should be
     * {@code share} (percent), with weight {@code weight}.
     */
    record Aim(int a, int b, double share, double weight) {}

    /**
     * The pulls, one per option (0 for those in no pair), that bring the tilted {@code prior} nearest the aims at
     * first preferences {@code mean}, counted by {@code system} (a two-round contest's voters coming back as {@code
     * second} says, {@link RunoffSwing#none()} for any other); {@code other} (−1 for none) is the many small
     * candidates, whom an instant-runoff count sets aside first.
     */
    static double[] fit(
            TransferTable prior, double[] mean, int other, VotingSystem system, RunoffSwing second, List<Aim> aims) {
        int k = mean.length;
        boolean[] paired = new boolean[k];
        aims.forEach(p -> {
            paired[p.a()] = true;
            paired[p.b()] = true;
        });
        // The free pulls: every paired candidate but the first, whose pull is the zero the others are measured from.
        List<Integer> free = new ArrayList<>();
        for (int j = 0, seen = 0; j < k; j++) {
            if (paired[j] && seen++ > 0) {
                free.add(j);
            }
        }
        double[] pull = new double[k];
        // The residuals at the accepted pulls, kept from the step that accepted them rather than counted again.
        double[] r = residuals(prior, mean, other, system, second, aims, paired, pull);
        double cost = sumOfSquares(r);
        double damping = 1e-3;
        // Levenberg–Marquardt on a handful of unknowns: each step a few dozen counts of the average.
        for (int it = 0; it < 200 && !free.isEmpty() && cost > 1e-24; it++) {
            int n = free.size();
            double[][] jac = new double[aims.size()][n];
            for (int f = 0; f < n; f++) {
                double h = 1e-6;
                double[] up = pull.clone();
                double[] down = pull.clone();
                up[free.get(f)] += h;
                down[free.get(f)] -= h;
                double[] ru = residuals(prior, mean, other, system, second, aims, paired, up);
                double[] rd = residuals(prior, mean, other, system, second, aims, paired, down);
                for (int i = 0; i < aims.size(); i++) {
                    jac[i][f] = (ru[i] - rd[i]) / (2 * h);
                }
            }
            double[] normal = new double[n * n];
            double[] gradient = new double[n];
            for (int f = 0; f < n; f++) {
                for (int i = 0; i < aims.size(); i++) {
                    gradient[f] -= jac[i][f] * r[i];
                    for (int g = 0; g < n; g++) {
                        normal[f * n + g] += jac[i][f] * jac[i][g];
                    }
                }
            }
            boolean moved = false;
            while (damping < 1e12) {
                double[] a = normal.clone();
                for (int f = 0; f < n; f++) {
                    a[f * n + f] += damping * Math.max(normal[f * n + f], 1e-9);
                }
                double[] step = Cholesky.solve(Cholesky.factor(a, n), n, gradient);
                double[] next = pull.clone();
                for (int f = 0; f < n; f++) {
                    next[free.get(f)] = Math.max(-LIMIT, Math.min(LIMIT, next[free.get(f)] + step[f]));
                }
                double[] rNext = residuals(prior, mean, other, system, second, aims, paired, next);
                double c = sumOfSquares(rNext);
                if (c < cost) {
                    moved = cost - c > 1e-15 * (1 + cost);
                    pull = next;
                    r = rNext;
                    cost = c;
                    damping = Math.max(damping / 10, 1e-9);
                    break;
                }
                damping *= 10;
            }
            if (!moved) {
                break;
            }
        }
        return pull;
    }

    /** {@code pull} less its mean over the paired candidates (only differences count), 0 for the rest. */
    static double[] centred(double[] pull, List<Aim> aims) {
        boolean[] paired = new boolean[pull.length];
        aims.forEach(p -> {
            paired[p.a()] = true;
            paired[p.b()] = true;
        });
        double sum = 0;
        int n = 0;
        for (int j = 0; j < pull.length; j++) {
            if (paired[j]) {
                sum += pull[j];
                n++;
            }
        }
        double[] out = new double[pull.length];
        for (int j = 0; j < pull.length; j++) {
            out[j] = paired[j] ? pull[j] - sum / n : 0;
        }
        return out;
    }

    /** The table tilted by {@code pull} among the candidates {@code paired}, as the class says. */
    static TransferTable pulled(TransferTable t, boolean[] paired, double[] pull) {
        int k = t.size();
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            double before = 0;
            double after = 0;
            for (int j = 0; j < k; j++) {
                rows[i][j] = t.share(i, j);
                if (j != i && paired[j]) {
                    before += rows[i][j];
                    after += rows[i][j] * Math.exp(pull[j]);
                }
            }
            if (before <= 0 || after <= 0) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                if (j != i && paired[j]) {
                    rows[i][j] = before * rows[i][j] * Math.exp(pull[j]) / after;
                }
            }
        }
        return TransferTable.fromShares(new ArrayList<>(t.ids()), rows);
    }

    /**
     * a's share of its final round with b at first preferences {@code mean}, percent, as {@code system} counts it.
     * The Supplementary Vote: every other candidate's ballots go to a or b by their row's shares, the rest exhaust; two
     * rounds: as many as {@code second}'s return, divided as those two shares are.
     * Instant-runoff: the others are eliminated, the fewest votes first ({@code other} before anyone), each pile
     * moving by its row re-spread over those still in by the count's own step ({@link InstantRunoff#moveAway}), so
     * that a ballot may pass through a third candidate's pile before it reaches a or b.
     */
    static double finalShare(
            TransferTable t, double[] mean, int a, int b, int other, VotingSystem system, RunoffSwing second) {
        if (system != VotingSystem.INSTANT_RUNOFF) {
            double va = mean[a];
            double vb = mean[b];
            for (int i = 0; i < mean.length; i++) {
                if (i != a && i != b) {
                    va += mean[i] * second.toFinalist(i, t.share(i, a), t.share(i, b));
                    vb += mean[i] * second.toFinalist(i, t.share(i, b), t.share(i, a));
                }
            }
            return 100 * va / (va + vb);
        }
        double[] pile = mean.clone();
        boolean[] out = new boolean[pile.length];
        int next = other >= 0 && other != a && other != b ? other : lowest(pile, out, a, b);
        while (next >= 0) {
            out[next] = true;
            InstantRunoff.moveAway(next, t, pile, out);
            next = lowest(pile, out, a, b);
        }
        return 100 * pile[a] / (pile[a] + pile[b]);
    }

    /** The candidate still in with the fewest votes, a and b aside (on equal votes the one listed last); −1 if none. */
    private static int lowest(double[] pile, boolean[] out, int a, int b) {
        int worst = -1;
        for (int j = 0; j < pile.length; j++) {
            if (!out[j] && j != a && j != b && (worst < 0 || pile[j] <= pile[worst])) {
                worst = j;
            }
        }
        return worst;
    }

    private static double[] residuals(
            TransferTable prior,
            double[] mean,
            int other,
            VotingSystem system,
            RunoffSwing second,
            List<Aim> aims,
            boolean[] paired,
            double[] pull) {
        TransferTable t = pulled(prior, paired, pull);
        double[] r = new double[aims.size()];
        for (int i = 0; i < r.length; i++) {
            Aim p = aims.get(i);
            r[i] = Math.sqrt(p.weight()) * (finalShare(t, mean, p.a(), p.b(), other, system, second) - p.share());
        }
        return r;
    }

    private static double sumOfSquares(double[] residuals) {
        double s = 0;
        for (double v : residuals) {
            s += v * v;
        }
        return s;
    }
}
