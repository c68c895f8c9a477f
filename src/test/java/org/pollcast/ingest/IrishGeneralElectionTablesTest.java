package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The national first-preference vote of Ireland's 2020 and 2024 general elections (pages rebuilt in the layout of the
 * encyclopedia's "Opinion polling for the 2020/2024 Irish general election" tables from the poll reports named in
 * src/test/resources/ingest/README.md). Irish tables print the independents, a bloc of many candidates, with the
 * small parties in one "Ind/Others" column: it is read as the poll's others, which can never win the most votes, and
 * a firm's own column (Red C's Independent Ireland) as an option where a poll prints it. The Irish Times' series was
 * Ipsos MRBI's in 2020 and Ipsos B&A's in 2024: one house, its name as published kept on each poll; before, the two
 * names were two firms and the series' lean learned in 2020 was lost in 2024.
 */
class IrishGeneralElectionTablesTest {
    @TempDir
    Path root;

    private Ingester ingester() throws IOException {
        return IngestFixtures.ingesterWith(root, "ie-ge-2020.yaml", "ie-ge-2024.yaml");
    }

    @Test
    void the2020TableGivesEveryPollAndTheIrishTimesSeriesIsOneHouse() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "wikipedia-ie-ge-2020", "ie-ge-2020", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        try (PollStore store = PollStore.open(root.resolve("wikipedia-ie-ge-2020.db"))) {
            Map<String, Poll> byRow = store.polls(PollQuery.of("ie-ge-2020")).stream()
                    .collect(Collectors.toMap(sp -> sp.provenance().location(), StoredPoll::poll));
            Poll irishTimes = byRow.get("table 1 row 3");
            assertThat(irishTimes.pollster()).isEqualTo("Ipsos B&A");
            assertThat(irishTimes.publishedAs()).isEqualTo("Ipsos MRBI");
        }
        assertThat(String.join("\n", r.notes())).doesNotContain("Ipsos MRBI").doesNotContain("Red C");
    }

    @Test
    void the2024TableReadsIndependentsAndOthersAsTheOthers() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "wikipedia-ie-ge-2024", "ie-ge-2024", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("5 polls, 5 added");
        assertThat(String.join("\n", r.notes())).doesNotContain("does not know");
    }
}
