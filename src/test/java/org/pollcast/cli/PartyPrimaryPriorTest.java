package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A party's primary before its first poll: the 2025 New York City Democratic primary, whose eleven candidates are
 * all Democrats, with 2021's primary as its baseline (its first round as published: Adams 289,403, Wiley 201,193,
 * Garcia 184,463, Yang 115,130, Stringer 51,778; the article's infobox, as mirrored at
 * https://wikizero.net/wiki/en/2021_New_York_City_Democratic_mayoral_primary). The baseline's shares are read by
 * party, and one party's share cannot be split between eleven candidates. Before, each took all of it and the
 * forecast stopped with "internal error: mean shares sum to 1100.0", and the backtest with it.
 */
class PartyPrimaryPriorTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithNewYork() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "nyc-2021.yaml", "nyc-2025.yaml");
        Files.writeString(
                data.resolve("results/nyc_mayor_results.csv"),
                """
                year,round,candidate,party,votes,source
                2021,1,Eric Adams,Democratic,289403,WIKI-NYC2021
                2021,1,Maya Wiley,Democratic,201193,WIKI-NYC2021
                2021,1,Kathryn Garcia,Democratic,184463,WIKI-NYC2021
                2021,1,Andrew Yang,Democratic,115130,WIKI-NYC2021
                2021,1,Scott Stringer,Democratic,51778,WIKI-NYC2021
                """ + InstantRunoffCountTest.ROUND_1.substring(InstantRunoffCountTest.ROUND_1.indexOf('\n') + 1));
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void beforeTheFirstPollTheForecastSaysWhyItCannotStart() {
        CliRun r = run("forecast", "nyc-2025", "--as-of", "2025-04-01", "--sims", "2000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("a party's share there cannot be split between its candidates here (dem (11 candidates))")
                .doesNotContain("internal error");
    }

    @Test
    void theBacktestSkipsTheHorizonsBeforeTheFirstPollAndScoresTheRest() {
        CliRun in = run(
                "ingest",
                Path.of("src/test/resources/ingest/wikipedia-nyc-2025.html").toString(),
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = run(
                "backtest",
                "nyc-2025",
                "--days-before",
                "1,60",
                "--sims",
                "2000",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("skipped: nyc-2025, 60 days out: no polls dated by 2025-04-25 and no prior from the"
                        + " baseline")
                .containsPattern("nyc-2025\\s+\\|\\s+1\\s+\\|\\s+model");
    }

    /**
     * Every candidate a Democrat, the party-bloc prior cannot tell whose voters rank whom: it split the others'
     * second preferences between Mamdani and Cuomo about in proportion (Mamdani 47.0% of the final round, 26% to win).
     * The surveys that asked both rounds put Mamdani 4 to 7 points above that split (the other progressives' voters
     * ranked him; he won the final round 56.4 to 43.6); the forecast now leans that way, shrunk, and says so.
     */
    @Test
    void runoffQuestionsTiltThePriorsSecondPreferences() throws IOException {
        CliRun in = run(
                "ingest",
                Path.of("src/test/resources/ingest/wikipedia-nyc-2025.html").toString(),
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = run("forecast", "nyc-2025", "--as-of", "2025-06-23", "--sims", "20000", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode mayor = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out())
                .path("contests")
                .path("mayor");
        com.fasterxml.jackson.databind.JsonNode mamdani = null;
        com.fasterxml.jackson.databind.JsonNode cuomo = null;
        for (com.fasterxml.jackson.databind.JsonNode c : mayor.path("candidates")) {
            if (c.path("id").asText().equals("mamdani")) {
                mamdani = c;
            } else if (c.path("id").asText().equals("cuomo")) {
                cuomo = c;
            }
        }
        double m = mamdani.path("firstPref").path("mean").asDouble();
        double c = cuomo.path("firstPref").path("mean").asDouble();
        assertThat(mamdani.path("runoffShare").path("mean").asDouble()).isGreaterThan(100 * m / (m + c) + 2);
        assertThat(mamdani.path("pWin").asDouble()).isBetween(0.35, 0.5);
        assertThat(r.out())
                .contains("run-off polls: in 3 surveys asking both rounds, Andrew Cuomo's run-off share against Zohran"
                        + " Mamdani was");
    }
}
