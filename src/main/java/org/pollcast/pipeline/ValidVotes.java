package org.pollcast.pipeline;

import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * The number of valid votes cast on one of an election's Assembly ballots: the figure the turnout file
 * publishes for it ({@link org.pollcast.ingest.ResultsCatalog#validVotes}), else the complete first round of the
 * election's single-winner contest. London's Mayor and Assembly are elected on the same day by the same voters,
 * so the Mayor's total stands in for a ballot's to within the few tenths of a percent spoilt papers differ by
 * (2012: 2,208,475 valid first preferences; the list's published shares put its total at 2,217,000).
 */
final class ValidVotes {
    static final String LIST = "assembly_list";
    static final String CONSTITUENCY = "assembly_constituency";

    private ValidVotes() {}

    /** The valid votes of {@code ballot} ({@link #LIST} or {@link #CONSTITUENCY}) at {@code e}, or 0 when unknown. */
    static long of(Workspace ws, Election e, String ballot) {
        long published = ws.results().validVotes(e, ballot).orElse(0);
        if (published > 0) {
            return published;
        }
        return e.first(SingleWinnerContest.class)
                .flatMap(m -> ws.results().firstPreferences(e, m.id()))
                .filter(ContestResult::complete)
                .map(ContestResult::total)
                .orElse(0L);
    }
}
