package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * Before its first poll, a forecast starts from the baseline's result by party, and a candidate whose party did not
 * stand then has no share of it. West of England 2025 (baseline 2021: Labour, Conservative, Green and Liberal Democrat,
 * all four standing again) put Arron Banks (Reform UK, 22.1% in the result) and Ian Scott (independent, 2.3%) inside an
 * "Others" of 0.0%: a forecast from polls gives each candidate no poll names the share such candidates won in the other
 * elections, and this one gave them nothing. Figures: src/test/resources/ingest/README.md.
 */
class BaselineOthersFloorTest {
    @TempDir
    Path tmp;

    @Test
    void candidatesTheBaselineCarriesNothingToGetWhatUnpolledCandidatesWin() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String f :
                new String[] {"elections/weca-2021.yaml", "elections/weca-2025.yaml", "results/weca_mayor_results.csv"
                }) {
            Files.copy(fixtures.resolve(f), data.resolve(f));
        }
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("weca-2025", LocalDate.of(2025, 4, 1))
                        .withSimulation(SimulationSettings.withDefaults().withSims(2_000L)));
        ShareInput in = o.forecast().mayor().input();
        assertThat(in.fromPolls()).isFalse();
        assertThat(in.options()).doesNotContain("banks", "scott");
        double others = in.mean()[in.options().indexOf("other")];
        // London's bundled elections' candidates no poll named won about 0.6 to 0.9% each.
        assertThat(others).as("two candidates' worth").isBetween(2 * 0.4, 2 * 1.2);
        assertThat(Arrays.stream(in.mean()).sum()).isCloseTo(100, within(1e-9));
        assertThat(in.source()).contains("others raised to", "for 2 candidates whose party did not stand in weca-2021");
    }
}
