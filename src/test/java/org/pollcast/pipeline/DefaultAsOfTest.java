package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/** With no --as-of, a command forecasts as of today, or of the last day the election is polled if that has passed. */
class DefaultAsOfTest {

    private static Election election(VotingSystem system, LocalDate day, LocalDate secondRound) {
        SingleWinnerContest president = new SingleWinnerContest(
                "president",
                system,
                List.of(new Candidate("a", "A", null, List.of()), new Candidate("b", "B", null, List.of())),
                List.of(),
                java.util.EnumSet.of(Scope.FIRST_PREF, Scope.RUNOFF),
                List.of(),
                secondRound);
        return new Election(
                "test-" + day.getYear(),
                "Test",
                day,
                null,
                List.of(),
                Map.of("president", president),
                "",
                "Test",
                "President",
                null,
                0);
    }

    /**
     * Between a two-round election's rounds, today: the second round is still to come (before, the first round's day,
     * whose forecast printed the first round as if it were not counted).
     */
    @Test
    void betweenTheRoundsItIsToday() {
        LocalDate today = LocalDate.now();
        Election twoRounds = election(VotingSystem.TWO_ROUND, today.minusDays(3), today.plusDays(11));
        assertThat(Averages.asOf(twoRounds, null, true)).isEqualTo(today);
        // Its first round not counted in data/results, the pair is unknown: the first round's day, as before.
        assertThat(Averages.asOf(twoRounds, null, false)).isEqualTo(today.minusDays(3));
        Election oneRound = election(VotingSystem.FPTP, today.minusDays(3), null);
        assertThat(Averages.asOf(oneRound, null, false)).isEqualTo(today.minusDays(3));
        Election over = election(VotingSystem.TWO_ROUND, today.minusDays(30), today.minusDays(16));
        assertThat(Averages.asOf(over, null, true)).isEqualTo(today.minusDays(16));
    }
}
