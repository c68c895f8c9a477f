package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.pipeline.Live;
import org.pollcast.pipeline.LiveReplay;
import org.pollcast.pipeline.LiveRequest;
import org.pollcast.pipeline.ReplayRequest;
import org.pollcast.pipeline.Workspace;
import org.pollcast.report.AssemblyTables;
import org.pollcast.report.Json;
import org.pollcast.report.LiveJson;
import org.pollcast.report.LiveTables;
import org.pollcast.report.ReplayTables;
import org.pollcast.report.Tables;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "live",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Election night: the pre-election forecast updated with the constituencies (or a place's counting areas) "
                    + "declared so far. Declared figures are fixed; their swing from the baseline moves the whole "
                    + "area's and, more, similar constituencies'. Prints percentile bands (5/25/50/75/95), each candidate's chance in words and "
                    + "the share of the expected vote counted. --replay scores the model on past elections' results "
                    + "declared in random orders, beside a plain uniform-swing projection.",
            "FILE: constituency,candidate,votes, optionally counted (percent of ballots counted so far) and round "
                    + "(1, or 2_transfers for second preferences counted for a finalist); see docs/election-night.md.",
            "--declared-assembly FILE: constituency,party,votes (optionally year, candidate), the layout of "
                    + "data/results/london_assembly_constituency_results.csv.",
            "An election whose only contest is additional-member (no Mayor) is followed by its list vote: FILE holds "
                    + "each constituency's list votes (constituency,party,votes), and the seats are projected from "
                    + "the list vote with or without --declared-assembly. A body of constituencies only (listSeats: "
                    + "0) is followed by its vote, and each constituency declared in full in FILE fixes its seat.",
        },
        footer = {
            "",
            "Examples:",
            "  pollcast live london-2028 --declared night.csv",
            "  pollcast live london-2021 --declared night.csv --format json --draws draws.csv",
            "  pollcast live london-2028 --declared night.csv --declared-assembly assembly.csv",
            "  pollcast live parliament-2026.yaml --declared list-votes.csv --declared-assembly constituencies.csv",
            "  pollcast live --replay london-2021 --orders 200"
        })
final class LiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "ELECTION",
            description = "An election id or a definition file.")
    String electionArg;

    @Option(names = "--declared", paramLabel = "FILE", description = "The declarations so far (CSV).")
    Path declared;

    @Option(
            names = "--declared-assembly",
            paramLabel = "FILE",
            description = "The Assembly constituency declarations so far (CSV: constituency,party,votes); with it the"
                    + " Assembly is projected, declared seats fixed and list seats simulated.")
    Path declaredAssembly;

    @Option(names = "--replay", paramLabel = "ELECTION", description = "Replay this past election's declarations.")
    String replay;

    @Option(names = "--orders", paramLabel = "N", description = "Random declaration orders to replay (default: 100).")
    int orders = 100;

    @Option(
            names = "--sims",
            paramLabel = "N",
            description = "Simulations (default: 100,000; 4,000 per replayed step).")
    Long sims;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed.")
    long seed = SimulationSettings.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (the numbers do not depend on it).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--draws", paramLabel = "FILE", description = "Write the first simulations' draws here as CSV.")
    Path draws;

    @Option(names = "--draws-count", paramLabel = "N", description = "How many draws --draws writes (default 1,000).")
    int drawsCount = 1000;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        Workspace ws = common.workspace(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (replay != null) {
            if (electionArg != null || declared != null || declaredAssembly != null) {
                throw new ParameterException(spec.commandLine(), "--replay takes its election itself, without FILE");
            }
            var result =
                    LiveReplay.run(ws, new ReplayRequest(replay, orders, sims == null ? 4000 : sims, seed, threads));
            switch (format) {
                case TABLE -> ReplayTables.print(result, out);
                case JSON -> out.println(Json.write(result));
                case CSV -> out.print(Tables.csv(ReplayTables.table(result)));
            }
            return 0;
        }
        if (electionArg == null) {
            throw new ParameterException(spec.commandLine(), "give an ELECTION (or --replay ELECTION)");
        }
        OutFile.requireNotFolder(draws, "--draws", "draws.csv");
        OutFile.requireOurs(draws, "--draws", "a file of draws", head -> head.startsWith("draw,winner"));
        LiveForecast f = Live.run(
                ws,
                new LiveRequest(
                        electionArg,
                        declared,
                        sims == null ? 100_000 : sims,
                        seed,
                        threads,
                        draws,
                        drawsCount,
                        declaredAssembly));
        switch (format) {
            case TABLE -> {
                Election election = ws.catalog().resolve(electionArg);
                LiveTables.print(
                        f,
                        Live.countUnits(ws, electionArg),
                        election.leadVote().orElse(null),
                        election.first(AdditionalMemberContest.class),
                        out);
            }
            case JSON -> out.println(LiveJson.write(f));
            case CSV -> {
                out.print(Tables.csv(LiveTables.candidates(f)));
                if (f.assembly() != null) {
                    // forecast's Assembly table, after a blank line: two tables in one stream.
                    out.println();
                    out.print(Tables.csv(AssemblyTables.parties(
                            f.assembly().forecast(),
                            ws.catalog().resolve(electionArg).first(AdditionalMemberContest.class))));
                }
            }
        }
        if (draws != null) {
            spec.commandLine()
                    .getErr()
                    .println("wrote the first " + Math.min(drawsCount, f.sims()) + " draws to " + draws);
        }
        return 0;
    }
}
