package org.pollcast.pipeline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.CountRules;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.Conditions;
import org.pollcast.simulate.MayorSimulator;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * The simulator's benchmarks: mayoral simulations per second (8 options, Supplementary Vote with transfers, then the
 * same counted by instant-runoff and in two rounds)
 * and the full London model (Mayor, 14 constituencies, 11 list seats), on one thread and on every core.
 */
final class SimulationBench {
    private final Workspace ws;
    private final int rounds;
    private final long seed;
    private final long sims;

    SimulationBench(Workspace ws, int rounds, long seed, long sims) {
        this.ws = ws;
        this.rounds = rounds;
        this.seed = seed;
        this.sims = sims;
    }

    /**
     * Mayoral simulations per second: 8 options (7 candidates and others) under the Supplementary Vote with
     * Dirichlet transfers from the prior, then the same under instant-runoff, one thread then all cores, and the
     * process's peak resident memory.
     */
    String mayor(Election e) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput input = benchInput(e, mayor);
        TransferTable table = ws.transferPrior().table(input.options(), input.parties(), input.mean());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(
                "mayoral simulation, %d options, supplementary vote with transfers, seed %d, %s, %d cores%n",
                input.size(),
                seed,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        timeCount(out, e, mayor, input, table, VotingSystem.SUPPLEMENTARY_VOTE, RunoffSwing.none());
        // The same options counted by instant-runoff: each elimination draws its row of transfers.
        out.printf("the same, counted by instant-runoff with transfers drawn for each elimination%n");
        timeCount(out, e, mayor, input, table, VotingSystem.INSTANT_RUNOFF, RunoffSwing.none());
        // Two rounds: the second round's common lean (RunoffSwing) is one more draw a simulation, and the lean of each
        // eliminated option between the finalists is worked out once a count.
        TransferPrior prior = ws.transferPrior();
        double swing = prior.secondRoundSwing();
        out.printf("the same, counted in two rounds with the second round's common lean (sd %.1f)%n", swing);
        timeCount(
                out,
                e,
                mayor,
                input,
                table,
                VotingSystem.TWO_ROUND,
                RunoffSwing.uniform(input.size(), swing, prior.secondRoundLean(), prior.secondRoundReturn()));
        out.flush();
        return text.toString();
    }

    /** One timed run of the mayoral options counted by {@code system}, with no Assembly. */
    private void timeCount(
            PrintWriter out,
            Election e,
            SingleWinnerContest mayor,
            ShareInput input,
            TransferTable table,
            VotingSystem system,
            RunoffSwing swing) {
        timeSimulations(
                out,
                "simulations",
                1_000_000,
                s -> MayorSimulator.run(
                                e.id(),
                                mayor.id(),
                                input,
                                CountRules.of(system),
                                table,
                                swing,
                                null,
                                s,
                                Conditions.none(),
                                null)
                        .mayor());
    }

    /**
     * Runs {@code simulate} once to warm up (at most {@code warmUpSims}), then {@code rounds} timed runs of {@code sims}, on
     * one thread and on every core; prints the median rate and the process's peak resident memory.
     */
    private void timeSimulations(
            PrintWriter out, String what, long warmUpSims, java.util.function.Consumer<SimulationSettings> simulate) {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            SimulationSettings s = SimulationSettings.withDefaults()
                    .withSims(sims)
                    .withSeed(seed)
                    .withThreads(threads);
            simulate.accept(s.withSims(Math.min(sims, warmUpSims)));
            double[] rate = new double[Math.max(1, rounds)];
            for (int r = 0; r < rate.length; r++) {
                long t0 = System.nanoTime();
                simulate.accept(s);
                rate[r] = sims / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(rate);
            out.printf(
                    "  %d thread%s: median %,.0f %s/s (min %,.0f, max %,.0f) over %d runs of %,d%n",
                    threads,
                    threads == 1 ? "" : "s",
                    rate[rate.length / 2],
                    what,
                    rate[0],
                    rate[rate.length - 1],
                    rate.length,
                    sims);
        }
        out.printf("  peak resident memory (VmHWM): %s%n", Bench.peakRss());
    }

    /**
     * The full model (Mayor with transfers, 14 constituencies, 11 list seats) on london-2028's real inputs:
     * the prior from the 2024 results, no polls needed.
     */
    String full() {
        Election e = ws.catalog().resolve("london-2028");
        SingleWinnerContest mayor = (SingleWinnerContest) e.contest("mayor").orElseThrow();
        ShareInput input = Forecasts.baselineInput(ws, e, mayor, e.date().minusDays(30));
        var assembly = AssemblyInputs.build(
                e,
                (AdditionalMemberContest) e.contest("assembly").orElseThrow(),
                List.of(),
                e.date().minusDays(30),
                AggregateSettings.withDefaults(),
                Map.of(),
                input,
                ws);
        TransferTable table = ws.transferPrior().table(input.options(), input.parties(), input.mean());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(
                "full model (london-2028 inputs): Mayor %d options with transfers + %d constituencies + %d list seats, seed %d, %s, %d cores%n",
                input.size(),
                assembly.constituencies().size(),
                assembly.listSeats(),
                seed,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        timeSimulations(
                out,
                "full simulations",
                500_000,
                s -> MayorSimulator.run(
                        e.id(),
                        mayor.id(),
                        input,
                        mayor.countRules(),
                        table,
                        RunoffSwing.none(),
                        assembly,
                        s,
                        Conditions.none(),
                        null));
        out.flush();
        return text.toString();
    }

    /** Eight options shaped like a London mayoral race: two leaders, four minor candidates, others. */
    private static ShareInput benchInput(Election e, SingleWinnerContest mayor) {
        int n = Math.min(7, mayor.candidates().size());
        double[] shape = {41, 38, 8, 4, 3, 2, 1.5};
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> parties = new ArrayList<>();
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
        return new ShareInput(
                e.id(), e.date().minusDays(14), 14, ids, names, parties, mean, se, true, "synthetic benchmark input");
    }
}
