package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finalist who withdraws between the rounds: Josh Kraft, second in Boston's preliminary of 9 September 2025, ended his
 * campaign on the 11th and took his name off the general election's ballot, and Michelle Wu stood unopposed on 4
 * November. A candidate's {@code withdrew} after the first round says so. Before, the definition was refused ("not
 * before the election"), {@code count} named no winner of a second round with one name in it, and the backtest said
 * only that the count gave Kraft no votes (src/test/resources/ingest/elections/boston-2025.yaml; figures in the ingest
 * README).
 */
class FinalistWithdrewTest {
    @TempDir
    Path tmp;

    private Path data;

    private static final Path ELECTIONS = Path.of("src/test/resources/ingest/elections");

    /**
     * The preliminary's count (the city's), and the general election's for Wu and its write-ins, as beaconhilltimes.com
     * and jamaicaplainnews.com printed them (5 and 6 November 2025).
     */
    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2025,1,Michelle Wu,Nonpartisan,66398,Boston Elections Department
            2025,1,Josh Kraft,Nonpartisan,21324,Boston Elections Department
            2025,1,Domingos DaRosa,Nonpartisan,2409,Boston Elections Department
            2025,1,Robert Cappucci,Nonpartisan,2074,Boston Elections Department
            2025,1,Others,,225,write-ins
            2025,2,Michelle Wu,Nonpartisan,78384,beaconhilltimes.com
            2025,2,Write-in,,5696,jamaicaplainnews.com
            """;

    @BeforeEach
    void dataWithBoston() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.copy(ELECTIONS.resolve("boston-2025.yaml"), data.resolve("elections/boston-2025.yaml"));
        Files.writeString(data.resolve("results/boston_mayor_results.csv"), RESULTS);
        kraftWithdrew("2025-09-11");
    }

    private void kraftWithdrew(String day) throws IOException {
        Path def = data.resolve("elections/boston-2025.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replaceAll(
                                "\\{id: kraft, name: Josh Kraft, party: np[^}]*}",
                                "{id: kraft, name: Josh Kraft, party: np, withdrew: " + day + "}"));
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void theOtherFinalistIsElectedUnopposed() {
        CliRun r = run("count", "boston-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: wu")
                .contains("Josh Kraft withdrew from the second round on 2025-09-11: Michelle Wu stood unopposed on"
                        + " 2025-11-04");
        assertThat(run("elections").out()).contains("Josh Kraft withdrew from the second round on 2025-09-11");
    }

    /**
     * The second round's write-ins, an Others line, are read and said, not counted as a finalist's: before, the row was
     * refused as naming no candidate, and with it every command that read the results.
     */
    @Test
    void theSecondRoundsWriteInsAreReadAndLeftOutOfItsShares() {
        CliRun r = run("count", "boston-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("5,696 votes for others (write-ins) left out: a second round's shares are of its finalists")
                .contains("jamaicaplainnews.com");
    }

    @Test
    void noSecondRoundIsForecastOnceAFinalistWithdrew() {
        CliRun r = run("forecast", "boston-2025", "--as-of", "2025-10-28", "--sims", "2000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("Josh Kraft withdrew from the second round on 2025-09-11: Michelle Wu stood unopposed on"
                        + " 2025-11-04: there is no race to forecast")
                .doesNotContain("Exception");
    }

    @Test
    void aWithdrawalOnTheSecondRoundsDayIsRefusedNamingTheField() throws IOException {
        kraftWithdrew("2025-11-04");
        CliRun r = run("elections");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("field 'contests.mayor.candidates[1].withdrew': 2025-11-04 is not before the second round"
                        + " (2025-11-04)")
                .doesNotContain("Exception");
    }
}
