package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A party that carries on a baseline party ({@code succeeds}) starts in each constituency from that party's votes
 * there, as it does across the whole area. Before, the constituencies' baselines were read under the baseline's ids
 * alone: a joint list or a renamed party started at 0 in every constituency, its predecessors' votes in Others.
 * London 2024 with its Greens given another id that carries on 2021's {@code grn} must start where the bundled one does.
 */
class RenamedPartyConstituenciesTest {
    @TempDir
    Path tmp;

    private static AssemblyInput assembly(Path data, Path store) {
        return Forecasts.run(
                        Workspace.of(data, store),
                        ForecastRequest.of("london-2024", LocalDate.of(2024, 4, 25))
                                .withSimulation(
                                        SimulationSettings.withDefaults().withSims(2_000L)))
                .assemblyInput();
    }

    @Test
    void aRenamedPartyKeepsItsConstituencyBaseline() throws IOException {
        Path bundled = tmp.resolve("bundled");
        IngestFixtures.copyData(bundled);
        Path renamed = tmp.resolve("renamed");
        IngestFixtures.copyData(renamed);
        Path def = renamed.resolve("elections/london-2024.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replace("{id: grn, name: Green}", "{id: greens, name: Green, succeeds: [grn]}")
                        .replace("party: grn}", "party: greens}")
                        .replace("parties: [lab, con, grn,", "parties: [lab, con, greens,"));

        AssemblyInput before = assembly(bundled, tmp.resolve("a.db"));
        AssemblyInput after = assembly(renamed, tmp.resolve("b.db"));

        int n = before.parties().size();
        int grn = before.parties().indexOf("grn");
        int greens = after.parties().indexOf("greens");
        assertThat(greens).isEqualTo(grn);
        assertThat(before.constituencies()).isEqualTo(after.constituencies());
        for (int c = 0; c < before.constituencies().size(); c++) {
            assertThat(after.baseline()[c * n + greens])
                    .as(before.constituencies().get(c))
                    .isGreaterThan(2)
                    .isCloseTo(before.baseline()[c * n + grn], within(1e-9));
        }
    }
}
