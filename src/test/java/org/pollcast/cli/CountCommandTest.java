package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pollcast count} against the official results in data/results (sources in data/results/SOURCES.md): the
 * Supplementary Vote's final rounds as declared, 2024's first past the post, the Assembly's constituencies and
 * list seats.
 */
class CountCommandTest {
    @TempDir
    Path tmp;

    private JsonNode json(String election) throws Exception {
        CliRun r = CliRun.in(tmp.resolve("store.db"), "count", election, "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** The declared final rounds: PR2008M, WIKI2012M, STATINV2016 and HCL2021. */
    @ParameterizedTest
    @CsvSource({
        "london-2008, johnson, 1168738, livingstone, 1028966",
        "london-2012, johnson, 1054811, livingstone, 992273",
        "london-2016, khan, 1310143, goldsmith, 994614",
        "london-2021, khan, 1206034, bailey, 977601",
        "london-2000, livingstone, 776427, norris, 564137"
    })
    void theRunOffIsTheDeclaredOne(String election, String winner, long wins, String loser, long loses)
            throws Exception {
        JsonNode mayor = json(election).get("mayor");
        assertThat(mayor.get("winner").asText()).isEqualTo(winner);
        assertThat(mayor.get("firstRoundWin").asBoolean()).isFalse();
        JsonNode finalists = mayor.get("runoff").get("finalists");
        assertThat(finalists.get(0).get("id").asText()).isEqualTo(winner);
        assertThat(finalists.get(0).get("votes").asLong()).isEqualTo(wins);
        assertThat(finalists.get(1).get("id").asText()).isEqualTo(loser);
        assertThat(finalists.get(1).get("votes").asLong()).isEqualTo(loses);
        assertThat(mayor.get("check").get("matches").asBoolean()).isTrue();
    }

    @Test
    void twentyTwentyOneTransfersComeOutOfTheFirstBySecondTable() throws Exception {
        // The table (LE2021M) is not the published totals: these come out of its Khan and Bailey columns.
        JsonNode mayor = json("london-2021").get("mayor");
        assertThat(mayor.get("transfersFrom").asText()).contains("first-by-second table");
        JsonNode finalists = mayor.get("runoff").get("finalists");
        assertThat(finalists.get(0).get("transfers").asLong()).isEqualTo(192_313);
        assertThat(finalists.get(1).get("transfers").asLong()).isEqualTo(84_550);
        long first = 0;
        for (JsonNode v : mayor.get("firstRound")) {
            first += v.get("votes").asLong();
        }
        assertThat(first).isEqualTo(2_531_357); // GLRO2021 valid first preferences
        assertThat(mayor.get("runoff").get("exhausted").asLong()).isEqualTo(2_531_357 - 1_206_034 - 977_601);
    }

    @Test
    void twentyTwentyFourIsFirstPastThePost() throws Exception {
        JsonNode c = json("london-2024");
        assertThat(c.get("mayor").get("system").asText()).isEqualTo("fptp");
        assertThat(c.get("mayor").get("winner").asText()).isEqualTo("khan");
        assertThat(c.get("mayor").get("runoff").isNull()).isTrue();
        assertThat(c.get("mayor").get("firstRound").get(0).get("votes").asLong())
                .isEqualTo(1_088_225);
        assertSeats(c, Map.of("lab", new int[] {10, 1}, "con", new int[] {3, 5}, "grn", new int[] {0, 3}));
        // First past the post has one round: the winner is not said to have won "in the first round".
        CliRun table = CliRun.in(tmp.resolve("store.db"), "count", "london-2024");
        assertThat(table.out()).contains("winner: khan (most votes)").doesNotContain("first round)");
    }

    /** 2016 and 2021: all 14 constituency declarations bundled, so every seat is counted here. */
    @ParameterizedTest
    @CsvSource({"london-2016, 9, 5", "london-2021, 9, 5", "london-2024, 10, 3"})
    void everyConstituencyIsCountedAsDeclared(String election, int lab, int con) throws Exception {
        JsonNode a = json(election).get("assembly");
        assertThat(a.get("constituencies")).hasSize(14);
        assertThat(a.get("notCounted")).isEmpty();
        Map<String, Integer> won = new HashMap<>();
        for (JsonNode s : a.get("constituencies")) {
            assertThat(s.get("matchesPublished").asBoolean()).as(s.toString()).isTrue();
            won.merge(s.get("party").asText(), 1, Integer::sum);
        }
        assertThat(won.get("lab")).isEqualTo(lab);
        assertThat(won.get("con")).isEqualTo(con);
        assertThat(a.get("listCheck").get("matches").asBoolean()).isTrue();
    }

    @Test
    void incompleteFiguresAreNamedNotCounted() throws Exception {
        JsonNode c = json("london-2012");
        JsonNode a = c.get("assembly");
        assertThat(a.get("constituencies")).hasSize(6);
        assertThat(a.get("notCounted").toString())
                .contains("Enfield and Haringey: no figures")
                .contains("North East: incomplete");
        assertThat(a.get("constituencySeats").asText()).contains("published");
        assertThat(a.get("listCheck").get("matches").asBoolean()).isTrue();

        JsonNode y2004 = json("london-2004");
        assertThat(y2004.get("mayor").isNull()).isTrue();
        assertThat(y2004.get("notes").toString()).contains("first preferences missing");
    }

    @Test
    void tableShowsEveryRoundAndTheCheck() {
        CliRun r = CliRun.in(tmp.resolve("store.db"), "count", "london-2008");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Round 1: first preferences")
                .contains("Round 2: the top two")
                .contains("check: counted 1,168,738 v 1,028,966; published 1,168,738 v 1,028,966")
                .contains("first preferences sum to 2,415,958; published valid votes 2,415,958: the same");
    }

    /**
     * A count from a data folder of one's own names the files it counted, not the bundled folder (it said "counted
     * from data/results" whatever {@code --data} was). West of England 2025's results, printed with thousands
     * separators (src/test/resources/ingest/README.md).
     */
    @Test
    void aCountFromAnotherDataFolderNamesTheFilesItCounted() throws Exception {
        Path data = tmp.resolve("mydata");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String e : new String[] {"weca-2021.yaml", "weca-2025.yaml"}) {
            java.nio.file.Files.copy(fixtures.resolve("elections/" + e), data.resolve("elections/" + e));
        }
        java.nio.file.Files.copy(
                fixtures.resolve("results/weca_mayor_results.csv"), data.resolve("results/weca_mayor_results.csv"));
        CliRun r = CliRun.in(tmp.resolve("store.db"), "count", "weca-2025", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("weca-2025 mayor (fptp), counted from " + data.resolve("results/weca_mayor_results.csv"))
                .contains("51197")
                .contains("winner: godwin (most votes)");
    }

    @Test
    void anElectionWithNoResultsIsBadInput() {
        CliRun r = CliRun.in(tmp.resolve("store.db"), "count", "london-2028");
        assertThat(r.status()).isEqualTo(2);
        // Why nothing was counted, not "no figures": the notes name the files read and what they lack.
        assertThat(r.err())
                .contains("london-2028: nothing to count")
                .contains("no first preferences in data/results")
                .contains("no rows for 2028");
    }

    private static void assertSeats(JsonNode c, Map<String, int[]> expected) {
        Map<String, int[]> got = new HashMap<>();
        for (JsonNode p : c.get("assembly").get("list")) {
            got.put(p.get("party").asText(), new int[] {
                p.get("constituencySeats").asInt(), p.get("listSeats").asInt()
            });
        }
        expected.forEach((party, seats) -> assertThat(got.get(party)).as(party).containsExactly(seats));
    }
}
