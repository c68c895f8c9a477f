package org.pollcast.simulate;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

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
     * Runs the simulations; {@code progress} hears the number of simulations of each finished block (from any
     * thread), or is null.
     */
    public static MayorForecast run(
            String election,
            String contest,
            ShareInput input,
            VotingSystem system,
            TransferTable table,
            SimulationSettings settings,
            Conditions conditions,
            LongConsumer progress) {
        return run(election, contest, input, system, table, null, settings, conditions, progress)
                .mayor();
    }

    /**
     * Runs the Mayor and, when {@code assembly} is not null, the Assembly in the same simulations, so joint
     * questions (the mayor's party and its seats) come from one set of draws.
     */
    public static ElectionForecast run(
            String election,
            String contest,
            ShareInput input,
            VotingSystem system,
            TransferTable table,
            AssemblyInput assembly,
            SimulationSettings settings,
            Conditions conditions,
            LongConsumer progress) {
        return run(election, contest, input, system, table, assembly, settings, conditions, progress, List.of());
    }

    /** As above, a two-round contest's leader elected outright by {@code outright} (empty: over half). */
    public static ElectionForecast run(
            String election,
            String contest,
            ShareInput input,
            VotingSystem system,
            TransferTable table,
            AssemblyInput assembly,
            SimulationSettings settings,
            Conditions conditions,
            LongConsumer progress,
            List<OutrightRule> outright) {
        SimulationModel model = SimulationModel.of(input, system, table, settings, conditions, assembly, outright);
        BlockRunner.Totals totals = BlockRunner.run(model, progress);
        MayorForecast mayor = ForecastBuilder.build(
                election,
                contest,
                system,
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
