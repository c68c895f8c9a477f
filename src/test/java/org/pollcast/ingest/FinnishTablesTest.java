package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Finland's 2019 list vote as a mirror prints the encyclopedia's "Opinion polling for the 2019 Finnish parliamentary
 * election" table in Markdown (src/test/resources/ingest/README.md). Its {@code SFP} column is the Swedish People's
 * Party (RKP in Finnish), which the bundled alias table does not know: as a small party no definition lists, its
 * figure is added to the row's Others, and the ingest must say so. The note was keyed by the source line, where the
 * ingest keeps the notes of the tables it read by table number, so a party of nine seats went into Others unseen.
 */
class FinnishTablesTest {
    @TempDir
    Path root;

    @Test
    void aSmallUnlistedPartyOfAMarkdownTableIsSaidToBeCountedInOthers() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "fi-2019.yaml");
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        try (PollStore store = PollStore.open(root.resolve("fi.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("wikimili-fi-2019.md"),
                    store,
                    IngestSettings.withDefaults().withElection(catalog.resolve("fi-2019")));
            assertThat(r.rejected()).isEmpty();
            assertThat(String.join("\n", r.notes()))
                    .contains("line 8 column 'SFP' (4.9) skipped: no party of fi-2019's eduskunta; added to the row's"
                            + " Others (3.4, now 8.3)")
                    .contains("line 9 column 'SFP' (4.4) skipped: no party of fi-2019's eduskunta; added to the row's"
                            + " Others (2.4, now 6.8)");
            assertThat(store.polls(PollQuery.of("fi-2019")))
                    .extracting(p -> p.poll().shares().get("other"))
                    .containsExactlyInAnyOrder(8.3, 6.8);
        }
    }
}
