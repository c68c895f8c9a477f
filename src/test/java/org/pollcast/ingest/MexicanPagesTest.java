package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        Ingester ingester = IngestFixtures.ingesterWith(root, "cdmx-2024.yaml");
        try (PollStore store = PollStore.open(root.resolve("m.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("release/infobae-cdmx-2024-05-26.txt"),
                            store,
                            IngestSettings.withDefaults()
                                    .withElection(new ElectionCatalog(new DataHome(root)).resolveId("cdmx-2024"))
                                    .withPublished(LocalDate.of(2024, 5, 26))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("the page prints its lists each under a source's name, and the one above"
                            + " this list ('- Polls.mx (con corte al 24de mayo)') is not Campaigns & Elections México");
            assertThat(store.polls(PollQuery.of("cdmx-2024"))).isEmpty();
        }
    }

    /**
     * Rankings de México's release prints each name on a line and its figure on the next, which no list reads, and
     * closes with its method, "Confiabilidad 95%" and "Margen de error 4.9%": those two were read as a poll of two
     * options and the page refused as naming an unknown candidate "Confiabilidad". A method's line is no option.
     */
    @Test
    void aMethodsConfidenceAndMarginAreNoOptions() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cdmx-2024.yaml");
        try (PollStore store = PollStore.open(root.resolve("r.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("release/rankingsdemexico-cdmx-2024-04-01.txt"),
                            store,
                            IngestSettings.withDefaults()
                                    .withElection(new ElectionCatalog(new DataHome(root)).resolveId("cdmx-2024"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no list of a poll's figures")
                    .hasMessageNotContaining("Confiabilidad");
        }
        assertThat(ReleasePageReader.isOptionText("Margen de error 4.9%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Margin of error 3.1%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Confiabilidad 95%")).isFalse();
        assertThat(ReleasePageReader.isOptionText("Clara Brugada: 43%")).isTrue();
    }
}
