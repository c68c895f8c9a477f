package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.SimulationSettings;

/**
 * "How this forecast did" says how a list near its threshold fared: Berlin's FDP, polled at 7% by Civey in January
 * 2023, won 4.6% of the list vote in the repeat election and lost all its seats. Before, a list under 5% was no row of
 * the shares the page set beside the result, and the page said nothing of the chance it had been given.
 */
class ThresholdResultTest {
    @TempDir
    Path tmp;

    @Test
    void aListThatFellUnderTheThresholdIsSetBesideItsChance() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "berlin", "src/test/resources/ingest/politpro-berlin-2023-civey.txt");
        ForecastRequest r = ForecastRequest.of("berlin-2023", LocalDate.of(2023, 1, 20))
                .withSimulation(SimulationSettings.withDefaults().withSims(4_000L));
        ReportInput in = ReportInputs.gather(
                ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-12-01T00:00:00Z"));

        List<ResultCheck.Threshold> near = in.result().thresholds();
        assertThat(near).extracting(ResultCheck.Threshold::id).contains("fdp");
        ResultCheck.Threshold fdp =
                near.stream().filter(t -> t.id().equals("fdp")).findFirst().orElseThrow();
        assertThat(fdp.passed()).isFalse();
        assertThat(fdp.pOver()).isGreaterThan(0.5);
        // The parties far over it (CDU, SPD, the Greens, the Left, AfD) are not listed.
        assertThat(near).extracting(ResultCheck.Threshold::id).doesNotContain("cdu", "spd", "grune", "linke", "afd");

        String page = HtmlReport.render(
                in, List.of(), Palette.load(Path.of("data/palette.yaml")).forElection(in.election()));
        assertThat(page).contains("FDP won 4.6% of the list vote, under its 5% threshold; the forecast gave it ");
        // A list vote's others are parties, not candidates (the French EP trial's page said "the candidates").
        assertThat(page)
                .contains("Others (the parties the forecast did not name)")
                .doesNotContain("Others (the candidates");
    }

    /**
     * A parliament's result is its list vote: with the parties that won no seat missing (Berlin's 2021 list results
     * give the six seat winners only), the page says the list vote count is incomplete. Before, it spoke of a
     * "first-preference count", a Mayor's.
     */
    @Test
    void anIncompleteListVoteIsCalledSo() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "berlin", "src/test/resources/ingest/politpro-berlin-2021-insa.txt");
        ForecastRequest r = ForecastRequest.of("berlin-2021", LocalDate.of(2021, 9, 25))
                .withSimulation(SimulationSettings.withDefaults().withSims(2_000L));
        ReportInput in = ReportInputs.gather(
                ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(in.result().notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("The list vote count in data/results is incomplete")
                        .endsWith("so no list vote share can be worked out."))
                .noneSatisfy(n -> assertThat(n).contains("first-preference"));
    }
    /**
     * Saxony 2024: Die Linke won 4.5% of the list vote, under the 5% threshold, and 6 seats through two constituencies;
     * the Freie Wähler 2.3% and one constituency. Before, the page said each was "under its 5% threshold" and no more,
     * beside the seats it won in the table above.
     */
    @Test
    void aListSeatedUnderItsThresholdIsSaidToHaveWonSeatsAllTheSame() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "saxony", "src/test/resources/ingest/politpro-saxony-2024-insa.txt");
        ForecastRequest r = ForecastRequest.of("saxony-2024", LocalDate.of(2024, 8, 25))
                .withSimulation(SimulationSettings.withDefaults().withSims(4_000L));
        ReportInput in = ReportInputs.gather(
                ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-12-01T00:00:00Z"));
        String page = HtmlReport.render(
                in, List.of(), Palette.load(Path.of("data/palette.yaml")).forElection(in.election()));
        assertThat(page)
                .containsPattern("Die Linke won 4\\.5% of the list vote, under its 5% threshold; the forecast gave it"
                        + " [0-9.]+% \\([^)]*\\) to pass; it won 6 seats all the same, by a route the threshold does"
                        + " not count \\(constituencies won, or an exemption\\)\\.")
                .contains("won 1 seat all the same")
                // A list over its threshold is said no more than before.
                .containsPattern("Gr&uuml;ne won 5\\.1% of the list vote, over its 5% threshold; the forecast gave it"
                        + " [0-9.]+% \\([^)]*\\) to pass\\.<");
    }
}
