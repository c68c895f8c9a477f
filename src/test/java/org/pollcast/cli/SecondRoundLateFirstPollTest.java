package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-round mayoral election whose second round is months after its first, and whose first poll of the finalists
 * came weeks after the first round: Los Angeles 2022 (primary 7 June, general 8 November; UC Berkeley IGS's first
 * Bass v Caruso poll of the general, 9–15 August), a made-up field of three here. The report's race over time asked
 * the second round's forecast of dates in between, when no poll of the pair existed, and the whole report was refused
 * ("no poll of Karen Bass v Rick Caruso dated by 2022-06-25").
 */
class SecondRoundLateFirstPollTest {
    @TempDir
    Path tmp;

    static final String DEFINITION = """
            id: lamayor-2022
            name: Los Angeles mayoral election 2022
            date: 2022-06-07
            office: Mayor
            parties:
              - {id: np, name: Nonpartisan}
            contests:
              mayor:
                system: two-round
                secondRound: 2022-11-08
                candidates:
                  - {id: bass, name: Karen Bass, party: np}
                  - {id: caruso, name: Rick Caruso, party: np}
                  - {id: deleon, name: Kevin de León, party: np}
            """;

    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2022,1,Karen Bass,Nonpartisan,431,made up
            2022,1,Rick Caruso,Nonpartisan,360,made up
            2022,1,Kevin de León,Nonpartisan,209,made up
            """;

    static final String POLLS = """
            pollster,fieldwork_start,fieldwork_end,sample_size,scope,Bass,Caruso,de León,Other
            UC Berkeley IGS,2022-05-24,2022-05-31,1000,first_pref,38,32,10,20
            UC Berkeley IGS,2022-08-09,2022-08-15,1746,runoff,43,31,,
            J. Wallin Opinion Research,2022-10-15,2022-10-17,400,runoff,36.8,39.8,,
            """;

    @Test
    void theRaceBetweenTheRoundsStartsAtThePairsFirstPoll() throws IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/lamayor-2022.yaml"), DEFINITION);
        Files.writeString(data.resolve("results/lamayor_mayor_results.csv"), RESULTS);
        Path csv = tmp.resolve("la.csv");
        Files.writeString(csv, POLLS);
        Path db = tmp.resolve("store.db");
        CliRun in = CliRun.in(
                db,
                "ingest",
                csv.toString(),
                "--election",
                "lamayor-2022",
                "--new-pollsters",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        Path out = tmp.resolve("report");
        CliRun r = CliRun.in(
                db,
                "report",
                "lamayor-2022",
                "--as-of",
                "2022-11-01",
                "--sims",
                "2000",
                "--out",
                out.toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Karen Bass");
    }
}
