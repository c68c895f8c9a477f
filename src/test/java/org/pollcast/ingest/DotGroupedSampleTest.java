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
 * Samples written with their thousands grouped by dots, as the Indonesian press and the encyclopedia's Indonesian
 * tables print them ("sampel basis 1.200", "Responden sebanyak 1.300 orang"): a sample is a whole number, so the dot
 * groups digits. Before, each such row was refused as "'1.200' is not a positive whole number". Rows typed from the
 * article named in src/test/resources/ingest/README.md, samples as it prints them.
 */
class DotGroupedSampleTest {
    @TempDir
    Path root;

    @Test
    void aSampleGroupedByDotsIsItsWholeNumber() throws IOException {
        IngestFixtures.copyDataWith(root, "id-2014.yaml", "id-2019.yaml", "id-2024.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            IngestReport report = ingester.ingest(
                    IngestFixtures.fixture("news-id-2024-samples.csv"),
                    store,
                    IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(report.rejected()).isEmpty();
            Map<String, Integer> samples = store.polls(PollQuery.of("id-2024")).stream()
                    .map(StoredPoll::poll)
                    .collect(Collectors.toMap(Poll::pollster, Poll::sampleSize));
            assertThat(samples)
                    .containsEntry("Indikator Politik Indonesia", 1200)
                    .containsEntry("LSI Denny JA", 1200)
                    .containsEntry("CSIS", 1300);
        }
    }
}
