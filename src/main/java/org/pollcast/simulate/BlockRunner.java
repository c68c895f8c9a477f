package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs the simulations in blocks of {@link SimulationSettings#BLOCK} on the settings' threads: block b draws
 * from its own XoRoShiRo128++ stream seeded by SplitMix64 from (seed, b), threads take blocks in order, integer
 * tallies merge exactly and the first-preference sums merge in block order ({@link BlockSums}), so any
 * number of threads gives the same bytes. With a target standard error, waves of {@link #WAVE_BLOCKS} more
 * blocks run until every win probability is that precise or the maximum is reached.
 */
final class BlockRunner {
    private static final int WAVE_BLOCKS = 4;

    /** The merged tallies of a run; {@code assembly} is null without an Assembly. */
    record Totals(Tally mayor, AssemblyTally assembly, double[] firstPrefSums) {}

    private BlockRunner() {}

    /**
     * Block b's generator. XoRoShiRo128++ rather than XoShiRo256++: half the state to load and store per
     * draw, and a simulation makes about 130 draws, so the full London model runs about 15% faster; its
     * period, 2^128 − 1, leaves the chance that two of even 2^16 blocks of 10^8 draws overlap below 10^-20.
     * Seeded with the first two outputs of SplitMix64 started at {@code seed + (b + 1)·γ}, computed here
     * rather than through commons-rng's SplitMix64: a second generator class behind the same
     * {@code nextLong()} would make the JIT throw away and recompile the simulation loop.
     */
    static UniformRandomProvider blockRandom(long seed, int block) {
        long state = seed + (block + 1L) * GOLDEN_GAMMA;
        state += GOLDEN_GAMMA;
        long first = splitMix(state);
        state += GOLDEN_GAMMA;
        long second = splitMix(state);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {first, second});
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /** SplitMix64's output for a state: Stafford's variant 13 of the MurmurHash3 finaliser. */
    static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Totals run(SimulationModel model, LongConsumer progress) {
        SimulationSettings settings = model.settings();
        Tally total = model.newTally();
        AssemblyTally assemblyTotal = model.newAssemblyTally();
        BlockSums sums = new BlockSums(model.options());
        long planned = settings.sims();
        int firstBlock = 0;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "pollcast-sim");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                int blocks =
                        (int) ((planned - (long) firstBlock * SimulationSettings.BLOCK + SimulationSettings.BLOCK - 1)
                                / SimulationSettings.BLOCK);
                runWave(pool, model, firstBlock, blocks, planned, total, assemblyTotal, sums, progress);
                firstBlock += blocks;
                if (settings.targetSe() <= 0
                        || maxWinSe(total) < settings.targetSe()
                        || planned >= settings.maxSims()) {
                    break;
                }
                planned = Math.min(settings.maxSims(), planned + (long) WAVE_BLOCKS * SimulationSettings.BLOCK);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Totals(total, assemblyTotal, sums.total());
    }

    private static double maxWinSe(Tally t) {
        if (t.kept == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (long w : t.wins) {
            double p = (double) w / t.kept;
            max = Math.max(max, Math.sqrt(p * (1 - p) / t.kept));
        }
        return max;
    }

    private static void runWave(
            ExecutorService pool,
            SimulationModel model,
            int first,
            int count,
            long planned,
            Tally total,
            AssemblyTally assemblyTotal,
            BlockSums sums,
            LongConsumer progress) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(model.settings().threads(), count);
        List<Future<SimulationWorker>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                SimulationWorker worker = new SimulationWorker(model);
                for (int b = next.getAndIncrement(); b < count; b = next.getAndIncrement()) {
                    int block = first + b;
                    long start = (long) block * SimulationSettings.BLOCK;
                    int n = (int) Math.min(SimulationSettings.BLOCK, planned - start);
                    sums.add(block, worker.block(block, n));
                    if (progress != null) {
                        progress.accept(n);
                    }
                }
                return worker;
            }));
        }
        for (Future<SimulationWorker> f : futures) {
            try {
                SimulationWorker w = f.get();
                total.combine(w.tally);
                if (assemblyTotal != null) {
                    assemblyTotal.combine(w.assemblyTally);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
