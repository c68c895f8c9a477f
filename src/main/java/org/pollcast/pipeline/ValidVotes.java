package org.pollcast.pipeline;

import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * The number of valid votes cast at an election, where the results say it: the complete first round of its
 * single-winner contest. London's Mayor and Assembly are elected on the same day by the same voters, so this
 * is also the Assembly ballots' total to within the few tenths of a percent spoilt papers differ by (2012:
 * 2,208,475 valid first preferences; the list's published shares put its total at 2,217,000).
 */
final class ValidVotes {
    private ValidVotes() {}

    /** The valid votes of {@code e}, or 0 when no complete first round is known. */
    static long of(Workspace ws, Election e) {
        return e.first(SingleWinnerContest.class)
                .flatMap(m -> ws.results().firstPreferences(e, m.id()))
                .filter(ContestResult::complete)
                .map(ContestResult::total)
                .orElse(0L);
    }
}
