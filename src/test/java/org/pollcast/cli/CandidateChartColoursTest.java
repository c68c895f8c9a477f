package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportCharts;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A candidate who shares a party is drawn in its own colour on every chart. Chicago 2023 (nonpartisan: every
 * candidate of one party) with Vallas listed last, so that he is not the party's first candidate and has a colour of
 * his own: the run-off margin chart drew him in the party's colour (Johnson's, the first listed), while the
 * first-preferences chart drew him in his own. The polls are the fixture page's (src/test/resources/ingest).
 */
class CandidateChartColoursTest {
    @TempDir
    Path tmp;

    @Test
    void theRunoffMarginChartDrawsACandidateInTheColourOfTheOtherCharts() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyDataWith(data, "chicago-2019.yaml", "chicago-2023.yaml");
        Path yaml = data.resolve("elections/chicago-2023.yaml");
        List<String> lines = Files.readAllLines(yaml);
        String vallas = lines.stream()
                .filter(l -> l.contains("{id: vallas"))
                .findFirst()
                .orElseThrow();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            last = lines.get(i).startsWith("      - {id: ") ? i : last;
        }
        List<String> moved = new java.util.ArrayList<>(lines);
        moved.add(last + 1, vallas);
        moved.remove(vallas);
        Files.write(yaml, moved);
        Path store = tmp.resolve("store.db");
        CliRun in = CliRun.in(
                store,
                "ingest",
                "src/test/resources/ingest/wikipedia-chicago-2023.html",
                "--election",
                "chicago-2023",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();

        Workspace ws = Workspace.of(data, store);
        ForecastRequest r = ForecastRequest.of("chicago-2023", LocalDate.parse("2023-02-27"))
                .withSimulation(SimulationSettings.withDefaults().withSims(4000L));
        ReportInput input = ReportInputs.gather(
                ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-11-25T00:00:00Z"));
        Palette palette = Palette.load(data.resolve("palette.yaml")).forElection(input.election());
        Map<String, ChartSpec> charts =
                ReportCharts.all(input, palette).stream().collect(Collectors.toMap(ChartSpec::id, Function.identity()));
        ChartSpec.Series margin = charts.get("runoff-margin").series().get(0);
        ChartSpec.Series first = charts.get("first-preferences").series().stream()
                .filter(s -> s.name().equals(margin.name()))
                .findFirst()
                .orElseThrow();
        assertThat(margin.name())
                .as("the premise: Vallas leads the likeliest pair")
                .isEqualTo("Paul Vallas");
        assertThat(margin.colour())
                .as("the premise: his own colour, not the party's")
                .isEqualTo(palette.hex("vallas", "np"))
                .isNotEqualTo(palette.hex("np"));
        assertThat(margin.colour()).isEqualTo(first.colour());
    }
}
