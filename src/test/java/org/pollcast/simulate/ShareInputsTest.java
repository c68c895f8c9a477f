package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;

/**
 * The forecast's note on the average it starts from. A week before the 2023 Slovak election the Slovak trial's average
 * held five polls from five firms, four of them two to three months old, and rested on one (Polis's 16–20 September
 * poll: Smer 24.4, carried as 24.3, effective polls 1.0); the note said "average of 5 polls from 5 pollsters", which
 * reads as five firms' agreement. It now says what the average rests on; London's two polls (effective 1.0) are left
 * alone, as a count of two cannot mislead so.
 */
class ShareInputsTest {
    private static PollAverage average(int polls, double effective) {
        List<ShareEstimate> shares = List.of(
                new ShareEstimate("smer", "Smer–SD", 24.3, 2.2, polls, effective, 382),
                new ShareEstimate("ps", "Progresívne Slovensko", 15.1, 1.8, polls, effective, 394));
        return new PollAverage(
                "sk-2023",
                "council",
                "list",
                LocalDate.parse("2023-09-23"),
                null,
                shares,
                List.of(),
                polls,
                polls,
                effective,
                List.of(),
                null,
                Set.of());
    }

    @Test
    void anAverageRestingOnFewOfItsPollsSaysSo() {
        assertThat(ShareInputs.inEffect(average(5, 1.0)))
                .isEqualTo(" (in effect 1.0 poll, the older ones weighing little)");
        assertThat(ShareInputs.inEffect(average(12, 3.4)))
                .isEqualTo(" (in effect 3.4 polls, the older ones weighing little)");
    }

    @Test
    void anAverageOfFewPollsOrOfMostOfThemSaysNothingMore() {
        assertThat(ShareInputs.inEffect(average(2, 1.0))).isEmpty();
        assertThat(ShareInputs.inEffect(average(3, 1.2))).isEmpty();
        assertThat(ShareInputs.inEffect(average(10, 6.0))).isEmpty();
    }
}
