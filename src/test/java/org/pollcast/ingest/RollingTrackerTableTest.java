package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.RollingSample;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The 2021 Canadian federal election's campaign polls in the encyclopedia's layout (Polling firm, Last date of
 * polling, Link, a column per party, Margin of error, Sample size, Polling method, Lead), rebuilt from the rows and
 * reports named in src/test/resources/ingest/README.md. A rolling tracker's sample cell prints the share of it that
 * is new, "2,211 (1/4)", and its method "IVR (rolling)": the cell was refused as no whole number, and the page stored
 * nothing.
 */
class RollingTrackerTableTest {
    @TempDir
    Path root;

    @Test
    void theCanadianTableGivesEveryPollWithTheTrackersSharesKept() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ca-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-ca-2021",
                "ca-2021",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        try (PollStore store = PollStore.open(root.resolve("wikipedia-ca-2021.db"))) {
            Map<String, Poll> byRow = store.polls(PollQuery.of("ca-2021")).stream()
                    .collect(Collectors.toMap(sp -> sp.provenance().location(), StoredPoll::poll));
            Poll mainstreet = byRow.get("table 1 row 6");
            assertThat(mainstreet.sampleSize()).isEqualTo(2211);
            assertThat(mainstreet.mode()).isEqualTo("IVR (rolling)");
            assertThat(RollingSample.of(mainstreet).orElseThrow().newShare()).hasValue(0.25);
            Poll nanosFinal = byRow.get("table 1 row 3"); // one night's sample, 832: no tracker's release
            assertThat(RollingSample.of(nanosFinal)).isEmpty();
            assertThat(RollingSample.of(byRow.get("table 1 row 13"))
                            .orElseThrow()
                            .newShare())
                    .hasValueCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void aShareTooSmallForAnyTrackersWindowIsReadAsTheSampleAlone() {
        assertThat(RollingSample.share("0.01", "1")).isEmpty();
        assertThat(RollingSample.share("1", "3")).isPresent();
        assertThat(RollingSample.share("3", "1")).isEmpty();
    }
}
