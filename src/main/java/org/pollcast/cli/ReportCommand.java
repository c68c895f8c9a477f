package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pollcast.pipeline.NightReportRequest;
import org.pollcast.pipeline.NightReports;
import org.pollcast.pipeline.NightWatch;
import org.pollcast.pipeline.ReportRequest;
import org.pollcast.pipeline.ReportResult;
import org.pollcast.pipeline.Reports;
import org.pollcast.simulate.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Forecasts the election and writes a report folder: index.html (inline styles, no script, nothing from "
                    + "the network; each chart with alt text and its numbers in a table), charts/*.png, forecast.json, "
                    + "forecast.csv (every contest), data/*.csv (one per contest) and data/race.csv (how the race moved: "
                    + "the Mayor forecast again as of earlier dates from the polls known then). The previous report is "
                    + "replaced only when the new one is complete.",
            "As of a date before polling day of an election whose result is in data/results, the page also says how "
                    + "the forecast did (who won and the chance given, each candidate's share and the seats against "
                    + "the forecast's 90%% ranges), its numbers in data/result.csv.",
            "With --declared FILE: election night's page instead (default folder reports/<election>-night): the "
                    + "declared constituencies and the projection on the tile map, the projection's bands, and how it "
                    + "moved with each declaration (re-run on the first 1, 2, ... in file order); projection.csv and "
                    + "projection.json as live writes them. --sims, --seed and --threads apply; FILE as for live.",
            "With --declared-assembly FILE2 as well (as for live: constituency,party,votes): the page adds the "
                    + "Assembly: projected seats by party (declared constituency seats, the rest, list seats, 90%% "
                    + "ranges), the Assembly constituencies on the tile map, and data/assembly*.csv.",
            "An election without a Mayor (led by its list vote; FILE holds list votes by party, as for live) has a "
                    + "page of seats: the party likeliest to win the most, the seats, the constituencies on the tile "
                    + "map, the list vote's bands and how it moved (charts/night-list-vote.png, "
                    + "night-most-list-votes.png); the seats are projected with or without --declared-assembly. A body "
                    + "of constituencies only (listSeats: 0) has the same page for its vote (charts/night-vote.png, "
                    + "night-most-votes.png), each constituency declared in full in FILE fixing its seat."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast report london-2012 --as-of 2012-04-26",
            "  pollcast report london-2028 --out reports/london-2028",
            "  pollcast report london-2021 --declared night.csv",
            "  pollcast report london-2028 --declared night.csv --watch",
            "  pollcast report london-2028 --declared night.csv --declared-assembly assembly.csv"
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AggregateOptions aggregate;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    ElectionArgument electionArg;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: reports/<election>).")
    Path out;

    @Option(
            names = "--no-race-chart",
            description = "Leave out how the race moved (the Mayor forecast again as of up to 60 earlier dates, "
                    + "10,000 simulations each: a few seconds to a minute).")
    boolean noRaceChart;

    @Option(
            names = "--declared",
            paramLabel = "FILE",
            description = "Election night: the declarations so far (CSV, as for live), in the order they arrived.")
    Path declared;

    @Option(
            names = "--declared-assembly",
            paramLabel = "FILE",
            description = "With --declared: the Assembly constituency declarations so far (CSV, as for live); the "
                    + "page adds the Assembly's projection.")
    Path declaredAssembly;

    @Option(
            names = "--step-sims",
            paramLabel = "N",
            description = "With --declared: simulations of each earlier step (default: 4,000).")
    Long stepSims;

    @Option(
            names = "--watch",
            description = "With --declared: stay running and write the page again each time the declarations files"
                    + " change, until every area is declared and the count decides the winner (at most 24 hours). A"
                    + " file refused is reported and the last page kept.")
    boolean watch;

    @Option(
            names = "--every",
            paramLabel = "SECONDS",
            description = "With --watch: seconds between looks at the files (default: 10).")
    Integer every;

    @Override
    public Integer call() {
        if (every != null && !watch) {
            throw new ParameterException(spec.commandLine(), "--every goes with --watch");
        }
        if (watch) {
            if (declared == null) {
                throw new ParameterException(
                        spec.commandLine(), "--watch goes with --declared: it follows the night's declarations file");
            }
            int seconds = every == null ? 10 : every;
            if (seconds < 1 || seconds > 3600) {
                throw new ParameterException(
                        spec.commandLine(), "--every takes 1 to 3600 seconds between looks, not " + seconds);
            }
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter e = spec.commandLine().getErr();
            NightWatch.End end = NightWatch.watch(
                    common.workspace(e),
                    nightRequest(),
                    Duration.ofSeconds(seconds),
                    line -> {
                        o.println(line);
                        o.flush();
                    },
                    line -> {
                        e.println("pollcast: " + line);
                        e.flush();
                    });
            return end == NightWatch.End.INTERRUPTED ? 130 : 0;
        }
        if (declared == null && stepSims != null) {
            throw new ParameterException(spec.commandLine(), "--step-sims goes with --declared");
        }
        if (declared == null && declaredAssembly != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--declared-assembly goes with --declared: the night's page starts from the Mayor's declarations");
        }
        ReportResult r = declared != null
                ? NightReports.write(common.workspace(spec.commandLine().getErr()), nightRequest())
                : Reports.write(
                        common.workspace(spec.commandLine().getErr()),
                        new ReportRequest(
                                simulation.request(electionArg.get(), aggregate, List.of(), List.of()),
                                out,
                                !noRaceChart));
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Wrote %s (%d charts, %,d simulations): forecast %.1f s, report %.1f s%s%n",
                        r.folder().resolve("index.html"),
                        r.charts(),
                        r.sims(),
                        r.forecastSeconds(),
                        r.reportSeconds(),
                        r.raceSeconds() > 0
                                ? String.format(
                                        Locale.ROOT,
                                        " (how the race moved: %.1f s; --no-race-chart leaves it out)",
                                        r.raceSeconds())
                                : "");
        return 0;
    }

    /** The night's page takes the simulation's size, seed and threads; the polls and error settings are live's. */
    private NightReportRequest nightRequest() {
        if (aggregate.asOf != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--as-of does not go with --declared: the night starts from the final forecast");
        }
        // The night's model has its own averaging and error settings; an option it would not use is an error,
        // never silently ignored.
        Set<String> night = Set.of(
                "--declared",
                "--watch",
                "--every",
                "--declared-assembly",
                "--step-sims",
                "--sims",
                "--seed",
                "--threads",
                "--out",
                "--db",
                "--data",
                "--aliases");
        List<String> unused = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName())
                .filter(n -> !night.contains(n))
                .distinct()
                .toList();
        if (!unused.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    String.join(", ", unused) + " does not go with --declared: the night's page takes only --sims, "
                            + "--step-sims, --seed, --threads, --out, --watch, --every and --declared-assembly");
        }
        SimulationSettings s = simulation.settings();
        return new NightReportRequest(
                electionArg.get(),
                declared,
                simulation.sims == null ? 100_000 : s.sims(),
                stepSims == null ? NightReportRequest.STEP_SIMS : stepSims,
                s.seed(),
                s.threads(),
                out,
                declaredAssembly);
    }
}
