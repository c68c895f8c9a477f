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
 * Estonia's Riigikogu list vote as a mirror prints the encyclopedia's "Opinion polling for the 2019 (2023) Estonian
 * parliamentary election" tables in Markdown (src/test/resources/ingest/README.md). A blind trial found each page
 * refused whole: 2019's by its "Ratas' cabinet – Opposition" column (the governing parties' sum against the
 * opposition's, cells "46.5 – 45.2"), read as a party; 2023's by Turu-uuringute's sample "600–700", a range.
 */
class EstonianTablesTest {
    @TempDir
    Path root;

    @Test
    void aCabinetAgainstOppositionColumnIsADerivedFigureNotAParty() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ee-2019.yaml");
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        try (PollStore store = PollStore.open(root.resolve("ee.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("wikimili-ee-2019.md"),
                    store,
                    IngestSettings.withDefaults().withElection(catalog.resolve("ee-2019")));
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("2 polls, 2 added");
            assertThat(store.polls(PollQuery.of("ee-2019")))
                    .extracting(p -> p.poll().shares().get("ref"))
                    .containsExactlyInAnyOrder(26.6, 29.5);
            // Nine figures each (eight parties and Others): the government's and opposition's sums are no party's.
            assertThat(store.polls(PollQuery.of("ee-2019")))
                    .allSatisfy(p -> assertThat(p.poll().shares()).hasSize(9));
        }
    }

    @Test
    void aSampleGivenAsARangeIsReadAsItsSmallerFigure() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ee-2023.yaml");
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        try (PollStore store = PollStore.open(root.resolve("ee.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("wikimili-ee-2023.md"),
                    store,
                    IngestSettings.withDefaults().withElection(catalog.resolve("ee-2023")));
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("3 polls, 3 added");
            assertThat(store.polls(PollQuery.of("ee-2023")))
                    .filteredOn(p -> p.poll().pollster().startsWith("Turu"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().sampleSize()).isEqualTo(600));
        }
    }
}
