package org.pollcast.simulate;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.pollcast.election.EliminationTransfers;
import org.pollcast.election.TransferTable;

/**
 * Instant-runoff transfers drawn afresh for every count: eliminated option i's ballots split over every other option
 * and exhaustion by {@code Dirichlet(κ·(T_i,1, …, T_i,k, E_i))}, as the Supplementary Vote's are by
 * {@link DirichletTransfers}. Without it an instant-runoff forecast took the table's mean shares as certain, and a
 * race decided on transfers came out surer than the table's own record allows. A row is drawn the first time the
 * count asks for it, so a count that eliminates three options draws three rows. The gamma samplers are built once
 * per block on the block's stream. Allocation-free per count; one per thread.
 */
final class DirichletRows implements EliminationTransfers {
    private final int k;
    private final double concentration;
    private final double[] mean;
    private final double[] meanExhausted;
    /** Gamma samplers for (i, j), j = k for exhaustion; null for a mean of 0. */
    private final ContinuousSampler[] gamma;

    private final double[] drawn;
    private final double[] drawnExhausted;
    private final boolean[] ready;

    DirichletRows(TransferTable table, double concentration) {
        this.k = table.size();
        this.concentration = concentration;
        mean = new double[k * k];
        meanExhausted = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                mean[i * k + j] = table.share(i, j);
            }
            meanExhausted[i] = table.exhausted(i);
        }
        gamma = new ContinuousSampler[k * (k + 1)];
        drawn = new double[k * k];
        drawnExhausted = new double[k];
        ready = new boolean[k];
    }

    /** Rebuilds the samplers on this block's stream. Draws nothing. */
    void startBlock(UniformRandomProvider rng) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                gamma[i * (k + 1) + j] = sampler(rng, mean[i * k + j]);
            }
            gamma[i * (k + 1) + k] = sampler(rng, meanExhausted[i]);
        }
    }

    /** Forgets the last count's rows: the next count draws its own. */
    void startCount() {
        Arrays.fill(ready, false);
    }

    private ContinuousSampler sampler(UniformRandomProvider rng, double m) {
        return m > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration * m, 1) : null;
    }

    @Override
    public double share(int from, int to) {
        draw(from);
        return drawn[from * k + to];
    }

    @Override
    public double exhausted(int from) {
        draw(from);
        return drawnExhausted[from];
    }

    @Override
    public int size() {
        return k;
    }

    private void draw(int i) {
        if (ready[i]) {
            return;
        }
        ready[i] = true;
        double sum = 0;
        for (int j = 0; j <= k; j++) {
            ContinuousSampler s = gamma[i * (k + 1) + j];
            double g = s == null ? 0 : s.sample();
            if (j < k) {
                drawn[i * k + j] = g;
            } else {
                drawnExhausted[i] = g;
            }
            sum += g;
        }
        if (sum <= 0) {
            Arrays.fill(drawn, i * k, i * k + k, 0);
            drawnExhausted[i] = 1;
            return;
        }
        for (int j = 0; j < k; j++) {
            drawn[i * k + j] /= sum;
        }
        drawnExhausted[i] /= sum;
    }
}
