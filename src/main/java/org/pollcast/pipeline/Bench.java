package org.pollcast.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollStore;

/**
 * pollcast's own benchmarks, on seeded synthetic polls and the bundled elections: ingest, the average, the
 * Kalman trend, the simulator (Mayor alone and the full London model) and the report. Each returns the lines
 * it measured; {@code pollcast bench} prints them.
 */
public final class Bench {
    /** A count not given: each benchmark takes its own default. */
    public static final int DEFAULT_POLLS = -1;

    private final Workspace ws;
    private final int polls;
    private final int rounds;
    private final long seed;
    private final long sims;

    /**
     * @param polls  synthetic polls, or {@link #DEFAULT_POLLS}
     * @param rounds measured rounds after the warm-up
     * @param seed   seed of the synthetic polls and simulations
     * @param sims   simulations per timed run ('sim' and 'full')
     */
    public Bench(Workspace ws, int polls, int rounds, long seed, long sims) {
        this.ws = ws;
        this.polls = polls;
        this.rounds = Math.max(1, rounds);
        this.seed = seed;
        this.sims = sims;
    }

    /** Runs the benchmark {@code what} (ingest, aggregate, kalman, sim, full, report) on {@code election}'s candidates. */
    public String run(String what, String election) throws IOException {
        Election e = ws.catalog().resolve(election);
        return switch (what) {
            case "ingest" -> ingest(e);
            case "aggregate" -> aggregate(e, AverageMethod.WEIGHTED, polls == DEFAULT_POLLS ? 5_000 : polls, 365, 4);
            case "kalman" -> aggregate(e, AverageMethod.KALMAN, polls == DEFAULT_POLLS ? 3_650 : polls, 365, 10);
            case "sim" -> new SimulationBench(ws, rounds, seed, sims).mayor(e);
            case "full" -> new SimulationBench(ws, rounds, seed, sims).full();
            case "report" -> report();
            default ->
                throw new RequestException(
                        "what",
                        "unknown benchmark '" + what + "'; known: ingest, aggregate, kalman, sim, full, report");
        };
    }

    /**
     * Times {@link Aggregator#average} on seeded synthetic polls (house effects on), in process: warm-up, then
     * the median of {@code rounds × 20} runs.
     */
    private String aggregate(Election e, AverageMethod method, int count, int days, int options) {
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
        Arrays.sort(ms);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(
                "%s average with house effects: %,d synthetic polls, %d pollsters, %d options over %d days (seed %d), %s, %d cores%n",
                method.code(),
                count,
                8,
                options,
                days,
                seed,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf(
                "  median %.2f ms (min %.2f, p90 %.2f) over %d runs after %d warm-up runs; %d polls used, %d house effects%n",
                ms[runs / 2],
                ms[0],
                ms[(int) (runs * 0.9)],
                runs,
                runs,
                last.polls(),
                last.houseEffects().size());
        if (method == AverageMethod.KALMAN) {
            out.printf(
                    "  trend: %d days × %d options%n",
                    last.trend().days(), last.trend().options().size());
        }
        out.flush();
        return text.toString();
    }

    /**
     * Rendering every chart (PNG, wide and phone-sized) and the report for london-2012 a week before polling day,
     * from a forecast and its explanations made once: the median time of writing the whole report folder.
     */
    private String report() throws IOException {
        Path dir = Files.createTempDirectory("pollcast-bench-report");
        try {
            Workspace c = new Workspace(ws.home(), dir.resolve("store.db"), ws.extraAliases(), line -> {});
            ForecastRequest request = ForecastRequest.of("london-2012", LocalDate.parse("2012-04-26"));
            ForecastOutcome forecast = Forecasts.run(c, request);
            var input = ReportInputs.gather(c, forecast, request.averaging(), null, Instant.now());
            double[] seconds = new double[Math.max(1, rounds) + 1];
            int charts = 0;
            for (int r = 0; r < seconds.length; r++) {
                long t0 = System.nanoTime();
                charts = Reports.write(c, input, dir.resolve("report")).size();
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            double[] measured = Arrays.copyOfRange(seconds, 1, seconds.length); // the first run warms up
            Arrays.sort(measured);
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            out.printf(
                    Locale.ROOT,
                    "report for london-2012 (%d charts as PNG, wide and phone, index.html, forecast.json/csv, per-contest CSV): first run %.2f s; median %.2f s "
                            + "(min %.2f, max %.2f) over %d runs%n",
                    charts,
                    seconds[0],
                    measured[measured.length / 2],
                    measured[0],
                    measured[measured.length - 1],
                    measured.length);
            out.flush();
            return text.toString();
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** VmHWM from /proc/self/status (Linux), else the JVM's own figure. */
    public static String peakRss() {
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

    private String ingest(Election e) throws IOException {
        int polls = this.polls == DEFAULT_POLLS ? 10_000 : this.polls;
        Path dir = Files.createTempDirectory("pollcast-bench");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        try {
            Path file = dir.resolve("synthetic.csv");
            Files.writeString(file, syntheticWideCsv(e, polls, seed), StandardCharsets.UTF_8);
            Ingester ingester = ws.ingester();
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
                        throw new IllegalStateException(
                                "benchmark ingest lost polls: " + first.summary() + " / " + second.summary());
                    }
                    if (r >= 0) {
                        fresh[r] = polls / ((t1 - t0) / 1e9);
                        again[r] = polls / ((t2 - t1) / 1e9);
                    }
                }
            }
            Arrays.sort(fresh);
            Arrays.sort(again);
            out.printf(
                    "ingest of %,d polls (wide CSV, %s, seed %d), %d rounds after 1 warm-up, %s, %d cores%n",
                    polls,
                    e.id(),
                    seed,
                    rounds,
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            out.printf(
                    "  new polls:       median %,.0f polls/s (min %,.0f, max %,.0f)%n",
                    fresh[rounds / 2], fresh[0], fresh[rounds - 1]);
            out.printf(
                    "  re-ingest (dup): median %,.0f polls/s (min %,.0f, max %,.0f)%n",
                    again[rounds / 2], again[0], again[rounds - 1]);
        } finally {
            deleteTree(dir);
        }
        out.flush();
        return text.toString();
    }

    /** Synthetic polls with distinct keys (pollster, client, date), realistic shares summing to 100. */
    public static String syntheticWideCsv(Election e, int n, long seed) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class)
                .orElseThrow(() -> new BadInputException(e.id() + ": no single-winner contest to benchmark"));
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        String[] pollsters = {"YouGov", "Ipsos", "ICM", "ComRes", "Survation", "Opinium", "Populus", "MRUK"};
        int k = Math.min(4, mayor.candidates().size());
        StringBuilder csv = new StringBuilder("pollster,client,fieldwork_start,fieldwork_end,sample_size,scope");
        for (int j = 0; j < k; j++) {
            csv.append(',').append(mayor.candidates().get(j).id());
        }
        csv.append(",other\n");
        double[] w = new double[k + 1];
        for (int i = 0; i < n; i++) {
            LocalDate end = e.date().minusDays(1 + rng.nextInt(300));
            csv.append(pollsters[rng.nextInt(pollsters.length)])
                    .append(",Bench client ")
                    .append(i)
                    .append(',')
                    .append(end.minusDays(2))
                    .append(',')
                    .append(end)
                    .append(',')
                    .append(500 + rng.nextInt(1500))
                    .append(",first_pref");
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
