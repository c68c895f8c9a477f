package org.pollcast.simulate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.election.TransferTable;

/**
 * Supplementary Vote transfers drawn afresh for every count: eliminated option i's ballots split between the
 * run-off pair (lo, hi) and exhaustion by {@code Dirichlet(κ·(T_i,lo, T_i,hi, 1 − T_i,lo − T_i,hi))}, as three
 * gamma variates, so the transfers depend on which pair reached the run-off. The gamma samplers for every
 * (pair, eliminated option) are built once per block on the block's stream; the count asks only for the
 * options it eliminates ({@link org.pollcast.election.SupplementaryVote}), so nothing else is drawn. In a two-round
 * contest the ballots reaching either finalist are the {@link RunoffSwing}'s return, divided as the table's two shares
 * are ({@link RunoffSwing#toFinalist}); its swing then leans every eliminated option's split between the pair by one log-odds step drawn
 * once a count ({@link #startCount}), keeping how many of its ballots go to either finalist. One per thread.
 */
final class DirichletTransfers implements RunoffTransfers {
    private final int k;
    private final int other;
    private final double concentration;
    private final double[] transfer;
    /** Gamma samplers for (pair lo, pair hi, eliminated i, component lo/hi/rest); null for shape 0. */
    private final ContinuousSampler[] gamma;

    private final RunoffSwing swing;
    /** The block's standard normal sampler, when the pair's voters swing together. */
    private ZigguratSampler.NormalizedGaussian normal;
    /** This count's draw of the swing, in standard deviations. */
    private double z;
    /** The pair this count's lean was worked out for (−1: none yet), and e^(sd·z/2) for it. */
    private int leanLo = -1;

    private int leanHi = -1;
    private double lean = 1;

    DirichletTransfers(TransferTable table, int other, double concentration, RunoffSwing swing) {
        this.k = table.size();
        this.other = other;
        this.concentration = concentration;
        this.swing = swing;
        transfer = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                transfer[i * k + j] = table.share(i, j);
            }
        }
        gamma = new ContinuousSampler[k * k * k * 3];
    }

    /** Rebuilds the samplers on this block's stream. Draws nothing. */
    void startBlock(UniformRandomProvider rng) {
        normal = swing.any() ? ZigguratSampler.NormalizedGaussian.of(rng) : null;
        for (int lo = 0; lo < k; lo++) {
            for (int hi = lo + 1; hi < k; hi++) {
                if (lo == other || hi == other) {
                    continue;
                }
                for (int i = 0; i < k; i++) {
                    if (i == lo || i == hi) {
                        continue;
                    }
                    // a second round's voters choose between the two whatever their second preference was
                    double ta = swing.toFinalist(i, transfer[i * k + lo], transfer[i * k + hi]);
                    double tb = swing.toFinalist(i, transfer[i * k + hi], transfer[i * k + lo]);
                    double rest = Math.max(0, 1 - ta - tb);
                    int base = ((lo * k + hi) * k + i) * 3;
                    gamma[base] = sampler(rng, ta);
                    gamma[base + 1] = sampler(rng, tb);
                    gamma[base + 2] = sampler(rng, rest);
                }
            }
        }
    }

    /** Draws this count's swing, before its transfers (draws nothing without a swing). */
    void startCount() {
        if (normal != null) {
            z = normal.sample();
            leanLo = -1;
        }
    }

    private ContinuousSampler sampler(UniformRandomProvider rng, double mean) {
        return mean > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration * mean, 1) : null;
    }

    /** Draws lo's, hi's and the rest's gamma variates, in that order whichever finalist leads. */
    @Override
    public void split(int from, int a, int b, double[] into) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int base = ((lo * k + hi) * k + from) * 3;
        double gLo = draw(gamma[base]);
        double gHi = draw(gamma[base + 1]);
        double gRest = draw(gamma[base + 2]);
        if (normal != null && gLo + gHi > 0) {
            // lo's log-odds against hi move by sd·z, and by the lean towards b, the first round's runner-up; the
            // ballots reaching either finalist stay as drawn
            if (lo != leanLo || hi != leanHi) {
                // one pair a count: the exponential once, not once for each eliminated option
                double towardsRunnerUp = a == lo ? -swing.lean(lo, hi) : swing.lean(lo, hi);
                lean = Math.exp(0.5 * (swing.sd(lo, hi) * z + towardsRunnerUp));
                leanLo = lo;
                leanHi = hi;
            }
            double scale = (gLo + gHi) / (gLo * lean + gHi / lean);
            gLo *= lean * scale;
            gHi *= scale / lean;
        }
        into[0] = a == lo ? gLo : gHi;
        into[1] = a == lo ? gHi : gLo;
        into[2] = gLo + gHi + gRest;
    }

    private static double draw(ContinuousSampler s) {
        return s == null ? 0 : s.sample();
    }
}
