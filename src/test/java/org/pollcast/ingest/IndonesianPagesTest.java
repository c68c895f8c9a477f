package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Pages of Jakarta's 2017 and 2024 governor's races, found by the Jakarta blind trial of 7 December 2026. */
class IndonesianPagesTest {
    @TempDir
    Path root;

    private static final IngestSettings NEW_FIRMS =
            IngestSettings.withDefaults().withAcceptNewPollsters(true);

    /**
     * The encyclopedia's 2017 article, copied on an IPFS mirror: its firms head a "Source" column ("Charta
     * Politika[2]"), and beside the three tickets it prints "Gap with the first place", "Amount of Samples" and
     * "Error Margin". It was refused as having no pollster column, then for naming three unknown candidates. The
     * tickets are the whole ballot and no undecided are printed: Charta Politika's 29.5, 28.9 and 26.7 (85.1) are
     * re-based as those naming a ticket, where under 90 they were refused; Poltracking's 19.2, 15.9 and 14.3 (49.4)
     * are still refused, under 60, as a figure mistyped is likelier.
     */
    @Test
    void aSourceColumnOfFirmsAndTheTicketsAloneOfAWholeBallot() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "jakarta-2017.yaml");
        try (PollStore store = PollStore.open(root.resolve("j.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("nzt-eth-jakarta-2017.md").toString(),
                    store,
                    NEW_FIRMS.withSkipInvalid(true));
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.rejected()).singleElement().satisfies(p -> {
                assertThat(p.location().line()).isEqualTo(25);
                assertThat(p.message()).contains("sum to 49.4, less than 60");
            });
            List<Poll> polls = store.polls(PollQuery.of("jakarta-2017")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            Poll charta = polls.stream()
                    .filter(p -> p.pollster().equals("Charta Politika"))
                    .findFirst()
                    .orElseThrow();
            assertThat(charta.sampleSize()).isEqualTo(733);
            assertThat(charta.fieldworkStart()).isEqualTo(java.time.LocalDate.parse("2016-11-17"));
            assertThat(charta.fieldworkEnd()).isEqualTo(java.time.LocalDate.parse("2016-11-24"));
            assertThat(charta.shares().get("agus"))
                    .isCloseTo(100 * 29.5 / 85.1, org.assertj.core.data.Offset.offset(0.01));
            assertThat(charta.shares().get("ahok"))
                    .isCloseTo(100 * 28.9 / 85.1, org.assertj.core.data.Offset.offset(0.01));
            assertThat(charta.shares()).doesNotContainKey("other");
            assertThat(polls).extracting(Poll::pollster).containsExactlyInAnyOrder("Charta Politika", "Indikator");
        }
    }
}
