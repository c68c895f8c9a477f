package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * San Francisco's 2024 mayoral race (blind trial): Mark Farrell's campaign published its own poll on 12 June 2024
 * (Farrell 23, Breed 21, Lurie 20, Peskin 17, Safaí 4, undecided 11: The San Francisco Standard), and the Chronicle's
 * Sextant poll of 15–16 October (Breed 24, Lurie 23, Farrell 14, undecided 14, Peskin not given). `polls`, `average`
 * and `forecast` showed the campaign's poll as any other; now `polls` flags it and the forecast's note names it.
 */
class CampaignPollNoteTest {
    private static final String DEFINITION = """
            id: sf-2024
            name: San Francisco mayoral election 2024
            date: 2024-11-05
            area: San Francisco
            office: Mayor
            parties:
              - {id: dem, name: Democratic}
            contests:
              mayor:
                system: instant-runoff
                candidates:
                  - {id: lurie, name: Daniel Lurie, party: dem}
                  - {id: breed, name: London Breed, party: dem}
                  - {id: peskin, name: Aaron Peskin, party: dem}
                  - {id: farrell, name: Mark Farrell, party: dem}
                  - {id: safai, name: Ahsha Safaí, party: dem}
            """;

    private static final String POLLS = """
            poll_id,election,pollster,client,published,fieldwork_start,fieldwork_end,sample_size,scope,candidate_or_party,share
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,Mark Farrell,23
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,London Breed,21
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,Daniel Lurie,20
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,Aaron Peskin,17
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,Ahsha Safaí,4
            f,sf-2024,Mark Farrell campaign,Mark Farrell campaign,2024-06-12,,,,first_pref,Undecided,11
            s,sf-2024,Sextant Strategies & Research,San Francisco Chronicle,,2024-10-15,2024-10-16,802,first_pref,London Breed,24
            s,sf-2024,Sextant Strategies & Research,San Francisco Chronicle,,2024-10-15,2024-10-16,802,first_pref,Daniel Lurie,23
            s,sf-2024,Sextant Strategies & Research,San Francisco Chronicle,,2024-10-15,2024-10-16,802,first_pref,Mark Farrell,14
            s,sf-2024,Sextant Strategies & Research,San Francisco Chronicle,,2024-10-15,2024-10-16,802,first_pref,Undecided,14
            """;

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithSanFrancisco() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data);
        Files.writeString(data.resolve("elections/sf-2024.yaml"), DEFINITION);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void aCampaignsOwnPollIsFlaggedAndNamedByTheForecast() throws IOException {
        Path file = tmp.resolve("sf.csv");
        Files.writeString(file, POLLS);
        CliRun ingest = run("ingest", file.toString(), "--new-pollsters");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        CliRun polls = run("polls", "sf-2024");
        assertThat(polls.status()).as(polls.err()).isZero();
        assertThat(polls.out()).contains("campaign:farrell").containsOnlyOnce("campaign:");
        CliRun forecast = run("forecast", "sf-2024", "--as-of", "2024-10-29", "--sims", "2000");
        assertThat(forecast.status()).as(forecast.err()).isZero();
        assertThat(forecast.out())
                .contains("1 poll paid for by a candidate's own campaign, averaged as any other: Mark Farrell"
                        + " campaign for Mark Farrell (2024-06-12)");
    }
}
