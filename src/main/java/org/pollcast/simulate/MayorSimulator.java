package org.pollcast.simulate;

import java.util.Comparator;
import java.util.function.LongConsumer;
import org.pollcast.election.CountRules;
import org.pollcast.election.TransferTable;

/**
 * Simulates a single-winner contest, and the Assembly with it, many times. Each simulation draws first
 * preferences from the {@link ErrorModel}, then counts them with the election package's own counts
 * ({@link MayorCount}): first past the post; the Supplementary Vote (over half wins outright, else the top two
 * go on and each eliminated option's ballots split between them and exhaustion by a Dirichlet draw centred on
 * the transfer table, {@code Dirichlet(κ·(T_iA, T_iB, 1 − T_iA − T_iB))}, drawn only for the options
 * eliminated, so transfers depend on the pair that reached the run-off); or instant-runoff (the table's
 * means, repeated eliminations). {@code other} can never win or reach a run-off: it stands for many small
 * candidates.
 *
 * <p>The work is split: {@link SimulationModel} precomputes, {@link BlockRunner} runs blocks on threads,
 * {@link SimulationWorker} runs one thread's simulations, {@link ForecastBuilder} and
 * {@link AssemblyForecastBuilder} freeze the tallies into forecasts. Simulations run in blocks of
 * {@link SimulationSettings#BLOCK}; block b draws from its own XoRoShiRo128++ stream seeded by SplitMix64 from
 * (seed, b), so any number of threads gives the same bytes.
 */
public final class MayorSimulator {
    public static final String GENERATOR =
            "commons-rng XO_RO_SHI_RO_128_PP; block b seeded with two SplitMix64 outputs "
                    + "from seed + (b + 1) * 0x9E3779B97F4A7C15";

    private MayorSimulator() {}

    /**
     * Runs the simulations of a contest counted by {@code rules}, and, when {@code assembly} is not null, the Assembly
     * in the same simulations, so joint questions (the mayor's party and its seats) come from one set of draws.
     * {@code progress} hears the number of simulations of each finished block (from any thread), or is null.
     */
    public static ElectionForecast run(
            String election,
            String contest,
            ShareInput input,
            CountRules rules,
            TransferTable table,
            RunoffSwing swing,
            AssemblyInput assembly,
            SimulationSettings settings,
            Conditions conditions,
            LongConsumer progress) {
        SimulationModel model = SimulationModel.of(input, rules, table, swing, settings, conditions, assembly);
        BlockRunner.Totals totals = BlockRunner.run(model, progress);
        MayorForecast mayor = ForecastBuilder.build(
                election,
                contest,
                rules.system(),
                input,
                settings,
                conditions,
                totals.mayor(),
                totals.firstPrefSums(),
                GENERATOR);
        AssemblyForecast assemblyForecast = assembly == null
                ? null
                : AssemblyForecastBuilder.build(assembly, totals.assembly(), totals.mayor().kept);
        return new ElectionForecast(mayor, assemblyForecast);
    }

    static Comparator<RunoffPair> byProbability() {
        return Comparator.comparingDouble(RunoffPair::p).reversed();
    }
}
