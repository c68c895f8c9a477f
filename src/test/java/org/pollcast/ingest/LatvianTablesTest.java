package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The table of "Opinion polling for the 2022 Latvian parliamentary election" (src/test/resources/ingest/README.md): a
 * {@code Dec.} column after the sample (Factum's decided respondents, 51.3, over shares of them that sum to 100) and
 * election night's exit poll at the top, "LTV/SKDS (exit poll)", dated polling day. Before, the page was refused
 * ("unknown party 'Dec.'"), and with that column passed over the exit poll was stored as a poll by a firm "LTV".
 */
class LatvianTablesTest {
    @TempDir
    Path root;

    @Test
    void theDecidedColumnIsNoPartyAndTheExitPollNoPoll() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "lv-2018.yaml", "lv-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("lv.db"))) {
            IngestReport r = ingester.ingest(fixture("wikipedia-lv-2022.md"), store, IngestFixtures.NEW_FIRMS);
            assertThat(r.format()).isEqualTo(PollFormat.MARKDOWN);
            assertThat(r.summary()).contains("3 polls, 3 added").contains("lv-2022 saeima");
            assertThat(r.skipped())
                    .anySatisfy(s -> assertThat(s.toString())
                            .contains("line 7")
                            .contains("'LTV/SKDS (exit poll)' is election night's exit poll"));
            assertThat(store.polls(PollQuery.of("lv-2022")))
                    .hasSize(3)
                    .noneSatisfy(p -> assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2022-10-01")))
                    .anySatisfy(p -> {
                        assertThat(p.poll().pollster()).isEqualTo("Factum");
                        assertThat(p.poll().fieldworkEnd()).isEqualTo(LocalDate.parse("2022-09-20"));
                        assertThat(p.poll().sampleSize()).isEqualTo(1406);
                        assertThat(p.poll().shares())
                                .containsEntry("jv", 22.6)
                                .containsEntry("s", 8.0)
                                .containsEntry("st", 6.2)
                                .containsEntry("vl", 0.1)
                                .doesNotContainValue(51.3)
                                .hasSize(19);
                    });
        }
    }
}
