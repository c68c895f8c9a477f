package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * The simulated-shares chart draws a third candidate only where its 90% range reaches 5%. Pennsylvania's Senate race
 * of 2024 (a blind trial) drew John Thomas, on about 1%, whose curve peaked at 44% of simulations in one half point,
 * nine times the two who decided the race, and flattened theirs along the floor. Figures near that forecast's.
 */
class SharesDrawnTest {
    private static MayorForecast forecast(ShareDistribution third) {
        ShareInput input = new ShareInput(
                "x-2024",
                LocalDate.of(2024, 10, 29),
                7,
                List.of("a", "b", "c"),
                List.of("Ann A", "Bob B", "Cy C"),
                List.of("dem", "rep", "lib"),
                new double[] {50 - third.mean() / 2, 50 - third.mean() / 2, third.mean()},
                new double[] {1, 1, 0.3},
                true,
                "test input");
        ShareDistribution a = new ShareDistribution(48.5, 41, 46, 48.5, 51, 56);
        ShareDistribution b = new ShareDistribution(47.8, 40, 45, 47.8, 50, 55);
        return new MayorForecast(
                "x-2024",
                "senate",
                "fptp",
                input,
                SimulationSettings.withDefaults(),
                100_000,
                100_000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("a", "Ann A", "dem", 0.54, 0, 0, 0, a, a),
                        new CandidateForecast("b", "Bob B", "rep", 0.46, 0, 0, 0, b, b),
                        new CandidateForecast("c", "Cy C", "lib", 0, 0, 0, 0, third, third)),
                List.of(),
                new long[3 * MayorForecast.BINS],
                new long[3 * MayorForecast.BINS],
                null,
                List.of(),
                false);
    }

    @Test
    void aThirdOnOnePercentIsNotDrawnButOneWhoseRangeReachesFivePercentIs() {
        assertThat(ReportCharts.sharesDrawn(forecast(new ShareDistribution(1.0, 0.3, 0.7, 1.0, 1.3, 2.2))))
                .extracting(CandidateForecast::id)
                .containsExactly("a", "b");
        assertThat(ReportCharts.sharesDrawn(forecast(new ShareDistribution(3.5, 1.5, 2.7, 3.4, 4.2, 5.6))))
                .extracting(CandidateForecast::id)
                .containsExactly("a", "b", "c");
    }
}
