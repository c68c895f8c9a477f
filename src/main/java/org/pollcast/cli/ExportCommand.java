package org.pollcast.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.election.Election;
import org.pollcast.ingest.CanonicalCsv;
import org.pollcast.pipeline.PollList;
import org.pollcast.pipeline.Polls;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes an election's stored polls as canonical wide CSV (the layout of data/polls/); "
                + "ingesting the file into another store gives the same polls.",
        footer = {"", "Example:", "  pollcast export london-2008 --out london-2008.csv"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ElectionArgument electionArg;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "The CSV file to write ('-' for standard output).")
    String out;

    @Override
    public Integer call() throws IOException {
        if (out.isBlank()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--out': empty: give a file name, or '-'");
        }
        PollList stored = Polls.stored(common.workspace(spec.commandLine().getErr()), electionArg.get());
        Election election = stored.election();
        List<Poll> polls = stored.polls().stream().map(StoredPoll::poll).toList();
        if (out.equals("-")) {
            CanonicalCsv.write(election, polls, spec.commandLine().getOut());
            return 0;
        }
        Path file = Path.of(out);
        OutFile.requireNotFolder(file, "--out", election.id() + ".csv");
        OutFile.requireOurs(file, "--out", "an export", head -> head.startsWith("election,contest,scope,pollster,"));
        try {
            // Atomic: a full disk or a crash leaves the previous export whole.
            AtomicFile.writeText(file, w -> CanonicalCsv.write(election, polls, w));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage());
        }
        spec.commandLine()
                .getOut()
                .println("Wrote " + Counted.of(polls.size(), "poll", "polls") + " of " + election.id() + " to " + file);
        return 0;
    }
}
