package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A landslide elected on the first count in all but a few draws has no final pair common enough to draw: a blind
 * trial's report of Ireland's 2018 presidential election a week out (Higgins 71% of first preferences, his likeliest
 * final pair 0.1%) stopped with an internal error, the charting library's "Y-Axis data cannot be empty", as the final
 * pairs' chart had no bar. Made-up figures of that shape.
 */
class LandslideChartsTest {
    private static List<String> chartIds(double pairChance) {
        Election election = IngestFixtures.CATALOG.resolve("london-2021");
        ShareInput input = new ShareInput(
                "london-2021",
                LocalDate.of(2021, 5, 5),
                1,
                List.of("a", "b"),
                List.of("Ann A", "Bob B"),
                List.of("ind", "ind"),
                new double[] {71, 29},
                new double[] {1, 1},
                true,
                "test input");
        ShareDistribution d = new ShareDistribution(71, 64, 68, 71, 74, 77);
        ShareDistribution e = new ShareDistribution(29, 23, 26, 29, 32, 36);
        MayorForecast f = new MayorForecast(
                "london-2021",
                "mayor",
                "instant-runoff",
                input,
                SimulationSettings.withDefaults(),
                100_000,
                100_000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("a", "Ann A", "ind", 1, 0, pairChance, 1 - pairChance, d, d),
                        new CandidateForecast("b", "Bob B", "ind", 0, 0, pairChance, 0, e, e)),
                List.of(new RunoffPair("a", "b", pairChance, 0.0001, d)),
                new long[2 * MayorForecast.BINS],
                new long[2 * MayorForecast.BINS],
                null,
                List.of(),
                false);
        ReportInput in = new ReportInput(
                election,
                List.of(),
                null,
                null,
                new ElectionForecast(f, null),
                List.of(),
                null,
                Instant.parse("2021-05-01T00:00:00Z"),
                List.of(),
                null,
                null,
                null);
        Palette palette = Palette.load(Path.of("data/palette.yaml")).forElection(election);
        List<ChartSpec> charts = ReportCharts.all(in, palette);
        // Every chart drawn: the library refuses a category chart of no categories.
        charts.forEach(c -> ChartRenderer.build(c, ChartRenderer.Size.SOCIAL));
        return charts.stream().map(ChartSpec::id).toList();
    }

    @Test
    void aPairTooRareToDrawLeavesTheFinalRoundChartsOut() {
        assertThat(chartIds(0.001)).doesNotContain("runoff-pairs", "runoff-margin");
        assertThat(chartIds(0.02)).contains("runoff-pairs", "runoff-margin");
    }
}
