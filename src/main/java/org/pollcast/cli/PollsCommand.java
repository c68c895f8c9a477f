package org.pollcast.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.election.Election;
import org.pollcast.pipeline.PollList;
import org.pollcast.pipeline.Polls;
import org.pollcast.pipeline.PollsRequest;
import org.pollcast.poll.StoredPoll;
import org.pollcast.report.PollJson;
import org.pollcast.report.PollTable;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "polls",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Lists an election's polls from the store. When the store has none for it, the bundled "
                    + "polls in data/polls/ are loaded first."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast polls london-2008",
            "  pollcast polls london-2012 --pollster YouGov --since 2012-04-01",
            "  pollcast polls london-2008 --format json"
        })
final class PollsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ElectionArgument electionArg;

    @Option(names = "--pollster", paramLabel = "NAME", description = "Only this pollster (any alias).")
    String pollster;

    @Option(names = "--since", paramLabel = "DATE", description = "Only polls dated on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        // Notices go to stderr so that csv/json output stays clean.
        PollList list = Polls.list(
                common.workspace(spec.commandLine().getErr()), new PollsRequest(electionArg.get(), pollster, since));
        Election election = list.election();
        List<StoredPoll> polls = list.polls();
        PrintWriter out = spec.commandLine().getOut();
        PollTable table = PollTable.of(election, polls);
        if (list.unmatched() != null && format != OutputFormat.TABLE) {
            spec.commandLine().getErr().println("note: " + list.unmatched());
        }
        if (format != OutputFormat.TABLE) {
            list.blackoutNote().ifPresent(n -> spec.commandLine().getErr().println("note: " + n));
        }
        switch (format) {
            case TABLE -> {
                if (list.unmatched() != null) {
                    out.println(list.unmatched());
                } else if (polls.isEmpty()) {
                    out.println("No polls for " + election.id() + ". Add some with: pollcast ingest FILE --election "
                            + election.id());
                } else {
                    out.println(election.name() + " (" + election.date() + "): " + polls.size()
                            + (polls.size() == 1 ? " poll" : " polls"));
                    out.print(Tables.text(table.table()));
                    list.blackoutNote().ifPresent(n -> out.println("note: " + n));
                }
            }
            case CSV -> out.print(Tables.csv(table.table()));
            case JSON -> out.println(PollJson.write(election, polls));
        }
        return 0;
    }
}
