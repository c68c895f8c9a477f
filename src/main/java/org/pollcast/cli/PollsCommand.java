package org.pollcast.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "polls", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists an election's polls from the store. When the store has none for it, the bundled "
                + "polls in data/polls/ are loaded first."},
        footer = {"", "Examples:", "  pollcast polls london-2008", "  pollcast polls london-2012 --pollster YouGov --since 2012-04-01",
                "  pollcast polls london-2008 --format json"})
final class PollsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ELECTION", description = "An election id (see 'pollcast elections') or a definition file.")
    String electionArg;

    @Option(names = "--pollster", paramLabel = "NAME", description = "Only this pollster (any alias).")
    String pollster;

    @Option(names = "--since", paramLabel = "DATE", description = "Only polls dated on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    String format = "table";

    @Override
    public Integer call() {
        Election election = common.catalog().resolve(electionArg);
        OutputFormat output = OutputFormat.parse(format);
        PollQuery query = PollQuery.of(election.id());
        if (pollster != null) {
            query = query.withPollster(common.aliases().pollster(pollster).orElse(pollster.trim()));
        }
        if (since != null) {
            try {
                query = query.withSince(LocalDate.parse(since));
            } catch (DateTimeParseException e) {
                throw new BadInputException("--since: '" + since + "' is not a date (YYYY-MM-DD)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<StoredPoll> polls;
        try (PollStore store = common.openStore()) {
            // One line, on stderr so that csv/json output stays clean.
            PollSource.ensureLoaded(common, store, election, spec.commandLine().getErr());
            polls = store.polls(query);
        }
        PollTable table = PollTable.of(election, polls);
        switch (output) {
            case TABLE -> {
                if (polls.isEmpty()) {
                    out.println("No polls for " + election.id() + (pollster != null || since != null ? " matching the filters" : "")
                            + ". Add some with: pollcast ingest FILE --election " + election.id());
                } else {
                    out.println(election.name() + " (" + election.date() + "): " + polls.size() + " polls");
                    out.print(Tables.text(table.table()));
                }
            }
            case CSV -> out.print(Tables.csv(table.table()));
            case JSON -> out.println(PollJson.write(election, polls));
        }
        return 0;
    }
}
