package org.pollcast.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pollcast.BadInputException;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.ingest.Problem;
import org.pollcast.ingest.SpreadsheetSafe;
import org.pollcast.store.AddOutcome;
import org.pollcast.store.AtomicFile;
import org.pollcast.store.PollStore;

/**
 * Reads poll sources into the store, one transaction per source, and writes the rows it rejected (with the
 * reason in a last column) to the rejects file. With one source, its failure is the ingest's failure; with
 * several, the others still go in.
 */
public final class Ingestion {
    private Ingestion() {
    }

    public static IngestOutcome run(Workspace ws, IngestRequest request) {
        IngestSettings settings = request.settings();
        if (request.election() != null) {
            settings = settings.withElection(ws.catalog().resolve(request.election()));
        }
        if (settings.skipInvalid() && !settings.dryRun()) {
            // Checked before anything is stored: valid rows stored and rejects lost would leave the user unable
            // to tell what went in.
            try {
                AtomicFile.checkWritable(request.rejects());
            } catch (IOException e) {
                throw new RequestException("rejects", request.rejects() + ": cannot write the rejects file (" + e.getMessage()
                        + "); nothing stored. Choose a writable rejects file.");
            }
        }
        Ingester ingester = ws.ingester();
        List<IngestReport> reports = new ArrayList<>();
        List<BadInputException> failures = new ArrayList<>();
        List<String[]> rejectedRows = new ArrayList<>();
        try (PollStore store = settings.dryRun() ? null : ws.openStore()) {
            for (String source : request.sources()) {
                try {
                    IngestReport report = ingester.ingest(source, store, settings);
                    reports.add(report);
                    for (Problem p : report.rejected()) {
                        rejectedRows.add(new String[] {p.source(), p.location().toString(), p.field() == null ? "" : p.field(), p.message()});
                    }
                    for (AddOutcome.Conflict c : report.conflicts()) {
                        rejectedRows.add(new String[] {source, c.location(), "", "conflicts with stored poll " + c.incoming().key()
                                + " from " + c.stored().provenance().source() + ": stored " + c.stored().poll().shares()
                                + ", this file " + c.incoming().shares()});
                    }
                } catch (BadInputException e) {
                    if (request.sources().size() == 1) {
                        throw e;
                    }
                    failures.add(e); // the other files still go in; each file is its own transaction
                }
            }
        }
        if (rejectedRows.isEmpty()) {
            return new IngestOutcome(reports, failures, 0, null);
        }
        try {
            AtomicFile.writeText(request.rejects(), w -> {
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("source", "location", "field", "reason").get());
                for (String[] row : rejectedRows) {
                    csv.printRecord(java.util.Arrays.stream(row).map(SpreadsheetSafe::cell).toList());
                }
                csv.flush();
            });
        } catch (IOException e) {
            throw new RequestException("rejects", request.rejects() + ": cannot write the rejects file: " + e.getMessage());
        }
        return new IngestOutcome(reports, failures, rejectedRows.size(), request.rejects());
    }
}
