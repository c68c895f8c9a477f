package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Contest;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.Conditions;
import org.pollcast.simulate.MayorSimulator;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.store.PollStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures pollcast's own speed on seeded synthetic polls.",
            "ingest: polls per second for a wide CSV of N polls ingested into a fresh store, then again (all duplicates).",
            "aggregate: milliseconds for the weighted average with house effects over 5,000 polls (8 pollsters, 4 options, 365 days).",
            "kalman: milliseconds for the Kalman trend average over 365 days × 10 options (3,650 polls).",
            "sim: mayoral simulations per second (8 options, Supplementary Vote with transfers), one thread and all cores, and peak memory.",
            "full: full simulations per second (Mayor with transfers + 14 constituencies + 11 list seats, london-2028 inputs).",
            "report: seconds to render every chart and the report for london-2012."},
        footer = {"", "Examples:", "  pollcast bench ingest --polls 10000 --rounds 5", "  pollcast bench aggregate", "  pollcast bench kalman", "  pollcast bench sim --sims 10000000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: ingest, aggregate, kalman, sim, full or report.")
    String what;

    private static final int DEFAULT_POLLS = -1;

    @Option(names = "--polls", description = "Synthetic polls (default: 10,000 for ingest, 5,000 for aggregate, 3,650 for kalman).")
    int polls = DEFAULT_POLLS;

    @Option(names = "--rounds", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--election", description = "Election whose candidates the synthetic polls use (default: ${DEFAULT-VALUE}).")
    String election = "london-2008";

    @Option(names = "--seed", description = "Seed of the synthetic polls (default: ${DEFAULT-VALUE}).")
    long seed = 20260501L;

    @Override
    public Integer call() throws IOException {
        Election e = common.catalog().resolve(election);
        switch (what) {
            case "ingest" -> {
                return ingest(e);
            }
            case "aggregate" -> {
                return aggregate(e, AverageMethod.WEIGHTED, polls == DEFAULT_POLLS ? 5_000 : polls, 365, 4);
            }
            case "kalman" -> {
                return aggregate(e, AverageMethod.KALMAN, polls == DEFAULT_POLLS ? 3_650 : polls, 365, 10);
            }
            case "sim" -> {
                return simulate(e);
            }
            case "full" -> {
                return full();
            }
            case "report" -> {
                return report();
            }
            default -> throw new org.pollcast.BadInputException("bench: unknown benchmark '" + what
                    + "'; known: ingest, aggregate, kalman, sim, full, report");
        }
    }

    /**
     * Times {@link Aggregator#average} on seeded synthetic polls (house effects on), in process: warm-up, then
     * the median of {@code rounds × 20} runs.
     */
    private int aggregate(Election e, AverageMethod method, int count, int days, int options) {
        List<Poll> synthetic = SyntheticPolls.of(e, count, days, options, 8, seed);
        Contest contest = e.first(SingleWinnerContest.class).orElseThrow();
        AggregateSettings settings = AggregateSettings.withDefaults().withMethod(method);
        int runs = Math.max(1, rounds) * 20;
        double[] ms = new double[runs];
        PollAverage last = null;
        for (int r = -runs; r < runs; r++) {
            long t0 = System.nanoTime();
            last = Aggregator.average(e, contest, Scope.FIRST_PREF, synthetic, e.date(), settings, Map.of(), Map.of());
            long t1 = System.nanoTime();
            if (r >= 0) {
                ms[r] = (t1 - t0) / 1e6;
            }
        }
        java.util.Arrays.sort(ms);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s average with house effects: %,d synthetic polls, %d pollsters, %d options over %d days (seed %d), %s, %d cores%n",
                method.code(), count, 8, options, days, seed, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf("  median %.2f ms (min %.2f, p90 %.2f) over %d runs after %d warm-up runs; %d polls used, %d house effects%n",
                ms[runs / 2], ms[0], ms[(int) (runs * 0.9)], runs, runs, last.polls(), last.houseEffects().size());
        if (method == AverageMethod.KALMAN) {
            out.printf("  trend: %d days × %d options%n", last.trend().days(), last.trend().options().size());
        }
        return 0;
    }

    @Option(names = "--sims", description = "Simulations per timed run for 'sim' (default: ${DEFAULT-VALUE}).")
    long sims = 4_000_000;

    /**
     * Mayoral simulations per second: 8 options (7 candidates and others) under the Supplementary Vote with
     * Dirichlet transfers from the prior, one thread then all cores, and the process's peak resident memory.
     */
    private int simulate(Election e) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput input = benchInput(e, mayor);
        TransferTable table = TransferPrior.load(common.home().root().resolve("transfers/prior.yaml"))
                .table(input.options(), input.parties(), input.mean());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("mayoral simulation, %d options, supplementary vote with transfers, seed %d, %s, %d cores%n", input.size(), seed,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        timeSimulations(out, "simulations", 1_000_000, s -> MayorSimulator.run(e.id(), mayor.id(), input,
                VotingSystem.SUPPLEMENTARY_VOTE, table, s, Conditions.none(), null));
        return 0;
    }

    /**
     * Runs {@code simulate} once to warm up (at most {@code warmUpSims}), then {@code rounds} timed runs of {@code sims}, on
     * one thread and on every core; prints the median rate and the process's peak resident memory.
     */
    private void timeSimulations(PrintWriter out, String what, long warmUpSims, java.util.function.Consumer<SimulationSettings> simulate) {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            SimulationSettings s = SimulationSettings.withDefaults().withSims(sims).withSeed(seed).withThreads(threads);
            simulate.accept(s.withSims(Math.min(sims, warmUpSims)));
            double[] rate = new double[Math.max(1, rounds)];
            for (int r = 0; r < rate.length; r++) {
                long t0 = System.nanoTime();
                simulate.accept(s);
                rate[r] = sims / ((System.nanoTime() - t0) / 1e9);
            }
            java.util.Arrays.sort(rate);
            out.printf("  %d thread%s: median %,.0f %s/s (min %,.0f, max %,.0f) over %d runs of %,d%n", threads,
                    threads == 1 ? "" : "s", rate[rate.length / 2], what, rate[0], rate[rate.length - 1], rate.length, sims);
        }
        out.printf("  peak resident memory (VmHWM): %s%n", peakRss());
    }

    /**
     * The full model (Mayor with transfers, 14 constituencies, 11 list seats) on london-2028's real inputs:
     * the prior from the 2024 results, no polls needed.
     */
    private int full() {
        Election e = common.catalog().resolve("london-2028");
        SingleWinnerContest mayor = (SingleWinnerContest) e.contest("mayor").orElseThrow();
        ShareInput input = ForecastRunner.baselineInput(common, e, mayor, e.date().minusDays(30));
        var assembly = org.pollcast.simulate.AssemblyInputs.build(e, (org.pollcast.election.AdditionalMemberContest) e.contest("assembly").orElseThrow(),
                List.of(), e.date().minusDays(30), AggregateSettings.withDefaults(), Map.of(), input, common.home(), common.catalog(),
                common.aliases());
        TransferTable table = TransferPrior.load(common.home().root().resolve("transfers/prior.yaml"))
                .table(input.options(), input.parties(), input.mean());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("full model (london-2028 inputs): Mayor %d options with transfers + %d constituencies + %d list seats, seed %d, %s, %d cores%n",
                input.size(), assembly.constituencies().size(), assembly.listSeats(), seed,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        timeSimulations(out, "full simulations", 500_000, s -> MayorSimulator.run(e.id(), mayor.id(), input, mayor.system(), table,
                assembly, s, Conditions.none(), null));
        return 0;
    }

    /**
     * Rendering every chart (PNG and SVG) and the report for london-2012 a week before polling day, from a
     * forecast made once: the median time of writing the whole report folder.
     */
    private int report() throws IOException {
        Path dir = Files.createTempDirectory("pollcast-bench-report");
        try {
            CommonOptions c = new CommonOptions();
            c.db = dir.resolve("store.db");
            c.data = common.data;
            AggregateOptions aggregate = new AggregateOptions();
            aggregate.asOf = "2012-04-26";
            SimulationOptions sim = new SimulationOptions();
            PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
            var forecast = ForecastRunner.run(c, aggregate, sim, "london-2012", List.of(), quiet);
            var input = ReportInputs.gather(c, aggregate, c.catalog().resolve("london-2012"), forecast, null, java.time.Instant.now(), quiet);
            double[] seconds = new double[Math.max(1, rounds) + 1];
            int charts = 0;
            for (int r = 0; r < seconds.length; r++) {
                long t0 = System.nanoTime();
                charts = ReportCommand.write(c, input, dir.resolve("report")).size();
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            double[] measured = java.util.Arrays.copyOfRange(seconds, 1, seconds.length); // the first run warms up
            java.util.Arrays.sort(measured);
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "report for london-2012 (%d charts as PNG + SVG, index.html, forecast.json/csv): first run %.2f s; median %.2f s "
                            + "(min %.2f, max %.2f) over %d runs%n", charts, seconds[0], measured[measured.length / 2], measured[0],
                    measured[measured.length - 1], measured.length);
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Eight options shaped like a London mayoral race: two leaders, four minor candidates, others. */
    private static ShareInput benchInput(Election e, SingleWinnerContest mayor) {
        int n = Math.min(7, mayor.candidates().size());
        double[] shape = {41, 38, 8, 4, 3, 2, 1.5};
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<String> parties = new java.util.ArrayList<>();
        double[] mean = new double[n + 1];
        double[] se = new double[n + 1];
        double used = 0;
        for (int j = 0; j < n; j++) {
            ids.add(mayor.candidates().get(j).id());
            names.add(mayor.candidates().get(j).name());
            parties.add(mayor.candidates().get(j).party());
            mean[j] = shape[j];
            se[j] = 1;
            used += shape[j];
        }
        ids.add("other");
        names.add("Others");
        parties.add(null);
        mean[n] = 100 - used;
        se[n] = 0.5;
        return new ShareInput(e.id(), e.date().minusDays(14), 14, ids, names, parties, mean, se, true, "synthetic benchmark input");
    }

    /** VmHWM from /proc/self/status (Linux), else the JVM's own figure. */
    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() / 1024) + " kB JVM heap (no /proc)";
    }

    private int ingest(Election e) throws IOException {
        int polls = this.polls == DEFAULT_POLLS ? 10_000 : this.polls;
        Path dir = Files.createTempDirectory("pollcast-bench");
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path file = dir.resolve("synthetic.csv");
            Files.writeString(file, syntheticWideCsv(e, polls, seed), StandardCharsets.UTF_8);
            Ingester ingester = new Ingester(common.catalog(), common.aliases(), Clock.systemDefaultZone());
            IngestSettings settings = IngestSettings.withDefaults().withElection(e);
            double[] fresh = new double[rounds];
            double[] again = new double[rounds];
            for (int r = -1; r < rounds; r++) {
                Path db = dir.resolve("bench-" + (r + 1) + ".db");
                try (PollStore store = PollStore.open(db)) {
                    long t0 = System.nanoTime();
                    IngestReport first = ingester.ingest(file.toString(), store, settings);
                    long t1 = System.nanoTime();
                    IngestReport second = ingester.ingest(file.toString(), store, settings);
                    long t2 = System.nanoTime();
                    if (first.added() != polls || second.duplicates() != polls) {
                        throw new IllegalStateException("benchmark ingest lost polls: " + first.summary() + " / " + second.summary());
                    }
                    if (r >= 0) {
                        fresh[r] = polls / ((t1 - t0) / 1e9);
                        again[r] = polls / ((t2 - t1) / 1e9);
                    }
                }
            }
            Arrays.sort(fresh);
            Arrays.sort(again);
            out.printf("ingest of %,d polls (wide CSV, %s, seed %d), %d rounds after 1 warm-up, %s, %d cores%n", polls,
                    e.id(), seed, rounds, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            out.printf("  new polls:       median %,.0f polls/s (min %,.0f, max %,.0f)%n", fresh[rounds / 2], fresh[0], fresh[rounds - 1]);
            out.printf("  re-ingest (dup): median %,.0f polls/s (min %,.0f, max %,.0f)%n", again[rounds / 2], again[0], again[rounds - 1]);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    /** Synthetic polls with distinct keys (pollster, client, date), realistic shares summing to 100. */
    static String syntheticWideCsv(Election e, int n, long seed) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class)
                .orElseThrow(() -> new org.pollcast.BadInputException(e.id() + ": no single-winner contest to benchmark"));
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        String[] pollsters = {"YouGov", "Ipsos MORI", "ICM", "ComRes", "Survation", "Opinium", "Populus", "MRUK"};
        int k = Math.min(4, mayor.candidates().size());
        StringBuilder csv = new StringBuilder("pollster,client,fieldwork_start,fieldwork_end,sample_size,scope");
        for (int j = 0; j < k; j++) {
            csv.append(',').append(mayor.candidates().get(j).id());
        }
        csv.append(",other\n");
        double[] w = new double[k + 1];
        for (int i = 0; i < n; i++) {
            java.time.LocalDate end = e.date().minusDays(1 + rng.nextInt(300));
            csv.append(pollsters[rng.nextInt(pollsters.length)]).append(",Bench client ").append(i).append(',')
                    .append(end.minusDays(2)).append(',').append(end).append(',').append(500 + rng.nextInt(1500)).append(",first_pref");
            double sum = 0;
            for (int j = 0; j <= k; j++) {
                w[j] = (j < 2 ? 40 : 8) * (0.8 + 0.4 * rng.nextDouble());
                sum += w[j];
            }
            for (int j = 0; j <= k; j++) {
                csv.append(',').append(Math.round(1000 * w[j] / sum) / 10.0);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
