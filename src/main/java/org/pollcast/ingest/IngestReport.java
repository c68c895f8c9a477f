package org.pollcast.ingest;

import java.util.List;
import org.pollcast.Printable;
import org.pollcast.store.AddOutcome;

/**
 * What ingesting one source did.
 *
 * @param valid      polls that passed validation
 * @param added      polls new to the store
 * @param duplicates polls already stored with the same figures (re-ingesting adds nothing)
 * @param rejected      problems of the polls left out (only with skip-invalid)
 * @param conflicts     polls whose key is stored with other figures (left out, only with skip-invalid)
 * @param rejectedPolls the polls left out, invalid or conflicting, each with its source rows and reasons
 */
public record IngestReport(
        String source,
        PollFormat format,
        int valid,
        int added,
        int duplicates,
        List<Problem> rejected,
        List<AddOutcome.Conflict> conflicts,
        List<RejectedPoll> rejectedPolls,
        boolean dryRun) {

    public IngestReport {
        rejected = List.copyOf(rejected);
        conflicts = List.copyOf(conflicts);
        rejectedPolls = List.copyOf(rejectedPolls);
    }

    /** One line for people: "london-2008.csv (wide-csv): 26 polls, 26 added, 0 already stored". */
    public String summary() {
        // The source is a name the user gave, printed to the terminal: shown with control characters escaped.
        StringBuilder s = new StringBuilder(Printable.of(source))
                .append(" (")
                .append(format.code())
                .append("): ")
                .append(valid)
                .append(valid == 1 ? " poll" : " polls");
        if (dryRun) {
            s.append(" valid; dry run, nothing stored");
        } else {
            s.append(", ").append(added).append(" added, ").append(duplicates).append(" already stored");
        }
        if (!rejected.isEmpty()) {
            s.append(", ").append(rejected.size()).append(" problems skipped");
        }
        if (!conflicts.isEmpty()) {
            s.append(", ").append(conflicts.size()).append(" conflicts skipped");
        }
        return s.toString();
    }
}
