package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A polling site's table of New York City's 2025 general election as a Markdown pipe table (thepolidex.com/nyc, as the
 * search corpus stores it; src/test/resources/ingest/README.md): `Dates | Pollster | Mamdani | Cuomo | Adams | Sliwa |
 * Sample | Pop`, the population in a column of its own as letters (`LV`, `RV`).
 */
class PollingSiteColumnsTest {
    @TempDir
    Path root;

    /**
     * Read without --election, its dates name no year: the error says so in the dates' column. Before, it said only "no
     * election: give --election or an election column", and a user looked for a missing column.
     */
    @Test
    void datesWithoutAYearSaySo() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nyc-2025-general.yaml");
        try (PollStore store = PollStore.open(root.resolve("no-year.db"))) {
            org.pollcast.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.pollcast.BadInputException.class,
                    () -> ingester.ingest(
                            IngestFixtures.fixture("thepolidex-nyc-2025.md"),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true)));
            assertThat(e.details().get(0))
                    .contains("thepolidex-nyc-2025.md:6: field 'Dates': 'Jun 10–16' gives no year, so no election is"
                            + " known by its date: give --election or an election column");
        }
    }

    /**
     * Before, "Pop" was read as a candidate, and every row of the table was refused ("unknown candidate 'Pop' in
     * mayor; did you mean 'rep'?"). Its letters are the population, spelt as a sample cell's "(LV)" is.
     */
    @Test
    void aPopColumnIsThePopulation() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nyc-2025-general.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "thepolidex-nyc-2025.md",
                PollFormat.MARKDOWN,
                "nyc-2025-general",
                IngestSettings.withDefaults()
                        .withAcceptNewPollsters(true)
                        .withElection(new ElectionCatalog(new DataHome(root)).resolve("nyc-2025-general")));
        assertThat(r.rejected()).isEmpty();
        try (PollStore store = PollStore.open(root.resolve("thepolidex-nyc-2025.db"))) {
            for (StoredPoll sp : store.polls(PollQuery.of("nyc-2025-general"))) {
                String firm = sp.poll().pollster();
                String expected =
                        firm.equals("Slingshot Strategies") || firm.equals("HarrisX") || firm.equals("Siena University")
                                ? "registered voters"
                                : "likely voters";
                assertThat(sp.poll().population()).as(firm).isEqualTo(expected);
            }
        }
    }
}
