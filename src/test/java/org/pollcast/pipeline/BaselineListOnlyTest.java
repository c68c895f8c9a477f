package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A baseline whose list result is to hand but not its constituency-ballot totals (Berlin's 2021 Zweitstimmen, the
 * figures its returns lead with) still seeds the constituency ballot: from the baseline's list vote, said in a note.
 * Before, the repeat election of February 2023 could not be forecast at all ("no Berlin-wide constituency-ballot
 * totals for the baseline berlin-2021").
 */
class BaselineListOnlyTest {
    @TempDir
    Path tmp;

    @Test
    void theConstituencyBallotStartsFromTheBaselinesListVote() throws IOException {
        Workspace ws =
                IngestFixtures.kitWorkspace(tmp, "berlin", "src/test/resources/ingest/politpro-berlin-2023-civey.txt");
        ForecastOutcome out = Forecasts.run(
                ws,
                ForecastRequest.of("berlin-2023", LocalDate.of(2023, 1, 12))
                        .withSimulation(SimulationSettings.withDefaults().withSims(2_000L)));
        AssemblyInput in = out.assemblyInput();

        assertThat(in.sources())
                .anySatisfy(n -> assertThat(n)
                        .contains("no Berlin-wide constituency-ballot totals for the baseline berlin-2021")
                        .contains("starts from berlin-2021's list vote"));
        // 2021's list vote of the six parties (the file has no Others row): SPD 390,329 of 1,594,763.
        int spd = in.parties().indexOf("spd");
        assertThat(in.baselineLondon()[spd]).isCloseTo(100.0 * 390_329 / 1_594_763, within(0.05));
    }
}
