package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.aggregate.Trend;

/**
 * The polling-average section says when the trend's line and the average the chances come from put the leading two
 * the other way round. Caerphilly 2025 (a blind trial: Find Out Now in September, Plaid 35 Reform 29; Survation in
 * October, Reform 42 Plaid 38): the average, weighting the newer poll, had Powell 39.3 and Whittle 37.7, the trend,
 * nearly the two polls' mean, Whittle 36.7 and Powell 35.5, and the page drew Whittle's line on top under a headline
 * making Powell the favourite, without a word.
 */
class TrendOrderTest {
    private static final List<ShareEstimate> AVERAGE = List.of(
            new ShareEstimate("whittle", "Lindsay Whittle", 37.7, 2.0, 2, 1.4, 603),
            new ShareEstimate("powell", "Llŷr Powell", 39.3, 3.3, 2, 1.4, 217),
            new ShareEstimate("tunnicliffe", "Richard Tunnicliffe", 14.9, 2.9, 2, 1.4, 154),
            new ShareEstimate("other", "Others", 45.0, 0.4, 1, 1.0, 385));

    private static Trend trend(double whittle, double powell) {
        return new Trend(
                LocalDate.parse("2025-09-15"),
                List.of("whittle", "powell", "tunnicliffe", "other"),
                new double[][] {{36.0, whittle}, {35.0, powell}, {18.0, 17.9}, {1.0, 1.0}},
                new double[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
    }

    @Test
    void aTrendThatReversesTheAveragesLeadersIsSaid() {
        String said = PollSections.leadersDisagree(AVERAGE, trend(36.7, 35.5));
        assertThat(said)
                .contains("Llŷr Powell ahead of Lindsay Whittle (39.3 to 37.7)")
                .contains("the trend's line Lindsay Whittle ahead (36.7 to 35.5)")
                .contains("the chances above come from the average");
    }

    @Test
    void aTrendThatAgreesOnTheLeaderSaysNothing() {
        assertThat(PollSections.leadersDisagree(AVERAGE, trend(35.0, 38.0))).isNull();
        assertThat(PollSections.leadersDisagree(AVERAGE, null)).isNull();
    }
}
