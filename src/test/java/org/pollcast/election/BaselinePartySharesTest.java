package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one rule by which a candidate carries its party's baseline share: the forecast's prior and unpolled candidates
 * and ingest's head-to-head check all read it here. Synthetic contests.
 */
class BaselinePartySharesTest {
    private static final SingleWinnerContest BASE = new SingleWinnerContest(
            "mayor",
            VotingSystem.SUPPLEMENTARY_VOTE,
            List.of(
                    new Candidate("a", "A", "lab"),
                    new Candidate("b", "B", "con"),
                    new Candidate("c", "C", "grn"),
                    new Candidate("d", "D", "grn"),
                    new Candidate("e", "E", "ind"),
                    new Candidate("f", "F", null)));
    private static final Map<String, Double> SHARES =
            Map.of("a", 40.0, "b", 30.0, "c", 6.0, "d", 4.0, "e", 12.0, "f", 8.0);

    @Test
    void aPartysCandidatesAreSummedAndOnlyASoleCandidateOfAPartyThatStoodCarriesIt() {
        SingleWinnerContest now = new SingleWinnerContest(
                "mayor",
                VotingSystem.SUPPLEMENTARY_VOTE,
                List.of(
                        new Candidate("a2", "A2", "lab"),
                        new Candidate("b2", "B2", "con"),
                        new Candidate("b3", "B3", "con"),
                        new Candidate("c2", "C2", "grn"),
                        new Candidate("e2", "E2", "ind"),
                        new Candidate("f2", "F2", null),
                        new Candidate("r", "R", "reform")));
        BaselinePartyShares won = BaselinePartyShares.of(BASE, SHARES);

        assertThat(won.carriedBy(now, now.candidates().get(0))).isEqualTo(40.0);
        assertThat(won.carriedBy(now, now.candidates().get(3)))
                .as("both Greens' shares")
                .isEqualTo(10.0);
        assertThat(won.carriedBy(now, now.candidates().get(1)))
                .as("two Conservatives now: the share cannot be split between them")
                .isZero();
        assertThat(won.carriedBy(now, now.candidates().get(4)))
                .as("an independent")
                .isZero();
        assertThat(won.carriedBy(now, now.candidates().get(5))).as("no party").isZero();
        assertThat(won.carriedBy(now, now.candidates().get(6)))
                .as("a party that did not stand")
                .isZero();
    }
}
