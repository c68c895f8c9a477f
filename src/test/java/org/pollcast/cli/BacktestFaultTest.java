package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * An election whose data cannot be forecast is skipped, saying why, and the others are scored (it stopped the whole
 * run: the Berlin trial's 2023, its baseline without a result); and the run fails, for a fault in the data is no gap to
 * pass over (review: a typo in a results file exited 0 with nothing scored).
 */
class BacktestFaultTest {
    @TempDir
    Path tmp;

    @Test
    void anElectionWithAFaultIsSkippedAndTheRunFails() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        // A body named otherwise than in its baseline (BaselineContests): a fault of london-2024's definition alone.
        Path definition = data.resolve("elections/london-2024.yaml");
        Files.writeString(definition, Files.readString(definition).replace("\n  assembly:\n", "\n  senedd:\n"));
        CliRun r = CliRun.inData(
                tmp.resolve("x.db"),
                data,
                "backtest",
                "london-2021",
                "london-2024",
                "--days-before",
                "7",
                "--sims",
                "2000",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("skipped: london-2024: not forecast: ").contains(" london-2021  |");
        assertThat(r.err()).contains("1 election could not be forecast");
    }
}
