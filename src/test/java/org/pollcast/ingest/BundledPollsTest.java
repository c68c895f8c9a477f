package org.pollcast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollStore;

class BundledPollsTest {
    private static final String HEADER = "election,contest,scope,pollster,fieldwork_end,sample_size,khan,hall\n";

    @Test
    void aHeaderKeptReadyForAnElectionsFirstPollsIsNoPollsNotABrokenFile(@TempDir Path tmp) throws Exception {
        IngestFixtures.copyData(tmp.resolve("data"));
        DataHome home = new DataHome(tmp.resolve("data"));
        Files.writeString(home.polls().resolve("london-2024.csv"), HEADER + "\n\n");
        ElectionCatalog catalog = new ElectionCatalog(home);
        Ingester ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        try (PollStore store = PollStore.open(tmp.resolve("x.db"))) {
            assertTrue(BundledPolls.loadIfEmpty(store, catalog.resolve("london-2024"), home, ingester)
                    .isEmpty());
            assertEquals(0, store.count("london-2024"));

            Files.writeString(
                    home.polls().resolve("london-2024.csv"),
                    HEADER + "london-2024,mayor,first,YouGov,2024-04-29,1000,47,25\n");
            List<IngestReport> loaded = BundledPolls.loadIfEmpty(store, catalog.resolve("london-2024"), home, ingester);
            assertEquals(1, loaded.size());
            assertEquals(1, store.count("london-2024"));
        }
    }

    @Test
    void hasRowsLooksPastBlankLinesOnly(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("p.csv");
        Files.writeString(f, "");
        assertFalse(BundledPolls.hasRows(f));
        Files.writeString(f, "\n" + HEADER + "   \n");
        assertFalse(BundledPolls.hasRows(f));
        Files.writeString(f, HEADER + "x\n");
        assertTrue(BundledPolls.hasRows(f));
    }
}
