package org.pollcast.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.FolderNotOursException;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportInput;
import org.pollcast.report.ReportWriter;
import org.pollcast.simulate.ElectionForecast;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forecasts the election and writes a report folder: index.html (self-contained: inline styles, charts "
                + "as SVG beside it, nothing from the network), charts/*.png and *.svg, forecast.json and forecast.csv. The "
                + "previous report is replaced only when the new one is complete."},
        footer = {"", "Examples:", "  pollcast report london-2012 --as-of 2012-04-26", "  pollcast report london-2028 --out reports/london-2028"})
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
        long t0 = System.nanoTime();
        Election election = common.catalog().resolve(electionArg);
        Path dir = out != null ? out : Path.of("reports", election.id());
        ElectionForecast forecast = ForecastRunner.run(common, aggregate, simulation, electionArg, List.of(), spec.commandLine().getErr());
        long t1 = System.nanoTime();
        ReportInput input = ReportInputs.gather(common, aggregate, election, forecast, null, Instant.now(), spec.commandLine().getErr());
        List<ChartSpec> charts = write(common, input, dir);
        long t2 = System.nanoTime();
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Wrote %s (%d charts, %,d simulations): forecast %.1f s, report %.1f s%n",
                dir.resolve("index.html"), charts.size(), forecast.mayor().sims(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        return 0;
    }

    static List<ChartSpec> write(CommonOptions common, ReportInput input, Path dir) {
        try {
            return ReportWriter.write(input, Palette.load(common.home().root().resolve("palette.yaml")), dir,
                    ForecastJson.write(input.forecast()), Tables.csv(ForecastTables.candidates(input.forecast().mayor())));
        } catch (FolderNotOursException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot write the report: " + e.getMessage());
        }
    }
}
