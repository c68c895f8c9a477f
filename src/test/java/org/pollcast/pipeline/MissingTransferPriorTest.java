package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.ingest.TransferPriorReader;
import org.pollcast.simulate.SimulationSettings;

/**
 * A data folder holding a place's definitions, polls and results but no transfers/prior.yaml (four blind trials'
 * kits) was refused every forecast, backtest and report. It now forecasts from pollcast's own prior, and says so.
 */
class MissingTransferPriorTest {
    @TempDir
    Path tmp;

    @Test
    void pollcastsOwnPriorIsTheBundledFile() {
        assertThat(TransferPriorReader.bundled())
                .isEqualTo(TransferPriorReader.load(Path.of("data/transfers/prior.yaml")));
    }

    @Test
    void aDataFolderWithoutTheTransferPriorForecastsWithPollcastsOwnAndSaysSo() throws IOException {
        Path with = tmp.resolve("with");
        IngestFixtures.copyData(with);
        Path without = tmp.resolve("without");
        IngestFixtures.copyData(without);
        Files.delete(without.resolve("transfers/prior.yaml"));
        // A Supplementary Vote count: second preferences are drawn from the prior.
        // 4,000 simulations: the two forecasts must be identical, not precise.
        ForecastRequest request = ForecastRequest.of("london-2012", LocalDate.of(2012, 4, 26))
                .withSimulation(SimulationSettings.withDefaults().withSims(4_000));

        List<String> notices = new ArrayList<>();
        var own = Forecasts.run(
                new Workspace(DataHome.locate(without), tmp.resolve("a.db"), List.of(), notices::add), request);
        var bundled = Forecasts.run(Workspace.of(with, tmp.resolve("b.db")), request);

        assertThat(own.forecast().mayor().candidates())
                .isEqualTo(bundled.forecast().mayor().candidates());
        assertThat(notices)
                .anySatisfy(n -> assertThat(n)
                        .contains("transfers/prior.yaml: no such file in this data folder")
                        .contains("pollcast's own prior")
                        .contains("copy it here and edit its blocs"));
    }

    /**
     * A plurality race draws nothing from the prior, so a data folder without one hears nothing of second
     * preferences: london-2024 elects its Mayor by first past the post (the Pennsylvania trial's Senate races were
     * told of second preferences they do not have).
     */
    @Test
    void aPluralityRaceIsToldNothingOfThePrior() throws IOException {
        Path without = tmp.resolve("without");
        IngestFixtures.copyData(without);
        Files.delete(without.resolve("transfers/prior.yaml"));
        List<String> notices = new ArrayList<>();
        Forecasts.run(
                new Workspace(DataHome.locate(without), tmp.resolve("a.db"), List.of(), notices::add),
                ForecastRequest.of("london-2024", LocalDate.of(2024, 4, 25))
                        .withSimulation(SimulationSettings.withDefaults().withSims(1_000)));
        assertThat(notices).noneMatch(n -> n.contains("prior.yaml"));
    }
}
