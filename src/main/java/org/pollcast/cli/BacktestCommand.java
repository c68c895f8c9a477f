package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.BlocScore;
import org.pollcast.election.Election;
import org.pollcast.pipeline.BacktestRunner;
import org.pollcast.pipeline.Calibration;
import org.pollcast.pipeline.Workspace;
import org.pollcast.report.BacktestCharts;
import org.pollcast.report.BacktestJson;
import org.pollcast.report.BacktestTables;
import org.pollcast.report.CalibrationText;
import org.pollcast.report.ReportWriter;
import org.pollcast.report.Tables;
import org.pollcast.simulate.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Forecasts past elections as of N days before polling day, with only the polls public by then and "
                    + "the baseline's results, and scores the model against the result beside two baselines (the naive mean of "
                    + "the last week's polls, and the last poll alone): first-preference MAE (candidates with 5%%+), lead error, "
                    + "final-round error, Brier score and log loss of the win probability, 50%%/90%% interval coverage, and "
                    + "Assembly seat error. A two-round election's second round is scored too, N days before its own "
                    + "day, from the pair's polls (the winner's interval alone: the loser's is its mirror). Elections "
                    + "with an incomplete result are skipped, and said so.",
            "--calibrate: chooses the polling error, drift and transfer concentration by leave-one-election-out log score"
                    + " (on first rounds)."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast backtest",
            "  pollcast backtest london-2008 london-2012 --days-before 7,30 --format csv",
            "  pollcast backtest --calibrate --sims 20000"
        })
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "ELECTION", description = "Elections (default: every one with a result).")
    List<String> electionArgs = new ArrayList<>();

    @Option(
            names = "--days-before",
            split = ",",
            paramLabel = "D",
            description = "Horizons in days (default: 1,7,14,30).")
    List<Integer> horizons = new ArrayList<>(List.of(1, 7, 14, 30));

    @Option(
            names = "--sims",
            paramLabel = "N",
            description = "Simulations per forecast (default: 100,000; 20,000 with --calibrate).")
    Long sims;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the forecast's).")
    long seed = SimulationSettings.DEFAULT_SEED;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Option(
            names = "--charts",
            paramLabel = "DIR",
            description = "Where the calibration and error charts go (default: reports/backtest).")
    Path charts = Path.of("reports", "backtest");

    @Option(names = "--calibrate", description = "Search the error scales by leave-one-election-out log score.")
    boolean calibrate;

    @Override
    public Integer call() throws IOException {
        for (int h : horizons) {
            if (h < 0 || h > 3650) {
                throw new BadInputException("--days-before: " + h + " is not a number of days from 0 to 3650");
            }
        }
        // A horizon or an election named twice is forecast and scored once: twice, its rows counted double in the
        // summary and the verdict.
        horizons = horizons.stream().distinct().toList();
        List<Election> elections = electionArgs.isEmpty() ? common.catalog().all() : named();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = common.workspace(err);
        if (calibrate) {
            CalibrationText.print(Calibration.run(ws, elections, horizons, sims == null ? 20_000 : sims, seed), out);
            return 0;
        }
        if (format == OutputFormat.TABLE) {
            // The charts' folder is refused before the forecasts, not after them.
            ReportWriter.checkReplaceable(charts);
        }
        long t0 = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        List<BlocScore> blocs = new ArrayList<>();
        List<BacktestRow> rows = BacktestRunner.run(
                ws,
                elections,
                horizons,
                sims == null ? 100_000 : sims,
                seed,
                BacktestRunner.Scales.defaults(),
                true,
                skipped,
                blocs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        switch (format) {
            case TABLE -> {
                out.print(Tables.text(BacktestTables.table(rows)));
                String note = BacktestTables.baselineNote(rows);
                if (!note.isEmpty()) {
                    out.println(note);
                }
                out.println();
                tech.tablesaw.api.Table summary = BacktestTables.summary(rows);
                if (summary.rowCount() > 0) {
                    // With no forecast from polls there is nothing to compare by method; the verdict says so.
                    out.print(Tables.text(summary));
                }
                out.println(BacktestTables.verdict(rows, BacktestTables.errorNames(elections)));
                if (!blocs.isEmpty()) {
                    out.println();
                    out.print(Tables.text(BacktestTables.blocs(blocs)));
                    out.println(BacktestTables.blocsSummary(blocs));
                }
                skipped.forEach(s -> out.println("skipped: " + s));
                Path written = BacktestCharts.charts(rows, charts);
                long forecasts =
                        rows.stream().filter(r -> r.method().equals("model")).count();
                out.printf(
                        Locale.ROOT,
                        "%s in %.1f s; %s%n",
                        Counted.of(forecasts, "forecast", "forecasts"),
                        seconds,
                        written == null ? "no charts" : "charts in " + written);
            }
            case CSV -> {
                out.print(Tables.csv(BacktestTables.table(rows)));
                // On standard error, as the table prints it: an election asked for and left out is not dropped
                // without a word (a Romanian kit's 2024, its result incomplete), and the CSV stays a table.
                skipped.forEach(s -> err.println("note: skipped: " + s));
            }
            case JSON -> out.println(BacktestJson.write(rows, skipped));
        }
        // An election whose definition or results could not be forecast is a fault to fix: the others are scored and
        // printed, and the run fails, so that a nightly or CI job does not read it as a success (review: a typo in a
        // results file exited 0 with nothing scored).
        long failed = BacktestRunner.notForecast(skipped);
        if (failed > 0) {
            err.println("pollcast: " + Counted.of(failed, "election", "elections")
                    + " could not be forecast for a fault"
                    + " in " + (failed == 1 ? "its" : "their") + " data (the skipped lines say which): fix it, or"
                    + " name the other elections");
            return 2;
        }
        return 0;
    }

    /**
     * The elections named, each once. Two definitions of one id (a copy edited beside the bundled file) are refused:
     * their rows would carry one id, and the second was dropped without a word.
     */
    private List<Election> named() {
        Map<String, Election> byId = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (String arg : electionArgs) {
            Election e = common.catalog().resolve(arg);
            Election before = byId.putIfAbsent(e.id(), e);
            if (before != null && !before.equals(e)) {
                throw new BadInputException("'" + from.get(e.id()) + "' and '" + arg + "' are two different definitions"
                        + " of " + e.id() + ": give the copy an id of its own to backtest both");
            }
            from.putIfAbsent(e.id(), arg);
        }
        return List.copyOf(byId.values());
    }
}
