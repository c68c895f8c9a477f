package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A long CSV's row of the undecided is the poll's don't-knows (the New York trial), but a row naming a party whose
 * short name is a don't-know word is the party's: Hungary's DK, the Democratic Coalition. Read as a don't-know row,
 * its 8 points were dropped and the poll re-based without them. Figures: Publicus, 28 March–3 April 2018, 1,006 asked,
 * as the encyclopedia's 2018 table prints it (wikipedia-hu-2018.html).
 */
class LongCsvPartyNamedDkTest {
    @TempDir
    Path root;

    @Test
    void aPartyNamedDkIsAPartyNotTheDontKnows() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml");
        Path file = root.resolve("publicus.csv");
        StringBuilder csv = new StringBuilder(
                "poll_id,election,pollster,fieldwork_start,fieldwork_end,sample_size,scope,candidate_or_party,share\n");
        String[][] rows = {
            {"Fidesz–KDNP", "45"},
            {"Jobbik", "20"},
            {"MSZP–Párbeszéd", "19"},
            {"LMP", "7"},
            {"DK", "5"},
            {"Momentum", "2"},
            {"MKKP", "0"},
            {"Együtt", "0"},
            {"Others", "2"}
        };
        for (String[] r : rows) {
            csv.append("publicus,hu-2018,Publicus,2018-03-28,2018-04-03,1006,first_pref,")
                    .append(r[0])
                    .append(',')
                    .append(r[1])
                    .append('\n');
        }
        Files.writeString(file, csv);
        try (PollStore store = PollStore.open(root.resolve("hu.db"))) {
            ingester.ingest(
                    file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            Poll p = store.polls(PollQuery.of("hu-2018")).get(0).poll();
            assertThat(p.shares()).containsEntry("dk", 5.0).containsEntry("fidesz", 45.0);
            assertThat(p.dontKnow()).isNull();
        }
    }
}
