package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * Simulates a single-winner contest many times. Each simulation draws first preferences from the
 * {@link ErrorModel}, then counts them: first past the post; the Supplementary Vote (over half wins outright,
 * else the top two go on and each eliminated option's ballots split between them and exhaustion by a
 * Dirichlet draw centred on the transfer table, {@code Dirichlet(κ·(T_iA, T_iB, 1 − T_iA − T_iB))}, drawn
 * only for the options eliminated, so transfers depend on the pair that reached the run-off); or
 * instant-runoff (the table's means, repeated eliminations). {@code other} can never win or reach a
 * run-off: it stands for many small candidates.
 *
 * <p>Simulations run in blocks of {@link SimulationSettings#BLOCK}; block b draws from its own
 * XoShiRo256++ stream seeded by SplitMix64 from (seed, b); integer tallies merge exactly and the per-block
 * sums for means merge in block order, so any number of threads gives the same bytes.
 */
public final class MayorSimulator {
    public static final String GENERATOR = "commons-rng XO_SHI_RO_256_PP; block b seeded with four SplitMix64 outputs "
            + "from seed + (b + 1) * 0x9E3779B97F4A7C15";
    private static final int WAVE_BLOCKS = 4;

    private final ShareInput input;
    private final VotingSystem system;
    private final SimulationSettings settings;
    private final Conditions conditions;
    private final ErrorModel model;
    private final int k;
    private final int other;
    private final double[] transfer;
    private final double[] exhaust;
    private final double concentration;
    private final AssemblyModel assembly;
    /** For each mayoral option, the Assembly index of its party, or −1. */
    private final int[] mayorParty;
    /** Per Assembly bloc, resolved once: its kind ({@link #BLOC_ANY}, {@link #BLOC_MAYOR}, {@link #BLOC_PARTIES}). */
    private final int[] blocKind;
    private final int[] blocAtLeast;
    /** Per bloc of parties, the Assembly indices of its listed parties (those not in the Assembly dropped). */
    private final int[][] blocMembers;
    private static final int BLOC_ANY = 0;
    private static final int BLOC_MAYOR = 1;
    private static final int BLOC_PARTIES = 2;

    private MayorSimulator(ShareInput input, VotingSystem system, TransferTable table, SimulationSettings settings,
            Conditions conditions, AssemblyInput assemblyInput) {
        this.input = input;
        this.system = system;
        this.settings = settings;
        this.conditions = conditions;
        this.k = input.size();
        this.other = input.index("other");
        if (system != VotingSystem.FPTP) {
            if (table == null || !table.ids().equals(input.options())) {
                throw new IllegalArgumentException("the transfer table must cover the options " + input.options());
            }
        }
        transfer = new double[k * k];
        exhaust = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                transfer[i * k + j] = table == null ? 0 : table.share(i, j);
            }
            exhaust[i] = table == null ? 1 : table.exhausted(i);
        }
        concentration = settings.transferConcentration();
        double[] se = input.fromPolls() ? input.se() : new double[k];
        double sharedSd = input.fromPolls() ? settings.pollingErrorSd() : settings.baselineErrorSd();
        double driftSd = input.fromPolls() ? settings.driftPerDay() * Math.sqrt(input.daysToElection()) : 0;
        model = new ErrorModel(input.mean(), se, sharedSd, driftSd, settings.studentDf(), settings.leaderCorrelation());
        assembly = assemblyInput == null ? null : new AssemblyModel(assemblyInput, input.mean(), settings.constituencyNoiseSd());
        mayorParty = new int[k];
        for (int m = 0; m < k; m++) {
            String party = input.parties().get(m);
            mayorParty[m] = assemblyInput == null || party == null ? -1 : assemblyInput.index(party);
        }
        int blocCount = assemblyInput == null ? 0 : assemblyInput.blocs().size();
        blocKind = new int[blocCount];
        blocAtLeast = new int[blocCount];
        blocMembers = new int[blocCount][];
        for (int b = 0; b < blocCount; b++) {
            var bloc = assemblyInput.blocs().get(b);
            blocAtLeast[b] = bloc.atLeast();
            blocKind[b] = switch (bloc.who()) {
                case "any" -> BLOC_ANY;
                case "mayor" -> BLOC_MAYOR;
                default -> BLOC_PARTIES;
            };
            blocMembers[b] = bloc.parties().stream().mapToInt(assemblyInput::index).filter(j -> j >= 0).toArray();
        }
    }

    /**
     * Runs the simulations; {@code progress} hears the number of simulations of each finished block (from any
     * thread), or is null.
     */
    public static MayorForecast run(String election, String contest, ShareInput input, VotingSystem system, TransferTable table,
            SimulationSettings settings, Conditions conditions, LongConsumer progress) {
        return run(election, contest, input, system, table, null, settings, conditions, progress).mayor();
    }

    /**
     * Runs the Mayor and, when {@code assembly} is not null, the Assembly in the same simulations, so joint
     * questions (the mayor's party and its seats) come from one set of draws.
     */
    public static ElectionForecast run(String election, String contest, ShareInput input, VotingSystem system, TransferTable table,
            AssemblyInput assembly, SimulationSettings settings, Conditions conditions, LongConsumer progress) {
        return new MayorSimulator(input, system, table, settings, conditions, assembly).run(election, contest, progress);
    }

    private ElectionForecast run(String election, String contest, LongConsumer progress) {
        List<double[]> blockSums = new ArrayList<>();
        Tally total = new Tally(k);
        AssemblyTally assemblyTotal = assembly == null ? null : newAssemblyTally();
        long planned = settings.sims();
        int firstBlock = 0;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "pollcast-sim");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                int blocks = (int) ((planned - (long) firstBlock * SimulationSettings.BLOCK + SimulationSettings.BLOCK - 1)
                        / SimulationSettings.BLOCK);
                runBlocks(pool, firstBlock, blocks, planned, total, assemblyTotal, blockSums, progress);
                firstBlock += blocks;
                if (settings.targetSe() <= 0 || maxWinSe(total) < settings.targetSe() || planned >= settings.maxSims()) {
                    break;
                }
                planned = Math.min(settings.maxSims(), planned + (long) WAVE_BLOCKS * SimulationSettings.BLOCK);
            }
        } finally {
            pool.shutdownNow();
        }
        MayorForecast mayor = ForecastBuilder.build(election, contest, system, input, settings, conditions, total, blockSums, GENERATOR);
        AssemblyForecast assemblyForecast = assembly == null ? null
                : AssemblyForecastBuilder.build(assembly.in, assemblyTotal, total.kept);
        return new ElectionForecast(mayor, assemblyForecast);
    }

    private AssemblyTally newAssemblyTally() {
        return new AssemblyTally(assembly.p, assembly.k, assembly.in.seats(), assembly.in.blocs().size());
    }

    private double maxWinSe(Tally t) {
        double max = 0;
        for (int j = 0; j < k; j++) {
            double p = t.kept == 0 ? 0.5 : (double) t.wins[j] / t.kept;
            max = Math.max(max, Math.sqrt(p * (1 - p) / Math.max(1, t.kept)));
        }
        return t.kept == 0 ? Double.POSITIVE_INFINITY : max;
    }

    private void runBlocks(ExecutorService pool, int first, int count, long planned, Tally total, AssemblyTally assemblyTotal,
            List<double[]> sums, LongConsumer progress) {
        double[][] blockSums = new double[count][];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(settings.threads(), count);
        List<Future<Worker>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                Worker worker = new Worker();
                for (int b = next.getAndIncrement(); b < count; b = next.getAndIncrement()) {
                    int block = first + b;
                    long start = (long) block * SimulationSettings.BLOCK;
                    int n = (int) Math.min(SimulationSettings.BLOCK, planned - start);
                    blockSums[b] = worker.block(block, n);
                    if (progress != null) {
                        progress.accept(n);
                    }
                }
                return worker;
            }));
        }
        for (Future<Worker> f : futures) {
            try {
                Worker w = f.get();
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
        sums.addAll(Arrays.asList(blockSums));
    }

    static UniformRandomProvider blockRandom(long seed, int block) {
        SplitMix64 mix = new SplitMix64(seed + (block + 1L) * 0x9E3779B97F4A7C15L);
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong()});
    }

    /** One thread's reusable workspace; {@link #block} allocates only the block's samplers. */
    private final class Worker {
        final Tally tally = new Tally(k);
        final double[] g = new double[k];
        final double[] shares = new double[k];
        final double[] pile = new double[k];
        final boolean[] out = new boolean[k];
        /** Gamma samplers for (pair lo, pair hi, eliminated i, component A/B/rest); null for shape 0. */
        final ContinuousSampler[] gamma = new ContinuousSampler[k * k * k * 3];
        final AssemblyTally assemblyTally = assembly == null ? null : newAssemblyTally();
        final AssemblyModel.Draw assemblyDraw = assembly == null ? null : new AssemblyModel.Draw(assembly.p, assembly.k);
        final boolean[] blocHit = assembly == null ? null : new boolean[blocKind.length];
        /** The mayoral outcome of the current simulation, tallied only if it is kept. */
        int winner;
        boolean outright;
        int finalLo;
        int finalHi;
        double finalShareLo;

        double[] block(int block, int n) {
            UniformRandomProvider rng = blockRandom(settings.seed(), block);
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            ContinuousSampler chiSquare = AhrensDieterMarsagliaTsangGammaSampler.of(rng, settings.studentDf() / 2, 2);
            if (system == VotingSystem.SUPPLEMENTARY_VOTE) {
                prepareTransfers(rng);
            }
            double[] sum = new double[k];
            for (int s = 0; s < n; s++) {
                model.draw(normal, chiSquare, g, shares);
                finalLo = -1;
                switch (system) {
                    case FPTP -> countFirstPastThePost();
                    case SUPPLEMENTARY_VOTE -> countSupplementaryVote();
                    case INSTANT_RUNOFF -> countInstantRunoff();
                    default -> throw new IllegalStateException("not a single-winner system: " + system);
                }
                if (assembly != null) {
                    assembly.draw(normal, shares, input.mean(), assemblyDraw);
                }
                if (!conditions.test(shares, assemblyDraw)) {
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
            tally.wins[winner]++;
            if (outright) {
                tally.firstRoundWins[winner]++;
            }
            if (finalLo >= 0) {
                tally.runoffs[finalLo]++;
                tally.runoffs[finalHi]++;
                tally.pairs[finalLo * k + finalHi]++;
                tally.runoffHist[finalLo * Tally.BINS + Tally.bin(finalShareLo)]++;
                tally.runoffHist[finalHi * Tally.BINS + Tally.bin(100 - finalShareLo)]++;
            }
        }

        private void tallyAssembly() {
            int[] seats = assemblyDraw.totalSeats;
            int max = 0;
            for (int seat : seats) {
                max = Math.max(max, seat);
            }
            int mayorsParty = mayorParty[winner];
            for (int b = 0; b < blocHit.length; b++) {
                int atLeast = blocAtLeast[b];
                blocHit[b] = switch (blocKind[b]) {
                    case BLOC_ANY -> max >= atLeast;
                    case BLOC_MAYOR -> mayorsParty >= 0 && seats[mayorsParty] >= atLeast;
                    default -> blocSeats(blocMembers[b], seats) >= atLeast;
                };
            }
            assemblyTally.add(assemblyDraw, blocHit, max);
        }

        private static int blocSeats(int[] members, int[] seats) {
            int total = 0;
            for (int j : members) {
                total += seats[j];
            }
            return total;
        }

        private void prepareTransfers(UniformRandomProvider rng) {
            for (int lo = 0; lo < k; lo++) {
                for (int hi = lo + 1; hi < k; hi++) {
                    if (lo == other || hi == other) {
                        continue;
                    }
                    for (int i = 0; i < k; i++) {
                        if (i == lo || i == hi) {
                            continue;
                        }
                        double ta = transfer[i * k + lo];
                        double tb = transfer[i * k + hi];
                        double rest = Math.max(0, 1 - ta - tb);
                        int base = ((lo * k + hi) * k + i) * 3;
                        gamma[base] = ta > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration * ta, 1) : null;
                        gamma[base + 1] = tb > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration * tb, 1) : null;
                        gamma[base + 2] = rest > 0 ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration * rest, 1) : null;
                    }
                }
            }
        }

        /** The leading two options other than {@code other}, into a (leader) and b. */
        private int leader;
        private int runnerUp;

        private void topTwo() {
            int a = -1;
            int b = -1;
            for (int j = 0; j < k; j++) {
                if (j == other) {
                    continue;
                }
                if (a < 0 || shares[j] > shares[a]) {
                    b = a;
                    a = j;
                } else if (b < 0 || shares[j] > shares[b]) {
                    b = j;
                }
            }
            leader = a;
            runnerUp = b;
        }

        private void countFirstPastThePost() {
            topTwo();
            winner = leader;
            outright = true;
        }

        private void countSupplementaryVote() {
            topTwo();
            int a = leader;
            int b = runnerUp;
            if (shares[a] > 50) {
                winner = a;
                outright = true;
                return;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            double fLo = shares[lo];
            double fHi = shares[hi];
            for (int i = 0; i < k; i++) {
                if (i == lo || i == hi || shares[i] <= 0) {
                    continue;
                }
                int base = ((lo * k + hi) * k + i) * 3;
                ContinuousSampler sa = gamma[base];
                ContinuousSampler sb = gamma[base + 1];
                ContinuousSampler sr = gamma[base + 2];
                double ga = sa == null ? 0 : sa.sample();
                double gb = sb == null ? 0 : sb.sample();
                double gr = sr == null ? 0 : sr.sample();
                double sum = ga + gb + gr;
                if (sum > 0) {
                    fLo += shares[i] * ga / sum;
                    fHi += shares[i] * gb / sum;
                }
            }
            winner = fHi > fLo ? hi : lo;
            outright = false;
            finalLo = lo;
            finalHi = hi;
            finalShareLo = 100 * fLo / (fLo + fHi);
        }

        private void countInstantRunoff() {
            double total = 0;
            for (int j = 0; j < k; j++) {
                pile[j] = shares[j];
                out[j] = j == other;
                total += j == other ? 0 : shares[j];
            }
            if (other >= 0) {
                moveAway(other); // "other" is many small candidates: always out first
            }
            boolean firstRound = true;
            while (true) {
                int best = -1;
                int worst = -1;
                int left = 0;
                double continuing = 0;
                for (int j = 0; j < k; j++) {
                    if (out[j]) {
                        continue;
                    }
                    left++;
                    continuing += pile[j];
                    if (best < 0 || pile[j] > pile[best]) {
                        best = j;
                    }
                    if (worst < 0 || pile[j] <= pile[worst]) {
                        worst = j;
                    }
                }
                if (pile[best] > continuing / 2 || left <= 2) {
                    winner = best;
                    outright = firstRound && shares[best] > total / 2;
                    return;
                }
                out[worst] = true;
                moveAway(worst);
                firstRound = false;
            }
        }

        /** Moves candidate i's pile by its table row, re-spread over those still in; the rest exhausts. */
        private void moveAway(int i) {
            double moving = pile[i];
            pile[i] = 0;
            double toContinuing = 0;
            for (int j = 0; j < k; j++) {
                if (!out[j]) {
                    toContinuing += transfer[i * k + j];
                }
            }
            if (toContinuing <= 0) {
                return;
            }
            double transferable = 1 - exhaust[i];
            for (int j = 0; j < k; j++) {
                if (!out[j]) {
                    pile[j] += moving * transferable * transfer[i * k + j] / toContinuing;
                }
            }
        }
    }

    static Comparator<RunoffPair> byProbability() {
        return Comparator.comparingDouble(RunoffPair::p).reversed();
    }
}
