package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pollcast.election.ContestResult;

/**
 * The winner the backtest scores probabilities against: under the Supplementary Vote a first-round runner-up can win
 * on second preferences (as Ben Houchen did in Tees Valley in 2017), and a forecast that gave the eventual winner the
 * better chance must not be scored as if the first-round leader had won. The votes here are made up.
 */
class BacktestWinnerTest {
    @Test
    void theFinalRoundsLeaderWonWhereTheCountWentToOne() {
        ContestResult finals = new ContestResult(
                "tv-2017", "mayor", Map.of("jeffrey", 39_000L, "houchen", 40_000L), true, List.of(), List.of());
        assertThat(BacktestRunner.winnerOf(List.of("jeffrey", "houchen"), Optional.of(finals)))
                .isEqualTo("houchen");
    }

    @Test
    void withoutAFinalRoundTheFirstPreferenceLeaderWon() {
        assertThat(BacktestRunner.winnerOf(List.of("khan", "hall"), Optional.empty()))
                .isEqualTo("khan");
    }
}
