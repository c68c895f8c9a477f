package org.pollcast.simulate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One thread's simulations: per simulation, first preferences from the {@link ErrorModel}, the count by the
 * contest's system ({@link MayorCount}), the Assembly in the same draw, the scenario's conditions, then the
 * tallies. Every array is allocated here once; {@link #block} allocates only the block's samplers, nothing
 * per simulation.
 */
final class SimulationWorker {
    private final SimulationModel model;
    private final int k;
    final Tally tally;
    final AssemblyTally assemblyTally;
    private final double[] g;
    private final double[] shares;
    private final MayorCount count;
    private final AssemblyModel.Draw assemblyDraw;
    private final boolean[] blocHit;

    SimulationWorker(SimulationModel model) {
        this.model = model;
        this.k = model.options();
        tally = model.newTally();
        assemblyTally = model.newAssemblyTally();
        g = new double[2 * k];
        shares = new double[k];
        count = model.newCount();
        AssemblyModel assembly = model.assembly();
        assemblyDraw = assembly == null ? null : assembly.newDraw();
        blocHit = assembly == null ? null : new boolean[model.blocs().size()];
    }

    /** Runs block {@code block}'s {@code n} simulations on its own stream; returns its first-preference sums. */
    double[] block(int block, int n) {
        UniformRandomProvider rng = BlockRunner.blockRandom(model.settings().seed(), block);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        ContinuousSampler chiSquare =
                AhrensDieterMarsagliaTsangGammaSampler.of(rng, model.settings().studentDf() / 2, 2);
        count.startBlock(rng);
        ErrorModel errors = model.errors();
        AssemblyModel assembly = model.assembly();
        Conditions conditions = model.conditions();
        double[] mean = model.input().mean();
        double[] sum = new double[k];
        for (int s = 0; s < n; s++) {
            errors.draw(normal, chiSquare, g, shares);
            count.count(shares);
            if (assembly != null) {
                assembly.draw(normal, shares, mean, assemblyDraw);
            }
            if (!conditions.test(shares, count.winner, assemblyDraw)) {
                continue;
            }
            tally.kept++;
            for (int j = 0; j < k; j++) {
                sum[j] += shares[j];
                tally.firstHist[j * Tally.BINS + Tally.bin(shares[j])]++;
            }
            tallyMayor();
            if (assembly != null) {
                tallyAssembly();
            }
        }
        tally.sims += n;
        return sum;
    }

    private void tallyMayor() {
        int winner = count.winner;
        tally.wins[winner]++;
        if (count.outright) {
            tally.firstRoundWins[winner]++;
        }
        int lo = count.runoffLo;
        if (lo >= 0) {
            int hi = count.runoffHi;
            tally.runoffs[lo]++;
            tally.runoffs[hi]++;
            tally.pairs[lo * k + hi]++;
            tally.runoffHist[lo * Tally.BINS + Tally.bin(count.runoffShareLo)]++;
            tally.runoffHist[hi * Tally.BINS + Tally.bin(100 - count.runoffShareLo)]++;
            int row = tally.row(lo, hi, k);
            if (row >= 0) {
                tally.pairHist[row * Tally.BINS + Tally.bin(count.runoffShareLo)]++;
            }
        }
    }

    private void tallyAssembly() {
        int[] seats = assemblyDraw.totalSeats;
        int max = 0;
        for (int seat : seats) {
            max = Math.max(max, seat);
        }
        model.blocs().test(seats, max, count.winner, blocHit);
        assemblyTally.add(assemblyDraw, blocHit, max);
    }
}
