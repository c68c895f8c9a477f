package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New York City's 2021 Democratic primary (instant-runoff, 13 Democrats) a day out, from the encyclopedia's table of
 * ranked-choice polls (src/test/resources/ingest/wikipedia-nyc-2021-rcv.copied.csv): Data for Progress and Citizen
 * Data give Adams v Wiley as their final round and Adams v Garcia as another (Garcia 52 to 48; Adams 54 to 46), Emerson
 * Adams v Garcia (52 to 48), Ipsos Adams v Yang. Every candidate a Democrat, the party-bloc prior spreads second
 * preferences about in proportion. Before, only the surveys of the pair leading the average (Adams v Wiley) counted:
 * Emerson's and Ipsos's were left out, and Adams v Garcia, the final the count gave (Adams 50.4), was the likeliest pair
 * 33% of the time. Then every pair's surveys counted (38%), but a survey's second final pair could not be stored (the
 * store's key held one run-off a survey); now it is, and Adams v Garcia rests on three surveys.
 */
class RunoffPairsTest {
    @TempDir
    Path tmp;

    private Path data;

    /**
     * The 13 candidates on the ballot (the table names eight, and the rest under Others); {@link
     * InstantRunoffCountTest} counts the primary with it too.
     */
    static final String DEFINITION = """
            id: nyc-2021
            name: New York City Democratic mayoral primary 2021
            date: 2021-06-22
            parties:
              - {id: dem, name: Democratic}
            contests:
              mayor:
                system: instant-runoff
                candidates:
                  - {id: adams, name: Eric Adams, party: dem}
                  - {id: garcia, name: Kathryn Garcia, party: dem}
                  - {id: wiley, name: Maya Wiley, party: dem}
                  - {id: yang, name: Andrew Yang, party: dem}
                  - {id: stringer, name: Scott Stringer, party: dem}
                  - {id: morales, name: Dianne Morales, party: dem}
                  - {id: mcguire, name: Raymond McGuire, party: dem}
                  - {id: donovan, name: Shaun Donovan, party: dem}
                  - {id: foldenauer, name: Aaron Foldenauer, party: dem}
                  - {id: chang, name: Art Chang, party: dem}
                  - {id: prince, name: Paperboy Love Prince, party: dem}
                  - {id: taylor, name: Joycelyn Taylor, party: dem}
                  - {id: wright, name: Isaac Wright Jr., party: dem}
            """;

    @BeforeEach
    void dataWithNewYork() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/nyc-2021.yaml"), DEFINITION);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void theSurveysOfEveryPairAskedTiltTheSecondPreferences() throws IOException {
        CliRun in = run(
                "ingest",
                Path.of("src/test/resources/ingest/wikipedia-nyc-2021-rcv.copied.csv")
                        .toString(),
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = run("forecast", "nyc-2021", "--as-of", "2021-06-21", "--sims", "20000", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("run-off polls: surveys asking both rounds of 3 pairs")
                .contains("Eric Adams v Maya Wiley, 2 surveys: Eric Adams's run-off share 4.3 points below the split")
                .contains("Eric Adams v Kathryn Garcia, 3 surveys: Eric Adams's run-off share 9.1 points below the"
                        + " split")
                .contains("Eric Adams v Andrew Yang, 1 survey: Eric Adams's run-off share 2.3 points below the split")
                .contains("counted by instant-runoff's eliminations");
        JsonNode pairs = new ObjectMapper()
                .readTree(r.out())
                .path("contests")
                .path("mayor")
                .path("runoffPairs");
        double adamsGarcia = 0;
        for (JsonNode p : pairs) {
            if (p.path("a").asText().equals("adams") && p.path("b").asText().equals("garcia")) {
                adamsGarcia = p.path("p").asDouble();
            }
        }
        // Garcia gains on Adams in the three surveys of the pair more than Wiley does in hers: Adams v Garcia is the
        // likeliest final (about 52%, from 38% with Emerson's survey alone and 33% before any pair but the leading one
        // counted; 20,000 simulations put this within ±0.4 points).
        assertThat(adamsGarcia).isGreaterThan(0.45);
    }
}
