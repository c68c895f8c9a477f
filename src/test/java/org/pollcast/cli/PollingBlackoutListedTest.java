package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code elections} says a definition's polling blackout (Peru's week before each round, Poland's day before polling day), which moves the final window
 * pollster-accuracy scores: before, a definition's `pollingBlackout` was read and checked but shown nowhere, so a user
 * could not see that it had been taken.
 */
class PollingBlackoutListedTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithPeru() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Path elections = Path.of("src/test/resources/ingest/elections");
        Files.copy(elections.resolve("pe-2016.yaml"), data.resolve("elections/pe-2016.yaml"));
        // Poland's electoral silence: the one day before polling day
        Files.copy(elections.resolve("sejm-2019.yaml"), data.resolve("elections/sejm-2019.yaml"));
        Files.copy(elections.resolve("sejm-2023.yaml"), data.resolve("elections/sejm-2023.yaml"));
    }

    @Test
    void electionsSaysTheBlackoutAndNothingWhereThereIsNone() {
        CliRun r = CliRun.in(tmp.resolve("store.db"), "elections", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("pe-2016      2016-04-10  Peruvian presidential election 2016\n"
                        + "    president: two-round, 7 candidates; second round 2016-06-05\n"
                        + "    polling blackout: no poll published in the 7 days before polling day");
        assertThat(r.out())
                .contains("sejm-2023    2023-10-15  Polish Sejm election 2023\n"
                        + "    sejm: additional-member, 460 seats (all list, dhondt, threshold 5%); forecast from its list vote\n"
                        + "    polling blackout: no poll published on the day before polling day");
        assertThat(r.out())
                .doesNotContain("london-2012  2012-05-03  London Mayor and London Assembly elections 2012\n"
                        + "    polling blackout");
    }
}
