package org.pollcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pollcast.BadInputException;
import org.pollcast.store.AtomicFile;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.PollFormat;
import org.pollcast.ingest.Problem;
import org.pollcast.store.AddOutcome;
import org.pollcast.store.PollStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads poll files or URLs into the poll store: long CSV (one row per poll and option), "
                + "wide CSV (one column per candidate or party) or HTML poll tables. Each file is stored in one "
                + "transaction: a bad row stores nothing from that file, and re-ingesting a file adds nothing."},
        footer = {"", "Examples:", "  pollcast ingest polls.csv",
                "  pollcast ingest --election london-2008 saved-wikipedia-page.html",
                "  pollcast ingest --skip-invalid --rejects rejects.csv spreadsheet.csv", "",
                "Exit status: 0 stored, 1 failed, 2 bad input (nothing from that file stored)."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Poll files or http(s) URLs.")
    List<String> sources;

    @Option(names = "--format", paramLabel = "FORMAT", description = "long-csv, wide-csv or html. Default: detected from content.")
    String format;

    @Option(names = "--election", paramLabel = "ID|PATH",
            description = "The election the polls are for. Default: from each row's election or year column.")
    String election;

    @Option(names = "--skip-invalid", description = "Store the valid polls; write rejected rows with reasons to the rejects file.")
    boolean skipInvalid;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where --skip-invalid writes rejects. Default: pollcast-rejects.csv.")
    Path rejects = Path.of("pollcast-rejects.csv");

    @Option(names = "--dry-run", description = "Validate and report; store nothing.")
    boolean dryRun;

    @Option(names = "--new-pollsters", description = "Accept pollsters not in the alias table, as written.")
    boolean newPollsters;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Timeout for URLs (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    @Override
    public Integer call() {
        IngestSettings settings = IngestSettings.withDefaults().withSkipInvalid(skipInvalid).withDryRun(dryRun)
                .withAcceptNewPollsters(newPollsters).withTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        if (format != null) {
            settings = settings.withFormat(PollFormat.fromCode(format).orElseThrow(() -> new BadInputException(
                    "--format: unknown format '" + format + "'; expected long-csv, wide-csv or html")));
        }
        if (election != null) {
            settings = settings.withElection(common.catalog().resolve(election));
        }
        if (skipInvalid && !dryRun) {
            // Checked before anything is stored: valid rows stored and rejects lost would leave the user unable
            // to tell what went in.
            try {
                AtomicFile.checkWritable(rejects);
            } catch (IOException e) {
                throw new BadInputException("--rejects " + rejects + ": cannot write the rejects file (" + e.getMessage()
                        + "); nothing stored. Choose a writable --rejects FILE.");
            }
        }
        Ingester ingester = common.ingester();
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rejectedRows = new ArrayList<>();
        int failed = 0;
        try (PollStore store = dryRun ? null : common.openStore()) {
            for (String source : sources) {
                try {
                    IngestReport report = ingester.ingest(source, store, settings);
                    out.println(report.summary());
                    for (Problem p : report.rejected()) {
                        rejectedRows.add(new String[] {p.source(), p.location().toString(), p.field() == null ? "" : p.field(), p.message()});
                    }
                    for (AddOutcome.Conflict c : report.conflicts()) {
                        rejectedRows.add(new String[] {source, c.location(), "", "conflicts with stored poll " + c.incoming().key()
                                + " from " + c.stored().provenance().source() + ": stored " + c.stored().poll().shares()
                                + ", this file " + c.incoming().shares()});
                    }
                } catch (BadInputException e) {
                    if (sources.size() == 1) {
                        throw e;
                    }
                    // Other files still go in; each file is its own transaction.
                    failed++;
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("pollcast: " + e.getMessage());
                    e.details().forEach(d -> err.println("  " + d));
                }
            }
        }
        if (!rejectedRows.isEmpty()) {
            writeRejects(rejectedRows);
            out.println(rejectedRows.size() + " rejected rows written to " + rejects);
        }
        return failed == 0 ? 0 : ErrorHandler.BAD_INPUT;
    }

    private void writeRejects(List<String[]> rows) {
        try {
            AtomicFile.writeText(rejects, w -> {
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("source", "location", "field", "reason").get());
                for (String[] row : rows) {
                    csv.printRecord((Object[]) row);
                }
                csv.flush();
            });
        } catch (IOException e) {
            throw new BadInputException(rejects + ": cannot write the rejects file: " + e.getMessage());
        }
    }
}
