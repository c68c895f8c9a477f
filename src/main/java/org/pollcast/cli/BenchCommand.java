package org.pollcast.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.pollcast.pipeline.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures pollcast's own speed on seeded synthetic polls.",
            "ingest: polls per second for a wide CSV of N polls ingested into a fresh store, then again (all duplicates).",
            "aggregate: milliseconds for the weighted average with house effects over 5,000 polls (8 pollsters, 4 options, 365 days).",
            "kalman: milliseconds for the Kalman trend average over 365 days × 10 options (3,650 polls).",
            "sim: mayoral simulations per second (8 options, Supplementary Vote with transfers; then counted by instant-runoff, then in two rounds), one thread and all cores, and peak memory.",
            "full: full simulations per second (Mayor with transfers + 14 constituencies + 11 list seats, london-2028 inputs).",
            "report: seconds to render every chart and the report for london-2012."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast bench ingest --polls 10000 --rounds 5",
            "  pollcast bench aggregate",
            "  pollcast bench kalman",
            "  pollcast bench sim --sims 10000000"
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(
            index = "0",
            paramLabel = "WHAT",
            description = "What to measure: ingest, aggregate, kalman, sim, full or report.")
    String what;

    @Option(
            names = "--polls",
            description = "Synthetic polls (default: 10,000 for ingest, 5,000 for aggregate, 3,650 for kalman).")
    int polls = Bench.DEFAULT_POLLS;

    @Option(names = "--rounds", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(
            names = "--election",
            description = "Election whose candidates the synthetic polls use (default: ${DEFAULT-VALUE}).")
    String election = "london-2008";

    @Option(names = "--seed", description = "Seed of the synthetic polls (default: ${DEFAULT-VALUE}).")
    long seed = 20260501L;

    @Option(
            names = "--sims",
            description = "Simulations per timed run for 'sim' and 'full' (default: ${DEFAULT-VALUE}).")
    long sims = 4_000_000;

    @Override
    public Integer call() throws IOException {
        spec.commandLine()
                .getOut()
                .print(new Bench(common.workspace(spec.commandLine().getErr()), polls, rounds, seed, sims)
                        .run(what, election));
        return 0;
    }
}
