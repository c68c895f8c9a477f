package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's table of the 2021 Senedd election's polls, as wikimili's Markdown copy keeps it (the Welsh blind
 * trial of 7 December 2026): its header's `Client(s)` and `Date(s) conducted`, plurals left open.
 */
class WelshPollTablesTest {
    @TempDir
    Path root;

    /**
     * Read as "client_s", the client column was taken for a party: three of the five rows were refused as naming an
     * unknown party 'Client(s)' (the advice to add it to a party's aliases), and the two whose client was "N/A" passed.
     */
    @Test
    void aClientColumnHeadedClientsIsTheClient() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "wales-2016.yaml", "wales-2021.yaml");
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolveId("wales-2021"));
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport report = ingester.ingest(fixture("wikimili-wales-2021.md"), store, settings);
            assertThat(report.rejected()).isEmpty();
            List<Poll> polls = store.polls(PollQuery.of("wales-2021")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).hasSize(5);
            assertThat(polls)
                    .filteredOn(p -> p.pollster().equals("Opinium"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.client()).isEqualTo("Sky News");
                        assertThat(p.sampleSize()).isEqualTo(2005);
                        assertThat(p.shares())
                                .containsAllEntriesOf(Map.of("lab", 40.0, "con", 30.0, "plaid", 19.0, "ld", 4.0));
                    });
            assertThat(polls)
                    .filteredOn(p -> p.pollster().equals("YouGov") && p.sampleSize() == 1071)
                    .singleElement()
                    .satisfies(p -> assertThat(p.shares())
                            .containsAllEntriesOf(Map.of(
                                    "lab", 36.0, "con", 29.0, "plaid", 20.0, "abolish", 2.0, "reform", 4.0, "ukip",
                                    1.0)));
        }
    }
}
