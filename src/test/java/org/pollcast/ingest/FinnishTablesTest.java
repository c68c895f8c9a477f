package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
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

    /**
     * The stored copy of the page ends inside its next row, "6 Feb–5 Mar | Taloustutkimus | 14.1 | 16.2 |", four of the
     * header's fifteen cells. Markdown has no closing line to show the table was cut: the row was stored as a partial
     * poll of the Centre and the National Coalition alone. It is passed over with a note naming its line, and the rows
     * before it are stored (nine figures each: SFP is counted in Others); refused, it refused the whole page, though the
     * cut is the copy's.
     */
    @Test
    void aMarkdownTableCutInsideItsLastRowPassesOverThatRow() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "fi-2019.yaml");
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        Path cut = root.resolve("cut.md");
        Files.writeString(
                cut,
                Files.readString(Path.of(fixture("wikimili-fi-2019.md")))
                        + "6 Feb–5 Mar | Taloustutkimus | 14.1 | 16.2 | \n");
        IngestSettings settings = IngestSettings.withDefaults().withElection(catalog.resolve("fi-2019"));
        try (PollStore store = PollStore.open(root.resolve("cut.db"))) {
            IngestReport r = ingester.ingest(cut.toString(), store, settings);
            assertThat(r.summary()).contains("2 polls, 2 added");
            assertThat(r.rejected()).isEmpty();
            assertThat(r.skipped())
                    .anySatisfy(x -> assertThat(x.toString())
                            .contains("line 10")
                            .contains("the copy ends inside this row (4 of 15 cells)"));
            assertThat(store.polls(PollQuery.of("fi-2019")))
                    .allSatisfy(p -> assertThat(p.poll().shares()).hasSize(9).containsKey("kesk"));
        }
    }

    /**
     * The encyclopedia's own page as the search corpus stores it, rendered to plain text: the table's cells run together
     * separated by spaces ("1–9 Apr Taloustutkimus 8.7 19.0 12.2 ..."). Which figure is whose cannot be told; the page
     * was refused as a release page with no list of figures, which sent the reader looking for one. It is refused as a
     * table copied as text, naming its header's line and what to save instead.
     */
    @Test
    void aTableCopiedAsPlainTextIsRefusedAsSuch() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "fi-2019.yaml");
        try (PollStore store = PollStore.open(root.resolve("text.db"))) {
            String file = fixture("wikipedia-fi-2019.txt");
            assertThatThrownBy(() -> ingester.ingest(file, store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":22: a poll table copied as plain text (its header 'Date Polling Firm" + " VAS SDP")
                    .hasMessageContaining("save the page as HTML, or copy the table as Markdown or CSV");
        }
    }
}
