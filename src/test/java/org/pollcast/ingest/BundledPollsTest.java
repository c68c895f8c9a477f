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
        // One reader for both loads, as a workspace keeps it: the file rewritten between them is read again.
        BundledContests read = new BundledContests();
        try (PollStore store = PollStore.open(tmp.resolve("x.db"))) {
            assertTrue(BundledPolls.loadIfEmpty(store, catalog.resolve("london-2024"), home, ingester, read)
                    .isEmpty());
            assertEquals(0, store.count("london-2024"));

            Files.writeString(
                    home.polls().resolve("london-2024.csv"),
                    HEADER + "london-2024,mayor,first,YouGov,2024-04-29,1000,47,25\n");
            List<IngestReport> loaded =
                    BundledPolls.loadIfEmpty(store, catalog.resolve("london-2024"), home, ingester, read);
            assertEquals(1, loaded.size());
            assertEquals(1, store.count("london-2024"));
        }
    }

    /**
     * A primary and a general election of one year, defined as {@code nyc-2025} and {@code nyc-2025-general} (New
     * York City, 2025): the general election's poll file is its own, not the primary's, whose id its name begins with.
     */
    @Test
    void aFileNamedForALongerElectionIdIsThatElectionsNotTheShorterOnes(@TempDir Path tmp) throws Exception {
        DataHome home = new DataHome(tmp);
        Files.createDirectories(home.polls());
        Files.createDirectories(home.elections());
        Files.writeString(home.elections().resolve("nyc-2025.yaml"), "");
        Files.writeString(home.elections().resolve("nyc-2025-general.yaml"), "");
        for (String n : List.of(
                "nyc-2025.csv", "nyc-2025-primary-polls.csv", "nyc-2025-general.csv", "nyc-2025-general-fox.csv")) {
            Files.writeString(home.polls().resolve(n), HEADER);
        }
        assertEquals(
                List.of("nyc-2025-primary-polls.csv", "nyc-2025.csv"),
                BundledPolls.files(home, "nyc-2025").stream()
                        .map(p -> p.getFileName().toString())
                        .toList());
        assertEquals(
                List.of("nyc-2025-general-fox.csv", "nyc-2025-general.csv"),
                BundledPolls.files(home, "nyc-2025-general").stream()
                        .map(p -> p.getFileName().toString())
                        .toList());
    }

    /**
     * A user who ingests an Assembly table of 2021 (YouGov/QMUL, 2-6 March 2020, both ballots, Evening Standard)
     * still has the bundled mayoral polls: before, any poll of the election in the store kept every bundled poll
     * out, and the Mayor was forecast from the 2016 result alone ("no polls"). The user's own polls of a contest
     * still replace the bundled ones of that contest: a user's 2012 mayoral poll leaves only the bundled Assembly
     * polls of 2012 to load.
     */
    @Test
    void theBundledPollsOfAContestTheStoreHasNoneOfAreLoadedBesideTheUsersOtherContests(@TempDir Path tmp)
            throws Exception {
        Path assembly = tmp.resolve("assembly.csv");
        Files.writeString(assembly, """
                election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,Labour,Conservative,Green,Reform UK
                london-2021,assembly,constituency,YouGov,Queen Mary University of London,2020-03-02,2020-03-06,47,31,,
                london-2021,assembly,list,YouGov,Queen Mary University of London,2020-03-02,2020-03-06,45,29,12,2
                """);
        Path mayor = tmp.resolve("mayor.csv");
        Files.writeString(mayor, """
                election,contest,scope,pollster,client,fieldwork_end,sample_size,Johnson,Livingstone,Paddick,Others
                london-2012,mayor,first_pref,YouGov,Evening Standard,2012-05-02,1231,43,38,7,12
                """);
        Ingester ingester = IngestFixtures.ingester();
        BundledContests read = new BundledContests();
        try (PollStore store = PollStore.open(tmp.resolve("x.db"))) {
            ingester.ingest(assembly.toString(), store, IngestSettings.withDefaults());
            List<IngestReport> loaded = BundledPolls.loadIfEmpty(
                    store, IngestFixtures.CATALOG.resolve("london-2021"), IngestFixtures.HOME, ingester, read);
            assertEquals(1, loaded.size());
            assertEquals(19, loaded.get(0).added());
            assertEquals(
                    java.util.Set.of("mayor"),
                    loaded.get(0).readAs().keySet().stream()
                            .map(IngestReport.ReadAs::contest)
                            .collect(java.util.stream.Collectors.toSet()));
            assertEquals(21, store.count("london-2021"));
            assertTrue(BundledPolls.loadIfEmpty(
                            store, IngestFixtures.CATALOG.resolve("london-2021"), IngestFixtures.HOME, ingester, read)
                    .isEmpty());

            ingester.ingest(mayor.toString(), store, IngestSettings.withDefaults());
            loaded = BundledPolls.loadIfEmpty(
                    store, IngestFixtures.CATALOG.resolve("london-2012"), IngestFixtures.HOME, ingester, read);
            assertEquals(4, loaded.get(0).added());
            assertEquals(
                    List.of("assembly"),
                    store.polls(org.pollcast.store.PollQuery.of("london-2012")).stream()
                            .map(sp -> sp.poll().contest())
                            .filter(c -> !c.equals("mayor"))
                            .distinct()
                            .toList());
            assertEquals(5, store.count("london-2012"));
            assertEquals(java.util.Map.of("assembly", 4, "mayor", 1), store.contestCounts("london-2012"));
            // The user's one mayoral poll of 2012 is used, and the bundled ones set aside are named: before, silently.
            List<String> aside = BundledPolls.setAside(
                    store, IngestFixtures.CATALOG.resolve("london-2012"), IngestFixtures.HOME, read);
            assertEquals(1, aside.size());
            assertTrue(
                    aside.get(0).startsWith("london-2012 mayor: the store's 1 poll is used, not the "), aside.get(0));
            assertTrue(aside.get(0).contains("london-2012.csv (a contest's own polls replace its bundled ones"));
            assertTrue(BundledPolls.setAside(
                            store, IngestFixtures.CATALOG.resolve("london-2021"), IngestFixtures.HOME, read)
                    .isEmpty());
        }
    }

    @Test
    void hasRowsLooksPastBlankLinesOnly(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("p.csv");
        // one reader throughout, as a workspace keeps it: each rewrite of the file is read again
        BundledContests read = new BundledContests();
        Files.writeString(f, "");
        assertFalse(read.hasRows(f));
        Files.writeString(f, "\n" + HEADER + "   \n");
        assertFalse(read.hasRows(f));
        Files.writeString(f, HEADER + "x\n");
        assertTrue(read.hasRows(f));
    }
}
