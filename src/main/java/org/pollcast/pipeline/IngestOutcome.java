package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.pollcast.BadInputException;
import org.pollcast.ingest.IngestReport;

/**
 * What an ingest did.
 *
 * @param reports  one per source that was read
 * @param failures the sources that failed, each with its error (nothing from them stored)
 * @param rejected source rows of the polls rejected (invalid, or conflicting with a stored poll), written to
 *                 {@code rejects}
 * @param rejects  the rejects files, one per source layout; empty when nothing was rejected
 */
public record IngestOutcome(
        List<IngestReport> reports, List<BadInputException> failures, int rejected, List<Path> rejects) {
    public IngestOutcome {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
        rejects = List.copyOf(rejects);
    }
}
