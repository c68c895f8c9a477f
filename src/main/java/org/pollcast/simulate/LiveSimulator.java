package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the election-night simulation ({@link LiveWorker}) in blocks of {@link SimulationSettings#BLOCK}, each on
 * its own stream from (seed, block) as the forecast's {@link BlockRunner} does, merged in block order: the same
 * seed gives the same numbers on any number of threads.
 */
public final class LiveSimulator {
    private LiveSimulator() {}

    /** The settled parts of the output the pipeline knows and the simulation does not. */
    public record Context(
            int declared, int partial, double counted, List<LiveForecast.Seat> seats, List<String> notes) {
        public Context {
            seats = List.copyOf(seats);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The forecast and the first simulations' London-wide shares, option-major per draw (for {@code --draws}),
     * with each draw's winner.
     */
    public record Run(LiveForecast forecast, double[] draws, int[] drawWinners) {}

    /**
     * @param keepDraws how many simulations' London-wide shares to return (for {@code --draws}); at most one block
     */
    public static Run run(LiveModel model, long sims, long seed, int threads, int keepDraws, Context ctx) {
        return run(model, sims, seed, threads, keepDraws, ctx, null);
    }

    /**
     * As above, with the Assembly in the same simulations when {@code assembly} is not null: its seats follow
     * each simulation's mayoral shares as in {@code forecast}, with the declared constituencies fixed.
     */
    public static Run run(
            LiveModel model, long sims, long seed, int threads, int keepDraws, Context ctx, LiveAssembly assembly) {
        if (sims < 1) {
            throw new IllegalArgumentException("sims is " + sims + ", expected at least 1");
        }
        int k = model.k();
        int m = model.m();
        int blocks = (int) ((sims + SimulationSettings.BLOCK - 1) / SimulationSettings.BLOCK);
        LiveTally[] perBlock = new LiveTally[blocks];
        int keep = (int) Math.min(Math.min(keepDraws, sims), SimulationSettings.BLOCK);
        double[] draws = new double[keep * k];
        int[] winners = new int[keep];
        AssemblyModel seats = assembly == null
                ? null
                : new AssemblyModel(
                        assembly.input(), assembly.mayor().mean(), assembly.localNoiseSd(), assembly.night());
        AssemblyBlocs blocs = assembly == null ? null : new AssemblyBlocs(assembly.input(), assembly.mayor());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, blocks));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "pollcast-live");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    LiveWorker worker = new LiveWorker(
                            model,
                            seats,
                            blocs,
                            assembly == null ? null : assembly.mayor().mean());
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        int n = (int) Math.min(SimulationSettings.BLOCK, sims - (long) b * SimulationSettings.BLOCK);
                        LiveTally t = new LiveTally(k, m, seats == null ? null : newAssemblyTally(seats, blocs));
                        worker.block(b, n, seed, t, b == 0 ? draws : null, b == 0 ? winners : null);
                        perBlock[b] = t;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LiveTally total = perBlock[0];
        for (int b = 1; b < blocks; b++) {
            total.combine(perBlock[b]);
        }
        LiveForecast.Assembly night = null;
        if (assembly != null) {
            AssemblyForecast a = AssemblyForecastBuilder.build(assembly.input(), total.assembly, total.tally.kept);
            List<String> notes = new ArrayList<>(a.notes());
            notes.addAll(assembly.notes());
            a = a.withNotes(notes);
            night = new LiveForecast.Assembly(a, assembly.declared());
        }
        LiveForecast f = build(model, total, sims, seed, ctx, night);
        return new Run(f, draws, winners);
    }

    private static AssemblyTally newAssemblyTally(AssemblyModel seats, AssemblyBlocs blocs) {
        return new AssemblyTally(
                seats.p,
                seats.k,
                seats.in.seats(),
                blocs.size(),
                seats.contenders(),
                seats.contenderStart(),
                seats.in.regions().size(),
                seats.in.listRules());
    }

    private static LiveForecast build(
            LiveModel model,
            LiveTally t,
            long sims,
            long seed,
            LiveSimulator.Context ctx,
            LiveForecast.Assembly night) {
        int k = model.k();
        int m = model.m();
        double n = t.tally.kept;
        boolean firstRoundCounted = firstRoundCounted(model);
        boolean decided = firstRoundCounted && decided(model);
        List<LiveForecast.Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double p = t.tally.wins[j] / n;
            double mean = t.shareSum[j] / n;
            ShareDistribution first = t.max[j] - t.min[j] < 1e-9
                    ? new ShareDistribution(mean, mean, mean, mean, mean, mean)
                    : Tally.distribution(t.tally.firstHist, j, mean);
            long counted = 0;
            for (int c = 0; c < m; c++) {
                counted += (long) model.known()[c * k + j];
            }
            candidates.add(new LiveForecast.Candidate(
                    model.options().get(j),
                    model.names().get(j),
                    model.parties().get(j),
                    p,
                    Math.sqrt(p * (1 - p) / n),
                    LiveForecast.chance(p, decided),
                    t.tally.runoffs[j] / n,
                    t.tally.firstRoundWins[j] / n,
                    first,
                    Tally.distribution(t.tally.runoffHist, j),
                    counted,
                    t.voteSum[j] / n,
                    t.tally.runoffs[j] == 0 ? Double.NaN : t.runoffVotes[j] / t.tally.runoffs[j]));
        }
        List<RunoffPair> pairs = new ArrayList<>();
        for (int lo = 0; lo < k; lo++) {
            for (int hi = lo + 1; hi < k; hi++) {
                long c = t.tally.pairs[lo * k + hi];
                if (c > 0) {
                    double p = c / n;
                    boolean loLeads = t.shareSum[lo] >= t.shareSum[hi];
                    pairs.add(new RunoffPair(
                            model.options().get(loLeads ? lo : hi),
                            model.options().get(loLeads ? hi : lo),
                            p,
                            Math.sqrt(p * (1 - p) / n),
                            null));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(RunoffPair::p).reversed());
        List<LiveForecast.Decider> decide = new ArrayList<>();
        double pw = t.leaderWins / n;
        if (pw > 0 && pw < 1) {
            for (int c = 0; c < m; c++) {
                if (model.counted()[c] >= 1) {
                    continue;
                }
                double ex = t.margin[3 * c] / n;
                double varX = t.margin[3 * c + 1] / n - ex * ex;
                double cov = t.margin[3 * c + 2] / n - ex * pw;
                if (varX > 1e-12) {
                    decide.add(new LiveForecast.Decider(
                            model.constituencies().get(c), cov / Math.sqrt(varX * pw * (1 - pw))));
                }
            }
            decide.sort(Comparator.comparingDouble(LiveForecast.Decider::correlation)
                    .reversed());
        }
        return new LiveForecast(
                model.election(),
                model.contest(),
                model.system().code(),
                t.tally.sims,
                seed,
                MayorSimulator.GENERATOR,
                ctx.declared(),
                ctx.partial(),
                m,
                ctx.counted(),
                model.countedRunoff() != null,
                firstRoundCounted,
                decided,
                candidates,
                pairs,
                decide.size() > 5 ? decide.subList(0, 5) : decide,
                seats(model, t, n, ctx.seats()),
                ctx.notes(),
                night);
    }

    /** Whether every constituency is declared with every option's figure. */
    private static boolean firstRoundCounted(LiveModel model) {
        for (int c = 0; c < model.m(); c++) {
            if (!model.fixed(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the declared figures, every constituency's in full, decide the winner. */
    private static boolean decided(LiveModel model) {
        int k = model.k();
        double[] total = new double[k];
        for (int c = 0; c < model.m(); c++) {
            for (int j = 0; j < k; j++) {
                total[j] += model.known()[c * k + j];
            }
        }
        return DecidedByCount.decides(model.system(), total, model.other(), model.countedRunoff() != null);
    }

    /** The pipeline's constituency states with who leads in each and each option's mean share there. */
    private static List<LiveForecast.Seat> seats(LiveModel model, LiveTally t, double n, List<LiveForecast.Seat> in) {
        int k = model.k();
        List<LiveForecast.Seat> out = new ArrayList<>();
        for (int c = 0; c < in.size(); c++) {
            LiveForecast.Seat s = in.get(c);
            int lead = 0;
            Map<String, Double> share = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                lead = t.leads[c * k + j] > t.leads[c * k + lead] ? j : lead;
                share.put(model.options().get(j), t.localShareSum[c * k + j] / n);
            }
            out.add(new LiveForecast.Seat(
                    s.constituency(),
                    s.status(),
                    s.counted(),
                    s.expectedVotes(),
                    model.options().get(lead),
                    t.leads[c * k + lead] / n,
                    share));
        }
        return out;
    }
}
