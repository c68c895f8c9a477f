package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pollcast.election.OfficialCount;
import org.pollcast.pipeline.Counts;
import org.pollcast.report.CountTables;
import org.pollcast.report.Json;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "count",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Counts an election again from the official figures in data/results, with the simulator's own count "
                    + "code: every round of the Mayor (under the Supplementary Vote the top two and the second "
                    + "preferences counted for them), each Assembly constituency whose figures are complete and the "
                    + "list seats, checked against the published totals. Says which figures are incomplete."
        },
        footer = {"", "Examples:", "  pollcast count london-2021", "  pollcast count london-2008 --format json"})
final class CountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ElectionArgument electionArg;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default), csv (the first round, or the list seats without a Mayor) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        OfficialCount c = Counts.run(common.workspace(spec.commandLine().getErr()), electionArg.get());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> CountTables.print(c, out);
            case JSON -> out.println(Json.write(c));
            case CSV -> out.print(Tables.csv(c.mayor() != null ? CountTables.firstRound(c) : CountTables.listSeats(c)));
        }
        return 0;
    }
}
