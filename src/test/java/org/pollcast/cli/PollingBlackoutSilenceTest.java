package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Italy forbids publishing polls in the 15 days before polling day. Its 2022 forecast a week out (the Italian blind
 * trial: Quorum's poll of 7–9 September, src/test/resources/ingest/politpro-it-2022-09-09-quorum.txt) said only "the
 * newest information is 9 days old (2022-09-09)", which reads as a stale kit; it now says that the blackout began on
 * 10 September, so no newer poll could be had. Before the blackout, nothing is added.
 */
class PollingBlackoutSilenceTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithItaly() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "it-2022.yaml");
        CliRun in = run("ingest", "src/test/resources/ingest/politpro-it-2022-09-09-quorum.txt", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void aForecastInsideTheBlackoutSaysWhyItsNewestPollIsOld() {
        CliRun week = run("forecast", "it-2022", "--as-of", "2022-09-18", "--sims", "2000");
        assertThat(week.status()).as(week.err()).isZero();
        assertThat(week.out())
                .contains("the newest information is 9 days old (2022-09-09)")
                .contains("the 15-day polling blackout began on 2022-09-10: no newer poll may be published in the"
                        + " country before polling day");
        CliRun before = run("forecast", "it-2022", "--as-of", "2022-09-09", "--sims", "2000");
        assertThat(before.status()).as(before.err()).isZero();
        assertThat(before.out()).doesNotContain("blackout began");
    }
}
