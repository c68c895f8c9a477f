package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's poll tables of the 2025 New York City general election (first past the post; Eric Adams and Jim
 * Walden withdrew in September but stayed on the ballot: {@code elections/nyc-2025-general.yaml}), copied from the
 * browser into a spreadsheet, as a blind user read them. Figures are the real polls of that table (see
 * src/test/resources/ingest/README.md).
 */
class NewYorkGeneralTablesTest {
    static final String HEAD = "Poll source,Date(s) administered,Sample size[a],Margin of error,";

    @TempDir
    Path root;

    private Ingester ingester;
    private IngestSettings settings;

    @BeforeEach
    void addTheElection() throws IOException {
        IngestFixtures.copyDataWith(root, "nyc-2025-general.yaml");
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        settings = IngestSettings.withDefaults()
                .withElection(catalog.resolve("nyc-2025-general"))
                .withAcceptNewPollsters(true);
    }

    Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    List<Poll> polls(PollStore store) {
        return store.polls(PollQuery.of("nyc-2025-general")).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    /**
     * A party line under the names ("Independent" under Cuomo, Adams and Walden) joins each name: "Andrew Cuomo
     * Independent" was read as Cuomo, but "Eric Adams Independent" was refused as an unknown candidate, since
     * "Independent" alone names Cuomo, the one independent still standing.
     */
    @Test
    void aWithdrawnCandidateOverTheirPartyLineIsThemselves() throws IOException {
        Path file = write(
                "party.csv",
                HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Eric Adams,Jim Walden,Other,Undecided\n"
                        + ",,,,Democratic,Independent,Republican,Independent,Independent,,\n"
                        + "Suffolk University[9],\"September 16–18, 2025\",500 (LV),± 4.4%,45%,25%,9%,8%,–,1%,9%\n"
                        + "Data for Progress[16],July 2025,756 (LV),–,40%,24%,14%,15%,1%,–,5%\n");
        try (PollStore store = PollStore.open(root.resolve("party.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("2 polls, 2 added");
            // Both print their undecided beside every candidate, so their shares are re-based (see DontKnowRebaseTest).
            assertThat(polls(store))
                    .extracting(p -> p.shares().keySet().toString())
                    .containsExactlyInAnyOrder(
                            "[mamdani, cuomo, sliwa, adams, other]", "[mamdani, cuomo, sliwa, adams, walden]");
        }
    }
}
