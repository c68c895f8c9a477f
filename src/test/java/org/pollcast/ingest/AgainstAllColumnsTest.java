package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Ukrainian (and Russian) polls print those who would vote for no candidate as "Against all" beside "Undecided", where
 * the ballot has no such line. It is no candidate: read as one, the poll was refused ("unknown candidate 'Against
 * all' in president") and with it the file. Figures: the Sofia Center's poll of 4–11 March 2019 for Ukraine's
 * presidential election (2,014 asked; Ukrainian News Agency's report, src/test/resources/ingest/README.md).
 */
class AgainstAllColumnsTest {
    private static final String HEADER = "Pollster,Fieldwork start,Fieldwork end,Sample size,Zelensky,Tymoshenko,"
            + "Poroshenko,Boyko,Hrytsenko,Lyashko,Smeshko,%s,Undecided\n";
    private static final String ROW = "Sofia,2019-03-04,2019-03-11,2014,23.1,14,12.4,12,7.4,4.5,2.4,2.9,14.1\n";

    @TempDir
    Path root;

    @Test
    void anAgainstAllColumnIsNoCandidate() throws IOException {
        IngestFixtures.copyDataWith(root, "ua-2019.yaml");
        DataHome home = new DataHome(root);
        Ingester ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(home).resolve("ua-2019"))
                .withAcceptNewPollsters(true);
        for (String label : List.of("Against all", "Against everyone", "None of the above")) {
            Path file = root.resolve("ua.csv");
            Files.writeString(file, HEADER.formatted(label) + ROW, StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve(label.hashCode() + ".db"))) {
                IngestReport r = ingester.ingest(file.toString(), store, settings);
                assertThat(r.rejected()).as(label).isEmpty();
                assertThat(r.summary()).as(label).contains("1 poll, 1 added");
                Map<String, Double> shares =
                        store.polls(PollQuery.of("ua-2019")).get(0).poll().shares();
                assertThat(shares).as(label).containsEntry("zelensky", 23.1).doesNotContainValue(2.9);
            }
        }
    }
}
