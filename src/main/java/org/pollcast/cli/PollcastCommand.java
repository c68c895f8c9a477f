package org.pollcast.cli;

import picocli.CommandLine.Command;

/** The top-level command; each stage has its subcommand. */
@Command(
        name = "pollcast",
        mixinStandardHelpOptions = true,
        version = "pollcast 0.1.0",
        description = "Turns opinion polls into election forecasts.",
        subcommands = {
            IngestCommand.class,
            PollsCommand.class,
            ExportCommand.class,
            AverageCommand.class,
            HouseEffectsCommand.class,
            PollsterAccuracyCommand.class,
            ForecastCommand.class,
            ScenarioCommand.class,
            ReportCommand.class,
            NightlyCommand.class,
            BacktestCommand.class,
            ElectionsCommand.class,
            SeatsCommand.class,
            CountCommand.class,
            LiveCommand.class,
            BenchCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {"", "Example:", "  pollcast polls london-2008"})
public final class PollcastCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
