package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * The charts of how the race moved draw the likeliest winners today and anyone who led or ran second earlier: Iceland's
 * 2016 chart (a blind trial) drew Guðni and Halla Tómasdóttir, the final two, and not Davíð Oddsson, second in every
 * forecast until the last weeks. Made-up figures of that shape.
 */
class RaceChartsShownTest {
    private static final ShareDistribution D = new ShareDistribution(40, 30, 35, 40, 45, 50);

    private static MayorForecast forecast() {
        List<String> ids = List.of("g", "h", "d", "a");
        ShareInput input = new ShareInput(
                "x-2016",
                LocalDate.of(2016, 6, 24),
                1,
                ids,
                List.of("Guðni", "Halla", "Davíð", "Andri"),
                List.of("ind", "ind", "ind", "ind"),
                new double[] {45, 25, 15, 15},
                new double[] {1, 1, 1, 1},
                true,
                "test input");
        return new MayorForecast(
                "x-2016",
                "president",
                "fptp",
                input,
                SimulationSettings.withDefaults(),
                1000,
                1000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("g", "Guðni", "ind", 0.95, 0, 0, 0, D, D),
                        new CandidateForecast("h", "Halla", "ind", 0.04, 0, 0, 0, D, D),
                        new CandidateForecast("d", "Davíð", "ind", 0.007, 0, 0, 0, D, D),
                        new CandidateForecast("a", "Andri", "ind", 0.003, 0, 0, 0, D, D)),
                List.of(),
                new long[2 * MayorForecast.BINS],
                new long[2 * MayorForecast.BINS],
                null,
                List.of(),
                false);
    }

    private static RaceSeries.Point point(String day, double g, double h, double d, double a) {
        return new RaceSeries.Point(
                LocalDate.parse(day),
                3,
                0,
                "test",
                Map.of("g", g / 100, "h", h / 100, "d", d / 100, "a", a / 100),
                Map.of(
                        "g", new RaceSeries.Share(g, g - 5, g + 5),
                        "h", new RaceSeries.Share(h, h - 5, h + 5),
                        "d", new RaceSeries.Share(d, d - 5, d + 5),
                        "a", new RaceSeries.Share(a, a - 5, a + 5)));
    }

    @Test
    void theSharesChartDrawsWhoeverRanSecondEarlier() {
        List<RaceSeries.Point> race = List.of(
                point("2016-05-01", 60, 5, 20, 10),
                point("2016-06-01", 50, 15, 18, 12),
                point("2016-06-24", 45, 25, 15, 15));
        assertThat(RaceCharts.shown(forecast(), race, true))
                .extracting(CandidateForecast::id)
                .containsExactly("g", "h", "d");
    }

    @Test
    void aRaceWhoseLeadingTwoNeverChangedDrawsThemAlone() {
        List<RaceSeries.Point> race = List.of(point("2016-05-01", 60, 20, 10, 10), point("2016-06-24", 45, 25, 15, 15));
        assertThat(RaceCharts.shown(forecast(), race, true))
                .extracting(CandidateForecast::id)
                .containsExactly("g", "h");
    }

    /**
     * The share chart's words name every candidate drawn, from the first date with a figure of theirs: a candidate who
     * entered late (Iceland 2024's Halla Tómasdóttir, second on the day and the winner) was left out of them for having
     * none at the first date, and the words still spoke of "the two likeliest winners" beside four lines (review).
     */
    @Test
    void theWordsNameEveryoneDrawnFromTheirFirstFigure() {
        RaceSeries.Point early = new RaceSeries.Point(
                LocalDate.parse("2016-05-01"),
                2,
                0,
                "test",
                Map.of("g", 0.9, "d", 0.1),
                Map.of("g", new RaceSeries.Share(60, 55, 65), "d", new RaceSeries.Share(20, 15, 25)));
        List<RaceSeries.Point> race = List.of(early, point("2016-06-24", 45, 25, 15, 15));
        org.pollcast.election.Election election = org.pollcast.ingest.IngestFixtures.CATALOG.resolve("london-2021");
        ReportInput in = new ReportInput(
                election,
                List.of(),
                null,
                null,
                new org.pollcast.simulate.ElectionForecast(forecast(), null),
                List.of(),
                null,
                java.time.Instant.parse("2016-06-24T00:00:00Z"),
                List.of(),
                null,
                new RaceSeries(1000, 1, "test", race),
                null);
        String words = RaceCharts.alt(in, true);
        assertThat(words)
                .doesNotContain("two likeliest")
                .contains("Halla from 25%")
                .contains("Davíð from 20%");
    }
}
