package org.pollcast.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.pipeline.ReportRequest;
import org.pollcast.pipeline.ReportResult;
import org.pollcast.pipeline.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Forecasts the election and writes a report folder: index.html (inline styles, no script, nothing from "
                    + "the network; each chart with alt text and its numbers in a table), charts/*.png, forecast.json, "
                    + "forecast.csv (every contest) and data/*.csv (one per contest). The previous report is replaced only "
                    + "when the new one is complete."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast report london-2012 --as-of 2012-04-26",
            "  pollcast report london-2028 --out reports/london-2028"
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

    @Parameters(index = "0", paramLabel = "ELECTION", description = "An election id or a definition file.")
    String electionArg;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: reports/<election>).")
    Path out;

    @Override
    public Integer call() {
        ReportResult r = Reports.write(
                common.workspace(spec.commandLine().getErr()),
                new ReportRequest(simulation.request(electionArg, aggregate, List.of()), out));
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "Wrote %s (%d charts, %,d simulations): forecast %.1f s, report %.1f s%n",
                        r.folder().resolve("index.html"),
                        r.charts(),
                        r.sims(),
                        r.forecastSeconds(),
                        r.reportSeconds());
        return 0;
    }
}
