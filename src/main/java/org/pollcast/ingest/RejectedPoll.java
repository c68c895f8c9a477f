package org.pollcast.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A poll left out of the store with {@code --skip-invalid}: its rows as the source has them and every problem
 * found with it (or the stored poll it conflicts with).
 */
public record RejectedPoll(String source, SourceRows rows, List<Problem> problems) {

    public RejectedPoll {
        problems = List.copyOf(problems);
    }

    /** The problems as one cell: {@code line 35: field 'fieldwork_end': no date: ...; line 36: ...}. */
    public String reason() {
        return problems.stream().map(Problem::reason).distinct().collect(Collectors.joining("; "));
    }
}
