package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Italian pages, and a Serbian headline read as the Italian one is. Winpoll's Rome poll of May 2016 as andrewsblog.it
 * printed it (the Rome blind trial of 7 December 2026): its first round under "ROMA PRIMO TURNO:", refused as speaking
 * of no vote because Italian vote words were not read.
 */
class ItalianReleasePageTest {
    @TempDir
    Path root;

    @Test
    void theFirstRoundUnderAnItalianHeadingIsRead() throws Exception {
        IngestFixtures.copyDataWith(root, "rome-2016.yaml");
        Path aliases = root.resolve("user-aliases.yaml");
        Files.writeString(aliases, "pollsters:\n  Winpoll: []\n");
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        Ingester ingester =
                new Ingester(catalog, AliasTable.load(List.of(home.aliases(), aliases)), IngestFixtures.CLOCK);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            // Skipping the invalid: the page's last list, how Fassina's voters would vote ("Non vota 40%"), names no
            // candidate and is refused on its own.
            ingester.ingest(
                    fixture("release/rome-2016-andrewsblog-winpoll.txt"),
                    store,
                    IngestSettings.withDefaults()
                            .withElection(catalog.resolveId("rome-2016"))
                            .withPublished(LocalDate.of(2016, 5, 20))
                            .withSkipInvalid(true));
            List<Poll> polls = store.polls(PollQuery.of("rome-2016")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).singleElement().satisfies(p -> {
                assertThat(p.pollster()).isEqualTo("Winpoll");
                assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF);
                assertThat(p.shares())
                        .isEqualTo(Map.of(
                                "raggi", 27.0,
                                "giachetti", 25.0,
                                "meloni", 19.0,
                                "marchini", 18.5,
                                "fassina", 7.5,
                                "other", 3.0));
            });
        }
    }

    /**
     * il Quotidiano del Lazio's report of SWG's Rome poll of June 2021 opens with its headline, "Comunali Roma, sondaggio
     * SWG: Michetti 30-34%, Gualtieri 27-31, Calenda 20-24, Raggi 13-17": its commas made it a CSV header, and the page
     * was refused as missing its pollster column. It is a page, whose figures (ranges, in prose) are not read.
     */
    @Test
    void aHeadlineWithSharesIsNoCsvHeader() throws Exception {
        assertHeadlineRefusedAsProse(
                "rome-2016.yaml", "release/rome-2021-ilquotidianodellazio-swg-azione.txt", LocalDate.of(2021, 6, 17));
    }

    /**
     * The same with a share written in words: Dnevnik's report of Faktor plus's Serbian poll of January 2022 opens
     * "Faktor plus: SNS na 55,6 odsto, cenzus prelazi još 5-6 lista" (the Serbian trial), and was refused as a CSV
     * missing its pollster column. It is a page in prose.
     */
    @Test
    void aHeadlineWithASharesWordIsNoCsvHeader() throws Exception {
        assertHeadlineRefusedAsProse(
                "serbia-2023.yaml", "release/rs-2022-dnevnik-faktorplus-2022-01-30.txt", LocalDate.of(2022, 1, 30));
    }

    /** {@code page}, ingested beside {@code definition}, is refused as prose, not as a CSV missing its pollster. */
    private void assertHeadlineRefusedAsProse(String definition, String page, LocalDate published) throws Exception {
        IngestFixtures.copyDataWith(root, definition);
        DataHome home = new DataHome(root);
        Ingester ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            fixture(page), store, IngestSettings.withDefaults().withPublished(published)))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining("figures in prose are not read")
                    .hasMessageNotContaining("pollster");
        }
    }
}
