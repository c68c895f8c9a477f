package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chicago trial's 2019 mayoral election (src/test/resources/ingest/wikipedia-chicago-2019.md): five firms' first-round
 * polls, and one firm's poll of Lightfoot v Preckwinkle after the first round.
 */
class SecondRoundOneFirmHouseEffectsTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithChicago() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "chicago-2019.yaml");
        Files.copy(
                Path.of("src/test/resources/ingest/results/chicago_mayor_results.csv"),
                data.resolve("results/chicago_mayor_results.csv"));
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /**
     * {@code house-effects chicago-2019} took the second round's average, one firm's one poll, and printed no table:
     * "one pollster only (FM3 Research): house effects ... cannot be estimated", while five firms had polled the first
     * round. A lean is a firm's distance from the others, so with one firm polling the pair the leans are the first
     * round's polls', and a note says so.
     */
    @Test
    void oneFirmsPollOfThePairGivesTheFirstRoundsLeans() {
        CliRun in = run("ingest", "src/test/resources/ingest/wikipedia-chicago-2019.md");
        assertThat(in.status()).as(in.err()).isZero();
        for (String[] args : new String[][] {
            {"house-effects", "chicago-2019"}, {"house-effects", "chicago-2019", "--reference", "result"}
        }) {
            CliRun r = run(args);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out() + r.err())
                    .contains("We Ask America")
                    .contains("Mason-Dixon")
                    .contains("only FM3 Research polled Lori Lightfoot v Toni Preckwinkle after the first round: the"
                            + " house effects are the first round's polls' (--scope first_pref)")
                    .doesNotContain("one pollster only");
        }
        // The second round's own average is still the one asked with --scope runoff.
        CliRun runoff = run("house-effects", "chicago-2019", "--scope", "runoff");
        assertThat(runoff.out() + runoff.err()).contains("one pollster only (FM3 Research)");
    }
}
