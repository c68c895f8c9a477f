package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pollster-accuracy on a parliament led by its list vote scores a poll printed with its don't-knows, which leaves a
 * party out, as its shares of those naming an option, as it does a Mayor's: the list vote is a contest of no
 * definition's own, and such a poll was scored as printed (the 2019 Polish Sejm's CBOS poll: 46, 19, 9, 8, 6 with 12
 * "Others / Don't know", its Civic Coalition -8.4 against the result where of those naming a list it was -5.8). Made-up
 * figures in a temporary kit.
 */
class ListLedAccuracyOfEveryoneTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/dotland-2024.yaml"), """
                id: dotland-2024
                name: Dotland Parliament election 2024
                date: 2024-05-02
                area: Dotland
                parties:
                  - {id: red, name: Red Party}
                  - {id: blue, name: Blue Party}
                  - {id: small, name: Small Party}
                contests:
                  parliament:
                    system: additional-member
                    name: Dotland Parliament
                    seats: 20
                    listSeats: 20
                    method: sainte-lague
                    threshold: 5
                    parties: [red, blue, small]
                """);
        Files.writeString(data.resolve("results/dotland_assembly_list_results.csv"), """
                year,party,votes,list_seats,constituency_seats,source
                2024,Red Party,500000,11,0,MADE-UP
                2024,Blue Party,400000,9,0,MADE-UP
                2024,Small Party,100000,0,0,MADE-UP
                """);
        Files.writeString(tmp.resolve("polls.csv"), """
                pollster,fieldwork_end,sample_size,red,blue,small,dont_know
                Pollster A,2024-04-30,1000,45,36,,19
                """);
    }

    @Test
    void aPollOfEveryoneIsScoredOnThoseNamingAList() {
        Path db = tmp.resolve("accuracy.db");
        CliRun in = CliRun.in(
                db,
                "ingest",
                tmp.resolve("polls.csv").toString(),
                "--election",
                "dotland-2024",
                "--data",
                data.toString(),
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = CliRun.in(db, "pollster-accuracy", "dotland-2024", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String row = r.out()
                .lines()
                .filter(l -> l.contains("Pollster A"))
                .findFirst()
                .orElseThrow();
        // 45 and 36 of the 81 naming a list: 55.6 and 44.4, against 50 and 40 (as printed: -5.0 and -4.0)
        assertThat(row).contains("red +5.6").contains("blue +4.4");
    }
}
