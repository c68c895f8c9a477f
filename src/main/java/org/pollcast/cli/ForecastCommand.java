package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.report.AssemblyTables;
import org.pollcast.report.ForecastJson;
import org.pollcast.report.ForecastTables;
import org.pollcast.report.Tables;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates the election many times from the polling average (or, with no polls, from the "
                    + "baseline result): win probabilities with Monte Carlo standard errors, the chance of an outright "
                    + "first-round win, the likeliest run-offs and first-preference 90%% ranges; an Assembly's or a "
                    + "parliament's seats. An election with no Mayor is led by its list vote (the chance of the most "
                    + "list votes)."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast forecast london-2012 --as-of 2012-04-26",
            "  pollcast forecast london-2028 --format json --out reports/london-2028/forecast.json",
            "  pollcast forecast london-2008 --sims 1000000 --threads 2 --seed 7"
        })
class ForecastCommand implements Callable<Integer> {
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default), json or csv. csv is the Mayor's table (or the list vote's) and, for an "
                    + "election with an Assembly, an empty line, then the Assembly's seats by party: split at the "
                    + "empty line. With --out FILE the Assembly's table goes to FILE-assembly.csv instead (f.csv "
                    + "gives f-assembly.csv). The report's forecast.csv has every contest in one long table.")
    OutputFormat format = OutputFormat.TABLE;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output (and, for csv, FILE-assembly.csv).")
    Path out;

    @Option(
            names = "--shift",
            paramLabel = "MOVE",
            description =
                    "What if the polls are wrong by this much: move an option's first preferences by points before"
                            + " simulating, e.g. reform+5 or lab-3.5 (option by id or party); the options not named share the"
                            + " rest of the 100 in proportion, and the spread is the forecast's. Repeatable.")
    List<String> shifts = new ArrayList<>();

    List<String> conditions() {
        return new ArrayList<>();
    }

    @Override
    public Integer call() throws IOException {
        OutFile.requireNotFolder(
                out,
                "--out",
                switch (format) {
                    case JSON -> "forecast.json";
                    case CSV -> "forecast.csv";
                    case TABLE -> "forecast.txt";
                });
        if (out != null) {
            OutFile.requireOurs(out, "--out", "a forecast", head -> switch (format) {
                case JSON -> head.matches("(?s)\\{\\s*\"election\"\\s*:.*");
                case CSV -> head.startsWith("candidate,name,party,");
                case TABLE -> head.matches("(?s)\\S+ \\S+ \\(.*?\\) as of \\d{4}-\\d{2}-\\d{2}, .*");
            });
            if (format == OutputFormat.CSV) {
                OutFile.requireOurs(
                        seatsFile(out), "--out", "a forecast's Assembly seats", head -> head.startsWith("party,name,"));
            }
        }
        ForecastOutcome outcome = Forecasts.run(
                common.workspace(spec.commandLine().getErr()),
                simulation.request(electionArg.get(), aggregate, conditions(), shifts));
        ElectionForecast forecast = outcome.forecast();
        MayorForecast f = forecast.mayor();
        if (f.kept() == 0) {
            throw new BadInputException(nothingMet(f));
        }
        List<String> written = new ArrayList<>();
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        switch (format) {
            case TABLE -> {
                ForecastTables.print(f, outcome.election().leadVote().orElse(null), w);
                if (forecast.assembly() != null) {
                    var contest = outcome.election().first(AdditionalMemberContest.class);
                    AssemblyTables.print(forecast.assembly(), f.kept(), contest, w);
                }
            }
            case JSON -> w.println(ForecastJson.write(forecast));
            case CSV -> {
                w.print(Tables.csv(ForecastTables.withScenario(ForecastTables.candidates(f), f)));
                if (forecast.assembly() != null) {
                    String seats = Tables.csv(ForecastTables.withScenario(
                            AssemblyTables.parties(
                                    forecast.assembly(), outcome.election().first(AdditionalMemberContest.class)),
                            f));
                    if (out == null) {
                        // One stream for a script reading standard output: the Assembly's table after one empty
                        // line, as live --format csv prints its two, so a CSV reader splits them at the one empty
                        // record. Each table keeps the columns it has in its own file.
                        w.println();
                        w.print(seats);
                    } else {
                        Path seatsFile = seatsFile(out);
                        writeFile(seatsFile, seats);
                        written.add(seatsFile + " (" + forecast.assembly().contest() + ")");
                    }
                }
            }
        }
        w.flush();
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            writeFile(out, text.toString());
            // Every file written is named: a second file nobody mentions is a file nobody finds.
            written.add(0, out + (written.isEmpty() ? "" : " (" + f.contest() + ")"));
            spec.commandLine()
                    .getOut()
                    .println("Wrote the " + f.election()
                            + (ForecastTables.scenario(f).isEmpty() ? " forecast (" : " scenario, not the forecast (")
                            + Counted.of(f.sims(), "simulation", "simulations") + ") to "
                            + String.join(" and ", written));
        }
        return 0;
    }

    /**
     * Why a scenario no simulation met cannot be evaluated. Its figures would be empty averages (a Mayor's table of
     * blanks, Assembly seats of 0.0 ranging 25 to 25, blocs at 0.0%) that read as results, so none are printed, and
     * the exit status is a user error's, as for an ingest that stored nothing: the condition asked too much of the
     * draws. Ten times the draws is the suggestion because a condition met once in a million needs about that many
     * to be seen at all.
     */
    static String nothingMet(MayorForecast f) {
        long more = Math.min(f.sims() * 10, 2_000_000_000L);
        return "no simulation met the scenario: " + String.join(" and ", f.conditions()) + " held in none of the "
                + String.format(Locale.ROOT, "%,d", f.sims())
                + " simulations drawn, so there is nothing to report; try a weaker condition"
                + (more > f.sims() ? ", or more simulations (--sims " + more + ")" : "");
    }

    /** Where {@code --format csv --out FILE} writes the Assembly's seats: beside FILE. */
    private static Path seatsFile(Path out) {
        return out.resolveSibling(out.getFileName().toString().replaceFirst("(\\.csv)?$", "-assembly.csv"));
    }

    private static void writeFile(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage());
        }
    }
}
