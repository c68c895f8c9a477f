package org.pollcast.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pollcast.election.Contest;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * A survey's second line of two figures, under pollster and date cells spanning both, is read as its run-off where
 * nothing else names the round (a French or Brazilian table). Where the contest has no second round (first past the
 * post: a list vote, a mayor's race), that line is the same question on another base: Central European tables print a
 * survey among all voters (undecided included) and, below it, among decided voters (Hungary's Závecz Research, 21–27
 * March 2022: 39 and 36 with 19 undecided, then 50 and 46). Stored as run-offs, a single ballot got head-to-head polls
 * ("run-off 3") that no count of it asks. Its readers mark the round they guessed so; the contest, known only once the
 * poll is placed, says whether the guess stands.
 */
final class SecondLines {
    /** The column a guessed run-off's scope is said to come from: the line's place under the survey's first. */
    static final String COLUMN = "second line";

    private SecondLines() {}

    /**
     * {@code raw} as a poll of {@code contest}: without the run-off scope its reader guessed from the line's place,
     * where the contest has no second round, so that it is read as the question its first line asked (and judged as a
     * possible head-to-head, as any poll without a scope is).
     */
    static RawPoll ofContest(RawPoll raw, Contest contest) {
        if (!COLUMN.equals(raw.column("scope")) || hasSecondRound(contest)) {
            return raw;
        }
        Map<String, RawPoll.RawField> f = new LinkedHashMap<>(raw.fields());
        f.remove("scope");
        return new RawPoll(raw.location(), f, raw.shares(), raw.rows(), raw.problems());
    }

    /**
     * Whether a count of {@code contest} may have a round between two: every single-winner system but first past the
     * post (the Supplementary Vote's run-off, a two-round contest's, an instant run-off's final count), and every
     * other contest, whose second lines are left as its tables' own rules read them (an additional-member body's list
     * and constituency lines).
     */
    private static boolean hasSecondRound(Contest contest) {
        return !(contest instanceof SingleWinnerContest single) || single.system() != VotingSystem.FPTP;
    }
}
