package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result giving the leading candidates and the rest as one "Others" line that holds more votes than the last named
 * one: Los Angeles 2017's first round as its results table prints it (Garcetti 331,310, Schwartz 33,228, Hernandez
 * 13,346, and eight more with 29,263 between them; https://wikimili.com/en/2017_Los_Angeles_mayoral_election).
 * `count` listed Others between Schwartz and Hernandez, as if a candidate who came third; every other table lists
 * "Others" last.
 */
class CountOthersLastTest {
    @TempDir
    Path tmp;

    @Test
    void theOthersLineIsListedLast() throws IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/lamayor-2017.yaml"), """
                id: lamayor-2017
                name: Los Angeles mayoral election 2017
                date: 2017-03-07
                office: Mayor
                parties:
                  - {id: np, name: Nonpartisan}
                contests:
                  mayor:
                    system: two-round
                    secondRound: 2017-05-16
                    candidates:
                      - {id: garcetti, name: Eric Garcetti, party: np}
                      - {id: schwartz, name: Mitchell Schwartz, party: np}
                      - {id: hernandez, name: David Hernandez, party: np}
                """);
        Files.writeString(data.resolve("results/lamayor_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2017,1,Eric Garcetti,Nonpartisan,331310,table
                2017,1,Mitchell Schwartz,Nonpartisan,33228,table
                2017,1,David Hernandez,Nonpartisan,13346,table
                2017,1,Others,,29263,table
                """);
        CliRun r = CliRun.in(tmp.resolve("store.db"), "count", "lamayor-2017", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String out = r.out();
        assertThat(out.indexOf("David Hernandez")).isPositive().isLessThan(out.indexOf("Others"));
        assertThat(out).contains("winner: garcetti (first round)");
    }
}
