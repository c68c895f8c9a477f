package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Pages of Mexico City's 2024 race for Head of Government, found by the Mexico City blind trial of 7 December 2026. */
class MexicanPagesTest {
    @TempDir
    Path root;

    /**
     * Infobae's page prints three lists, each under its source's name and cut-off date: "- Campaigns & Elections México
     * (con corte al 20 de mayo)", "- Polls.mx (con corte al 24de mayo)" (an aggregator's average) and "- Consulta
     * Mitofsky (con corte al 13 de mayo)". The firm named above the first was taken as the page's, and the second list
     * stored as its poll: 51, 41, 6 under Campaigns & Elections México, whose own figures were 43, 43, 4. No list is
     * read under another source's name; nothing is stored.
     */
    @Test
    void listsEachUnderASourcesNameAreNotReadUnderTheFirstOnesFirm() throws Exception {
        assertThat(refusal("release/infobae-cdmx-2024-05-26.txt", LocalDate.of(2024, 5, 26)))
                .contains("the page prints its lists each under a source's name, and the one above this list ('-"
                        + " Polls.mx (con corte al 24de mayo)') is not Campaigns & Elections México");
    }

    /**
     * Rankings de México's release prints each name on a line and its figure on the next, which no list reads, and
     * closes with its method, "Confiabilidad 95%" and "Margen de error 4.9%": those two were read as a poll of two
     * options and the page refused as naming an unknown candidate "Confiabilidad". A method's line is no option.
     */
    @Test
    void aMethodsConfidenceAndMarginAreNoOptions() throws Exception {
        assertThat(refusal("release/rankingsdemexico-cdmx-2024-04-01.txt", null))
                .contains("no list of a poll's figures")
                .doesNotContain("Confiabilidad");
        assertThat(ReleasePageReader.isOptionText("Margen de error 4.9%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Margin of error 3.1%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Confiabilidad 95%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Clara Brugada: 43%")).isTrue();
    }

    /** Why ingesting {@code page} (published on {@code published}, or undated) for cdmx-2024 stored nothing. */
    private String refusal(String page, LocalDate published) throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cdmx-2024.yaml");
        IngestSettings settings = IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolveId("cdmx-2024"));
        try (PollStore store = PollStore.open(root.resolve("m.db"))) {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ingester.ingest(
                    IngestFixtures.fixture(page),
                    store,
                    published == null ? settings : settings.withPublished(published)));
            assertThat(refused).isInstanceOf(BadInputException.class);
            assertThat(store.polls(PollQuery.of("cdmx-2024"))).isEmpty();
            return refused.getMessage();
        }
    }
}
