package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * {@code pollcast seats} and {@code elections} under a majority bonus (the blind trial on Greece's June 2023 election,
 * src/test/resources/ingest/README.md): the bonus is inside the first list's seats, so the calculator's title and the
 * definition's line say the rule, where New Democracy's 158 seats from 40.6% of the vote read as the method's.
 */
class BonusSeatsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theSeatCalculatorSaysTheBonusInsideTheFirstListsSeats() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        IngestFixtures.copyKit(Path.of("src/test/resources/ingest/greece"), data);
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "seats",
                "gr-2023-06",
                "--list",
                "nd=40.56,syriza=17.83,pasok=11.84,kke=7.69,sp=4.68,el=4.44,niki=3.70,pe=3.17,mera25=2.50",
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("300 list seats by largest-remainder, threshold 3% of all list votes; a bonus to the first"
                        + " list of 20 seats at 25% of the valid vote, one more for each 0.5 points above it up to 40%"
                        + " (50 at most), inside its seats")
                .containsPattern("nd\\s*\\|\\s*New Democracy\\s*\\|\\s*40\\.6\\s*\\|\\s*yes\\s*\\|\\s*158");
        CliRun e = CliRun.in(tmp.resolve("store.db"), "elections", "--data", data.toString());
        assertThat(e.out()).contains("threshold 3%, a bonus to the first list of 20 seats at 25% of the valid vote");
    }
}
