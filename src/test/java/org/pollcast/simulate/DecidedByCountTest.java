package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pollcast.election.VotingSystem;

/**
 * When the declared figures alone decide the winner, and so a chance may be called certain. First preferences are
 * London totals with "others" last; the 2021 figures are GLRO2021's (data/results/london_mayor_results.csv).
 */
class DecidedByCountTest {
    private static final VotingSystem SV = VotingSystem.SUPPLEMENTARY_VOTE;
    private static final VotingSystem FPTP = VotingSystem.FPTP;

    @Test
    void firstPastThePostIsDecidedByTheTotals() {
        assertThat(DecidedByCount.decides(FPTP, new double[] {100, 90, 5}, 2, false))
                .isTrue();
        assertThat(DecidedByCount.decides(FPTP, new double[] {100, 100, 5}, 2, false))
                .as("a tie is decided by lot, not by the count")
                .isFalse();
        assertThat(DecidedByCount.decides(FPTP, new double[] {10, 20, 500}, 2, false))
                .as("others lumped together never win")
                .isTrue();
    }

    @Test
    void theSupplementaryVoteNeedsAMajorityOrTheRunoffCounted() {
        // 2021: Khan 1,013,721, Bailey 893,051, the rest 624,585 between them: the second preferences decide.
        double[] london2021 = {1_013_721, 893_051, 624_585};
        assertThat(DecidedByCount.decides(SV, london2021, 2, false)).isFalse();
        assertThat(DecidedByCount.decides(SV, london2021, 2, true)).isTrue();
        assertThat(DecidedByCount.decides(SV, new double[] {55, 30, 15}, 2, false))
                .as("more than half the first preferences")
                .isTrue();
        assertThat(DecidedByCount.decides(SV, new double[] {50, 30, 20}, 2, false))
                .as("exactly half is no majority: the run-off decides")
                .isFalse();
        assertThat(DecidedByCount.decides(SV, new double[] {45, 15, 10, 30}, 3, false))
                .as("a lead of 30 over the runner-up, with 40 other ballots to transfer")
                .isFalse();
    }
}
