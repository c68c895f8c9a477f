package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A firm the alias table does not know, written another way in another row or file (Turkish tables and reports print
 * "MetroPOLL", "Metropoll" and "METROPOLL", "PİAR" and "PIAR", "Aksoy Araştırma" and "Aksoy Arastirma"), is one house:
 * stored as written, each spelling had a house effect and an accuracy record of its own.
 */
class FirmSpellingsTest {
    static final String HEAD = "pollster,fieldwork_end,sample_size,İmamoğlu,Yıldırım,Others\n";

    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addIstanbul() throws IOException {
        IngestFixtures.copyDataWith(root, "istanbul-2019.yaml", "istanbul-2019-06.yaml");
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anUnknownFirmsOtherSpellingsAreItsHouse() throws IOException {
        IngestSettings settings = IngestSettings.withDefaults();
        try (PollStore store = PollStore.open(root.resolve("x.db"))) {
            ingester.ingest(
                    write("a.csv", HEAD + "PİAR,2019-03-01,3000,48,50,2\nMetroPOLL,2019-03-02,2000,49,49,2\n")
                            .toString(),
                    store,
                    settings);
            IngestReport second = ingester.ingest(
                    write(
                                    "b.csv",
                                    HEAD + "PIAR,2019-03-10,3000,49,49,2\nMetropoll,2019-03-12,2000,48,50,2\n"
                                            + "METROPOLL,2019-03-20,2000,49,50,1\n")
                            .toString(),
                    store,
                    settings);
            assertThat(second.newPollsters()).isEmpty();
            List<StoredPoll> polls = store.polls(PollQuery.of("istanbul-2019"));
            assertThat(polls).hasSize(5);
            assertThat(polls.stream().map(p -> p.poll().pollster()).distinct())
                    .containsExactlyInAnyOrder("PİAR", "MetroPOLL");
            assertThat(polls.stream().map(p -> p.poll().publishedAs()))
                    .as("each poll keeps the name it was published under")
                    .containsExactlyInAnyOrder("PİAR", "MetroPOLL", "PIAR", "Metropoll", "METROPOLL");
        }
    }
}
