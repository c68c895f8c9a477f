package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Those who say they will not vote, in the words pollsters print under the candidates: YouGov's Economist releases list
 * "Probably won't vote: 1%" (7-8 October 2016, the corpus's US kit) and "I would not vote" under the Congress question.
 * Read as a party the ballot does not name, it was counted in Other (Clinton 48.4 where the re-based figure is 48.9).
 * It names no option and is no don't-know: left out, as "Would not vote" always was.
 */
class WouldNotVoteLinesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Probably won't vote", "I would not vote", "Would not vote", "Won't vote", "Not voting"})
    void aWouldNotVoteLabelNamesNoOption(String label) {
        assertThat(Columns.field(label)).contains(Columns.IGNORED);
        assertThat(Columns.wouldNotVote(label)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Would not vote for Trump", "Don't know / would not vote", "Vote Leave", "Probably"})
    void otherWordsKeepTheirOwnReading(String label) {
        assertThat(Columns.wouldNotVote(label)).isFalse();
    }

    /** October 2020's release page with a would-not-vote line under its Other: the poll's shares are as printed. */
    @Test
    void aReleaseListsWouldNotVoteLineIsLeftOutOfOther() throws Exception {
        String page = Files.readString(Path.of(fixture("release/rw-london-2020-10-17.txt")), StandardCharsets.UTF_8)
                .replace("Other 2% (-1)", "Other 2% (-1)\n\nProbably won't vote 1% (–)");
        assertThat(page).contains("Probably won't vote 1%");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester()
                    .ingest(
                            SourceDocument.of("wnv.txt", page.getBytes(StandardCharsets.UTF_8)),
                            store,
                            IngestSettings.withDefaults());
            Poll p = store.polls(PollQuery.of("london-2021")).stream()
                    .map(StoredPoll::poll)
                    .findFirst()
                    .orElseThrow();
            assertThat(p.shares())
                    .isEqualTo(Map.of("khan", 50.0, "bailey", 28.0, "porritt", 10.0, "berry", 10.0, "other", 2.0));
        }
    }
}
