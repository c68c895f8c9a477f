package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A pollster's tweet quoted on a news page, its shares printed without percent signs and its firm named only in the
 * tweet's attribution under them: politicalbetting.com's quote of Savanta's London poll of March 2024 ("Lab 51 (+11)",
 * "Con 27 (-8)", ..., "— Savanta UK (@Savanta_UK) March 22, 2024"), refused as figures in prose (the London 2024 blind
 * trial of 7 December 2026).
 */
class QuotedTweetListTest {
    @TempDir
    Path root;

    private List<Poll> ingest(String file) throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(file, store, IngestSettings.withDefaults().withPublished(LocalDate.of(2024, 3, 22)));
            return store.polls(PollQuery.of("london-2024")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    @Test
    void bareSharesMakingAHundredUnderATweetsAttributionAreItsPoll() throws Exception {
        List<Poll> polls = ingest(fixture("release/politicalbetting-2024-03-22-savanta.txt"));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("ComRes"); // Savanta ComRes, one house in the alias table
            assertThat(p.shares())
                    .isEqualTo(Map.of(
                            "khan", 51.0, "hall", 27.0, "blackie", 10.0, "garbett", 8.0, "cox", 2.0, "other", 3.0));
        });
    }

    /** Bare figures making 100 that are seats (a parliament of 100) are no shares: the page stays refused. */
    @Test
    void bareFiguresOfSeatsAreNoShares() throws Exception {
        Path page = root.resolve("seats.txt");
        Files.writeString(
                page,
                String.join(
                        "\n\n",
                        "March 22, 2024",
                        "New YouGov London Mayoral Voting Intention: seats if it were a council of 100",
                        "Lab 51 (+11)",
                        "Con 27 (-8)",
                        "LD 10 (+6)",
                        "Green 8 (=)",
                        "Reform 2 (NEW)",
                        "Other 3 (-10)",
                        "— Savanta UK (@Savanta_UK) March 22, 2024\n"));
        assertThatThrownBy(() -> ingest(page.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no list of a poll's figures");
    }
}
