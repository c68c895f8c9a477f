package org.pollcast.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.BadInputException;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.RejectedPoll;
import org.pollcast.ingest.RejectsCsv;
import org.pollcast.store.AtomicFile;
import org.pollcast.store.PollStore;

/**
 * Reads poll sources into the store, one transaction per source, and writes the polls it rejected to the
 * rejects file: their original rows, in the source's layout, with the reasons in a last column (see
 * {@link RejectsCsv}), so they can be corrected and ingested again. Sources of different layouts cannot share
 * one file: the second layout goes to {@code <rejects>-2.csv}, and so on. With one source, its failure is the
 * ingest's failure; with several, the others still go in.
 */
public final class Ingestion {
    private Ingestion() {}

    public static IngestOutcome run(Workspace ws, IngestRequest request) {
        IngestSettings settings = request.settings();
        if (request.election() != null) {
            settings = settings.withElection(ws.catalog().resolve(request.election()));
        }
        if (settings.contest() != null
                && settings.election() != null
                && settings.election().contest(settings.contest()).isEmpty()) {
            // Said before any file is read; without --election each row's election is checked as it comes.
            throw new RequestException(
                    "contest",
                    "'" + settings.contest() + "' is no contest of "
                            + settings.election().id() + "; its contests: "
                            + String.join(", ", settings.election().contests().keySet()));
        }
        if (settings.skipInvalid() && !settings.dryRun()) {
            // Checked before anything is stored: valid rows stored and rejects lost would leave the user unable
            // to tell what went in.
            try {
                AtomicFile.checkWritable(request.rejects());
                requireRejectsFile(request.rejects(), "nothing stored");
            } catch (IOException e) {
                throw new RequestException(
                        "rejects",
                        request.rejects() + ": cannot write the rejects file (" + e.getMessage()
                                + "); nothing stored. Choose a writable rejects file.");
            }
        }
        Ingester ingester = ws.ingester();
        List<IngestReport> reports = new ArrayList<>();
        List<BadInputException> failures = new ArrayList<>();
        List<RejectedPoll> rejected = new ArrayList<>();
        // A dry run reads against the store that is there, in a transaction never committed, so that it finds the
        // polls already stored and the conflicts a real run would: before, it read against an empty scratch store, and
        // said "6 polls valid" of a file the real run then refused for a conflict (the Philippine trial).
        try (PollStore store = settings.dryRun() ? ws.openStoreIfAny() : ws.openStore()) {
            for (String source : request.sources()) {
                try {
                    IngestReport report = ingester.ingest(source, store, settings);
                    reports.add(report);
                    rejected.addAll(report.rejectedPolls());
                } catch (BadInputException e) {
                    if (request.sources().size() == 1) {
                        throw e;
                    }
                    failures.add(e); // the other files still go in; each file is its own transaction
                }
            }
        }
        if (rejected.isEmpty()) {
            return new IngestOutcome(reports, failures, 0, List.of());
        }
        List<Path> files = new ArrayList<>();
        int rows = 0;
        List<List<RejectedPoll>> layouts = RejectsCsv.byLayout(rejected);
        for (int i = 0; i < layouts.size(); i++) {
            Path file = i == 0 ? request.rejects() : numbered(request.rejects(), i + 1);
            List<RejectedPoll> polls = layouts.get(i);
            try {
                requireRejectsFile(file, "the valid polls are stored, the rejected rows written nowhere");
                AtomicFile.writeText(file, w -> RejectsCsv.write(polls, w));
            } catch (IOException e) {
                throw new RequestException("rejects", file + ": cannot write the rejects file: " + e.getMessage());
            }
            files.add(file);
            rows += RejectsCsv.rowCount(polls);
        }
        return new IngestOutcome(reports, failures, rows, files);
    }

    /** {@code rejects.csv} -> {@code rejects-2.csv}. */
    static Path numbered(Path file, int n) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return file.resolveSibling(numbered);
    }

    /**
     * Refuses to replace a file that is not a rejects file (its header ends with {@code reject_reason}): pollcast
     * replaces only what it wrote, and {@code --rejects polls.csv} would have replaced the user's own poll file.
     */
    private static void requireRejectsFile(Path file, String outcome) throws IOException {
        if (!AtomicFile.replaceable(
                file, head -> head.lines().findFirst().orElse("").strip().endsWith(RejectsCsv.REASON))) {
            throw new RequestException(
                    "rejects",
                    file + ": not replaced, because it is not a rejects file that pollcast wrote (its header does not"
                            + " end with " + RejectsCsv.REASON + "); pollcast replaces only a file it wrote. Give"
                            + " --rejects another file name, or move that file away; " + outcome + ".");
        }
    }
}
