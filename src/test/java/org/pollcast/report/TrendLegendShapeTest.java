package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * The trend chart draws each poll as a dot on the trend's base (of those naming a candidate), and each pollster's
 * legend shape on its first poll's top figure, with that candidate's dot drawn again over the shape. The shape was
 * placed on the figure as printed: a poll printed with its don't-knows got a second, phantom dot. Croatia's 2024 blind
 * trial: Promocija plus for HRT, 15–17 October 2024 (n = 1,000; tportal.hr), Milanović 36.5, Primorac 23.9, Selak
 * Raspudić 9.4, Kekin 7.1, Jonjić 1.4, Bulj 2.9, Lozo 3.1 and three who did not stand (Kolakušić 1.6, Keleminec 0.4,
 * Weiss 0.4), undecided 12.1: its dot for Milanović at 43.3, and a second at 36.5.
 */
class TrendLegendShapeTest {
    @TempDir
    Path dir;

    @Test
    void theLegendShapeSitsOnItsPollsDotNotOnThePrintedFigure() throws IOException {
        IngestFixtures.copyDataWith(dir, "hr-2019.yaml", "hr-2024.yaml");
        Workspace ws = Workspace.of(dir, dir.resolve("store.db"));
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("milanovic", 36.5);
        shares.put("primorac", 23.9);
        shares.put("selak-raspudic", 9.4);
        shares.put("kekin", 7.1);
        shares.put("jonjic", 1.4);
        shares.put("bulj", 2.9);
        shares.put("lozo", 3.1);
        shares.put("kolakusic", 1.6);
        shares.put("keleminec", 0.4);
        shares.put("weiss", 0.4);
        Poll october = PollBuilder.of("hr-2024", "president", Scope.FIRST_PREF, "Promocija plus")
                .client("HRT")
                .started(LocalDate.of(2024, 10, 15))
                .ended(LocalDate.of(2024, 10, 17))
                .sample(1000)
                .shares(shares)
                .dontKnow(12.1)
                .partial(true)
                .build();
        try (PollStore store = ws.openStore()) {
            store.add("hr.csv", "0".repeat(64), "wide-csv", List.of(Map.entry(october, "2")), false);
        }
        ForecastRequest r = ForecastRequest.of("hr-2024", LocalDate.of(2024, 10, 20))
                .withSimulation(SimulationSettings.withDefaults().withSims(2_000));
        var in = ReportInputs.gather(ws, Forecasts.run(ws, r), r.averaging(), null, Instant.EPOCH);
        ChartSpec trend =
                PollCharts.trend(in, Palette.load(dir.resolve("palette.yaml")).forElection(in.election()));
        double dot = trend.series().stream()
                .filter(s -> s.name().equals("Zoran Milanović · Promocija plus"))
                .findFirst()
                .orElseThrow()
                .y()[0];
        assertThat(dot).isGreaterThan(40);
        List<ChartSpec.Series> shapes = trend.series().stream()
                .filter(s -> s.inLegend() && s.style().equals("dots"))
                .toList();
        assertThat(shapes).hasSize(1);
        assertThat(shapes.get(0).y()[0]).isCloseTo(dot, within(1e-9));
        assertThat(trend.series())
                .filteredOn(s -> s.style().equals("dots"))
                .allSatisfy(s -> assertThat(s.y()[0]).isNotCloseTo(36.5, within(0.01)));
    }
}
