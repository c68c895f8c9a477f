package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.pipeline.Averages;
import org.pollcast.report.AverageJson;
import org.pollcast.report.AverageTables;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "average",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The polling average of an election's contest at a date: shares with standard errors and 90%% "
                    + "intervals, the number of polls, the effective number of polls and the effective sample size."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast average london-2008 --as-of 2008-04-30",
            "  pollcast average london-2012 --method kalman --format json",
            "  pollcast average london-2012 --contest assembly --scope list"
        })
final class AverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ContestOptions contest;

    @Mixin
    AggregateOptions aggregate;

    @Mixin
    ElectionArgument electionArg;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        PollAverage average = Averages.compute(
                common.workspace(spec.commandLine().getErr()), contest.request(electionArg.get(), aggregate));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> {
                out.println(AverageTables.headline(average));
                out.print(Tables.text(AverageTables.table(average)));
                average.notes().forEach(n -> out.println("note: " + n));
            }
            case CSV -> out.print(Tables.csv(AverageTables.table(average)));
            case JSON -> out.println(AverageJson.write(average));
        }
        return 0;
    }
}
