package org.pollcast.simulate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pollcast.election.CountRules;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.TransferPriorReader;

/**
 * JMH benchmark of the simulation's inner loop: one block of 65,536 mayoral simulations on one thread (8
 * options, Supplementary Vote, Dirichlet transfers from the prior). Not a test; run it with
 * {@code docs/benchmarks.md}'s command. Divide 65,536 by the score (µs) for simulations per microsecond.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MayorSimulationBenchmark {
    private ShareInput input;
    private TransferTable table;
    private SimulationSettings settings;
    private long seed;

    @Setup
    public void setUp() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "other");
        List<String> parties = Arrays.asList("lab", "con", "ld", "grn", "reform", "ukip", null, null);
        double[] mean = {41, 38, 8, 4, 3, 2, 1.5, 2.5};
        double[] se = {1, 1, 1, 1, 1, 1, 1, 0.5};
        input = new ShareInput("bench", LocalDate.of(2030, 4, 20), 14, ids, ids, parties, mean, se, true, "benchmark");
        table = TransferPriorReader.load(Path.of("data/transfers/prior.yaml")).table(ids, parties, mean);
        settings = SimulationSettings.withDefaults()
                .withSims(SimulationSettings.BLOCK)
                .withThreads(1);
    }

    @Benchmark
    public MayorForecast oneBlockOneThread() {
        return MayorSimulator.run(
                        "bench",
                        "mayor",
                        input,
                        CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE),
                        table,
                        RunoffSwing.none(),
                        null,
                        settings.withSeed(seed++),
                        Conditions.none(),
                        null)
                .mayor();
    }
}
