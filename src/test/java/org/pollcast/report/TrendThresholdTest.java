package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.aggregate.Trend;

/**
 * The polling-average section says when the trend's line and the average put the leader either side of the share that
 * elects in the first round. Indonesia 2024 a week out (a blind trial's kit of 25 polls typed from news reports): the
 * average gave Prabowo 51.3, the trend's line 48.8, and the chart drew him under the 50% that decides whether there is a
 * second round, beside an outright chance of 62% from the average, without a word.
 */
class TrendThresholdTest {
    private static final List<ShareEstimate> AVERAGE = List.of(
            new ShareEstimate("anies", "Anies Baswedan", 26.0, 1.51, 25, 2.3, 840),
            new ShareEstimate("prabowo", "Prabowo Subianto", 51.3, 1.96, 25, 2.3, 653),
            new ShareEstimate("ganjar", "Ganjar Pranowo", 22.6, 1.39, 25, 2.3, 913),
            new ShareEstimate("other", "Others", 0.0, 0.2, 22, 2.3, 1213));

    private static Trend trend(double prabowo) {
        return new Trend(
                LocalDate.parse("2024-02-04"),
                List.of("anies", "prabowo", "ganjar", "other"),
                new double[][] {{26.5, 26.6}, {48.5, prabowo}, {23.9, 23.7}, {0.0, 0.0}},
                new double[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
    }

    @Test
    void aTrendUnderTheOutrightShareBesideAnAverageOverItIsSaid() {
        String said = PollSections.thresholdDisagrees(AVERAGE, trend(48.8), 50);
        assertThat(said)
                .contains("either side of the 50% that elects in the first round")
                .contains("gives Prabowo Subianto 51.3, the trend's line 48.8")
                .contains("come from the average");
    }

    @Test
    void bothOnOneSideSayNothing() {
        assertThat(PollSections.thresholdDisagrees(AVERAGE, trend(50.4), 50)).isNull();
        assertThat(PollSections.thresholdDisagrees(AVERAGE, trend(48.8), 45)).isNull(); // Argentina's 45: both over
        assertThat(PollSections.thresholdDisagrees(AVERAGE, null, 50)).isNull();
    }
}
