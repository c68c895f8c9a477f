package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.PollFormat;
import org.pollcast.pipeline.IngestOutcome;
import org.pollcast.pipeline.IngestRequest;
import org.pollcast.pipeline.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads poll files or URLs into the poll store: long CSV (one row per poll and option), "
                    + "wide CSV (one column per candidate or party), HTML poll tables, the same tables as an encyclopedia page's "
                    + "wikitext or as Markdown pipe tables, a pollster's results tables, or FiveThirtyEight's poll "
                    + "files (with --election). Each file is stored in one "
                    + "transaction: a bad row stores nothing from that file, and re-ingesting a file adds nothing."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast ingest polls.csv",
            "  pollcast ingest --election london-2008 saved-wikipedia-page.html",
            "  pollcast ingest 'https://en.wikipedia.org/w/index.php?title=2021_London_mayoral_election&action=raw'",
            "  pollcast ingest --election london-2024 --contest mayor party-columns.csv",
            "  pollcast ingest --skip-invalid --rejects rejects.csv spreadsheet.csv",
            "",
            "Exit status: 0 stored, 1 failed, 2 bad input (nothing from that file stored)."
        })
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Poll files or http(s) URLs.")
    List<String> sources;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = Converters.PollFormats.class,
            completionCandidates = Converters.PollFormats.class,
            description =
                    "long-csv, wide-csv, html, pollster-tables, wikitext, markdown, release-page, poll-card, poll-page,"
                            + " poll-posts, poll-summary or text-table. Default: detected from"
                            + " content.")
    PollFormat format;

    @Option(
            names = "--election",
            paramLabel = "ID|PATH",
            description = "The election the polls are for. Default: from each row's election or year column.")
    String election;

    @Option(
            names = "--contest",
            paramLabel = "ID",
            description = "The contest every poll is about (mayor, assembly, ...: a key of the definition's contests)."
                    + " Default: each row's contest or scope column, else the one contest whose options the names"
                    + " fit. Party columns (Labour, Conservative) fit the Mayor and the Assembly alike: such a file"
                    + " needs a contest column or this.")
    String contest;

    @Option(
            names = "--skip-invalid",
            description = "Store the valid polls; write rejected rows with reasons to the rejects file.")
    boolean skipInvalid;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "With --skip-invalid: where rejected rows go, as they were in "
                    + "the input plus a last column reject_reason. Default: pollcast-rejects.csv.")
    Path rejects = Path.of("pollcast-rejects.csv");

    @Option(names = "--dry-run", description = "Validate and report; store nothing.")
    boolean dryRun;

    @Option(
            names = "--new-pollsters",
            description = "Store every pollster the alias table does not know as written, even one a slip away from a"
                    + " known firm (refused by default as that firm misspelt); a firm it has never heard of is stored"
                    + " as written either way, and the report names it.")
    boolean newPollsters;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Timeout for URLs, 1 or more (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    @Option(
            names = "--max-download",
            paramLabel = "MB",
            description = "Largest page a URL may return, in MB (default: 8).")
    Integer maxDownloadMb;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "The publication date (YYYY-MM-DD) of a release page that prints none of its own: a news or"
                    + " blog page dated only in its address or byline. It dates the page's poll as a date line would.")
    String published;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--timeout: " + timeoutSeconds + " is not a number of seconds (1 or more)");
        }
        if (!skipInvalid && spec.commandLine().getParseResult().hasMatchedOption("--rejects")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--rejects: only used with --skip-invalid (without it, a bad row stores "
                            + "nothing from its file and nothing is written)");
        }
        IngestSettings settings = IngestSettings.withDefaults()
                .withSkipInvalid(skipInvalid)
                .withDryRun(dryRun)
                .withAcceptNewPollsters(newPollsters)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (maxDownloadMb != null) {
            if (maxDownloadMb <= 0 || maxDownloadMb > 4096) {
                throw new ParameterException(
                        spec.commandLine(), "--max-download: " + maxDownloadMb + " is not a size from 1 to 4096 MB");
            }
            settings = settings.withMaxDownloadBytes((long) maxDownloadMb << 20);
        }
        if (format != null) {
            settings = settings.withFormat(format);
        }
        if (published != null) {
            try {
                settings = settings.withPublished(java.time.LocalDate.parse(published.trim()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ParameterException(
                        spec.commandLine(), "--published: '" + published + "' is no date (YYYY-MM-DD)");
            }
        }
        if (contest != null) {
            if (contest.isBlank()) {
                throw new ParameterException(
                        spec.commandLine(), "--contest: empty; give a contest id such as mayor or assembly");
            }
            settings = settings.withContest(contest.strip());
        }
        IngestOutcome outcome = Ingestion.run(
                common.workspace(spec.commandLine().getErr()), new IngestRequest(sources, election, settings, rejects));
        PrintWriter out = spec.commandLine().getOut();
        outcome.reports().forEach(r -> {
            out.println(r.summary());
            r.notes().forEach(out::println);
        });
        PrintWriter err = spec.commandLine().getErr();
        for (BadInputException e : outcome.failures()) {
            err.println("pollcast: " + e.getMessage());
            e.details().forEach(d -> err.println("  " + d));
        }
        if (outcome.rejected() > 0) {
            out.println(outcome.rejected()
                    + (outcome.rejected() == 1 ? " rejected row written to " : " rejected rows written to ")
                    + String.join(
                            ", ", outcome.rejects().stream().map(Path::toString).toList())
                    + (outcome.rejects().size() > 1 ? " (one file per source layout)" : "")
                    + "; correct them and ingest the file again (the reject_reason column is ignored)");
        }
        if (outcome.rejected() > 0
                && outcome.failures().isEmpty()
                && outcome.reports().stream().mapToInt(IngestReport::valid).sum() == 0) {
            // --skip-invalid keeps the good rows of a file with bad ones; when there were none, the run stored
            // nothing and an exit status of 0 would tell a script it worked.
            err.println("pollcast: nothing was stored: every row was rejected (the reasons are in the rejects file)");
            return ErrorHandler.BAD_INPUT;
        }
        return outcome.failures().isEmpty() ? 0 : ErrorHandler.BAD_INPUT;
    }
}
