package org.pollcast.simulate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One thread's election-night simulations. Per simulation: the London-wide turnout, each option's share in
 * every constituency from its posterior (mean plus Cholesky factor times normals), then each constituency's
 * votes (declared figures kept, a running count's uncounted ballots and the undeclared constituencies drawn),
 * London's first preferences, and the count by the contest's own code. Every array is allocated once here;
 * nothing is allocated per simulation.
 */
final class LiveWorker {
    private final LiveModel model;
    private final int k;
    private final int m;
    private final double[] y;
    private final double[] z;
    private final double[] share;
    final double[] totals;
    /**
     * The count, the forecast's own: second and later preferences are drawn as the forecast draws them (a counted
     * run-off's are kept). The night had counted an instant-runoff race as first past the post, so Alaska 2022's full
     * first round (Peltola 39.7%) read as her win for certain, with no final round, where the forecast gave her 54%.
     */
    private final MayorCount count;

    private final boolean[] fixed;
    private final double[] fixedVotes;
    /** Each option's posterior variance in each constituency, {@code [j * m + c]}. */
    private final double[] variance;
    /** The Assembly, or null when it is not projected; its draw, bloc hits and the mayoral London shares. */
    private final AssemblyModel assembly;

    private final AssemblyBlocs blocs;
    private final AssemblyModel.Draw assemblyDraw;
    private final boolean[] blocHit;
    private final double[] london;
    /** The pre-election mayoral means the Assembly's shift is measured from. */
    private final double[] assemblyMean;

    LiveWorker(LiveModel model) {
        this(model, null, null, null);
    }

    LiveWorker(LiveModel model, AssemblyModel assembly, AssemblyBlocs blocs, double[] mayorMean) {
        this.model = model;
        assemblyMean = mayorMean;
        this.assembly = assembly;
        this.blocs = blocs;
        assemblyDraw = assembly == null ? null : assembly.newDraw();
        blocHit = assembly == null ? null : new boolean[blocs.size()];
        k = model.k();
        m = model.m();
        y = new double[k * m];
        z = new double[m];
        share = new double[k];
        totals = new double[k];
        london = new double[k];
        count = new MayorCount(
                model.rules(),
                k,
                model.other(),
                model.transfers(),
                model.concentration(),
                model.swing(),
                model.countedRunoff());
        variance = new double[k * m];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < m; c++) {
                double v = 0;
                for (int b = 0; b <= c; b++) {
                    double l = model.chol()[j * m * m + c * m + b];
                    v += l * l;
                }
                variance[j * m + c] = v;
            }
        }
        fixed = new boolean[m];
        fixedVotes = new double[k];
        for (int c = 0; c < m; c++) {
            fixed[c] = model.fixed(c);
            if (fixed[c]) {
                for (int j = 0; j < k; j++) {
                    fixedVotes[j] += model.known()[c * k + j];
                }
            }
        }
    }

    /** Runs block {@code block}'s {@code n} simulations into {@code out}. */
    void block(int block, int n, long seed, LiveTally out, double[] draws, int[] winners) {
        UniformRandomProvider rng = BlockRunner.blockRandom(seed, block);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        count.startBlock(rng);
        for (int s = 0; s < n; s++) {
            simulate(normal);
            count.count(totals);
            out.add(totals, count.sheet(), y, model);
            if (assembly != null) {
                assembly(normal, out.assembly);
            }
            if (draws != null && s < winners.length) {
                double all = 0;
                for (int j = 0; j < k; j++) {
                    all += totals[j];
                }
                for (int j = 0; j < k; j++) {
                    draws[s * k + j] = 100 * totals[j] / all;
                }
                winners[s] = count.winner;
            }
        }
    }

    /**
     * The Assembly in this simulation: moved by its mayoral London shares from the pre-election means, as the
     * forecast moves it, with the declared constituencies fixed ({@link AssemblyModel}).
     */
    private void assembly(ZigguratSampler.NormalizedGaussian normal, AssemblyTally out) {
        double all = 0;
        for (int j = 0; j < k; j++) {
            all += totals[j];
        }
        for (int j = 0; j < k; j++) {
            london[j] = 100 * totals[j] / all;
        }
        assembly.draw(normal, london, assemblyMean, assemblyDraw);
        int[] seats = assemblyDraw.totalSeats;
        int max = 0;
        for (int seat : seats) {
            max = Math.max(max, seat);
        }
        blocs.test(seats, max, count.winner, blocHit);
        out.add(assemblyDraw, blocHit, max);
    }

    /** One simulation's London first preferences into {@link #totals}; constituency shares stay in {@link #y}. */
    private void simulate(ZigguratSampler.NormalizedGaussian normal) {
        double theta = model.turnoutMean() + model.turnoutSd() * normal.sample();
        double[] chol = model.chol();
        double[] mean = model.mean();
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < m; c++) {
                z[c] = normal.sample();
            }
            int base = j * m * m;
            for (int c = 0; c < m; c++) {
                double v = mean[j * m + c];
                for (int b = 0; b <= c; b++) {
                    v += chol[base + c * m + b] * z[b];
                }
                y[j * m + c] = v;
            }
        }
        System.arraycopy(fixedVotes, 0, totals, 0, k);
        double[] known = model.known();
        boolean[] isKnown = model.isKnown();
        for (int c = 0; c < m; c++) {
            if (fixed[c]) {
                continue;
            }
            // Shares sum to 100. Where some options' figures are given, their drawn shares stand and the others
            // fill what is left: scaling everything would shrink a declared candidate's share.
            // The options are drawn one by one, so their shares need not sum to 100: the draw is conditioned on
            // the sum, which moves each option by its share of the variance (a declared figure, with none, stays).
            double sum = 0;
            double totalVariance = 0;
            for (int j = 0; j < k; j++) {
                sum += y[j * m + c];
                totalVariance += variance[j * m + c];
            }
            double excess = (sum - 100) / (totalVariance > 0 ? totalVariance : k);
            double given = 0;
            double rest = 0;
            for (int j = 0; j < k; j++) {
                double v = Math.max(y[j * m + c] - excess * (totalVariance > 0 ? variance[j * m + c] : 1), 0.01);
                share[j] = v;
                if (isKnown[c * k + j]) {
                    given += v;
                } else {
                    rest += v;
                }
            }
            boolean keepGiven = given > 0 && given < 100 && rest > 0;
            double scaleGiven = keepGiven ? 0.01 : 0.01 * 100 / (given + rest);
            double scaleRest = keepGiven ? 0.01 * (100 - given) / rest : scaleGiven;
            double knownShare = 0;
            double knownVotes = 0;
            for (int j = 0; j < k; j++) {
                share[j] *= isKnown[c * k + j] ? scaleGiven : scaleRest;
                y[j * m + c] = 100 * share[j];
                if (isKnown[c * k + j]) {
                    knownShare += share[j];
                    knownVotes += known[c * k + j];
                }
            }
            double f = model.counted()[c];
            double n = model.totalCounted()[c];
            if (n > 0) {
                // The total is known: the options not given share what the given ones leave.
                double votes = n / f;
                double left = votes;
                double restShare = 0;
                for (int j = 0; j < k; j++) {
                    if (isKnown[c * k + j]) {
                        double v = known[c * k + j] + (1 - f) * votes * share[j];
                        totals[j] += v;
                        left -= v;
                    } else {
                        restShare += share[j];
                    }
                }
                // A floor under an option not given (Others' named candidates) is met first, the rest shared.
                double floors = 0;
                double unfloored = 0;
                for (int j = 0; j < k; j++) {
                    if (!isKnown[c * k + j]) {
                        double v = Math.max(0, left) * (restShare > 0 ? share[j] / restShare : 0);
                        if (v < known[c * k + j]) {
                            floors += known[c * k + j];
                        } else {
                            unfloored += share[j];
                        }
                    }
                }
                for (int j = 0; j < k; j++) {
                    if (!isKnown[c * k + j]) {
                        double v = Math.max(0, left) * (restShare > 0 ? share[j] / restShare : 0);
                        totals[j] += v < known[c * k + j]
                                ? known[c * k + j]
                                : unfloored > 0 ? Math.max(0, left - floors) * share[j] / unfloored : 0;
                    }
                }
                continue;
            }
            double votes = f > 0 && knownShare > 0 && knownVotes > 0
                    ? knownVotes / (f * knownShare)
                    : model.baseVotes()[c] * Math.exp(theta + model.localTurnout() * normal.sample());
            for (int j = 0; j < k; j++) {
                // An option not given may have a floor (Others' candidates the declaration names): its votes are
                // at least those, the total unknown.
                totals[j] += isKnown[c * k + j]
                        ? known[c * k + j] + (1 - f) * votes * share[j]
                        : Math.max(votes * share[j], known[c * k + j]);
            }
        }
    }
}
