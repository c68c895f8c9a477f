package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A definition whose candidates are the whole ballot ({@code ballot: complete}): Indonesia's 2024 presidential
 * election had three tickets and no one else. News reports print the three alone, their undecided unprinted (LSI,
 * 29 January – 5 February 2024: Prabowo 51.9, Anies 23.3, Ganjar 20.3). Kept as printed, each remainder was read as
 * "Others", who held 3.8% of the eve-of-poll average in a race of three and pulled every ticket down; now the rest is
 * those naming no one, and the poll is re-based to those naming a ticket. Figures from the articles named in
 * src/test/resources/ingest/README.md.
 */
class CompleteBallotTest {
    @TempDir
    Path root;

    private Map<String, Poll> ingest() throws IOException {
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            ingester.ingest(
                    IngestFixtures.fixture("news-id-2024-tickets.csv"),
                    store,
                    IngestSettings.withDefaults().withAcceptNewPollsters(true));
            return store.polls(PollQuery.of("id-2024")).stream()
                    .map(StoredPoll::poll)
                    .collect(Collectors.toMap(p -> p.pollster() + " " + p.fieldworkEnd(), p -> p));
        }
    }

    @Test
    void aPollOfEveryTicketWithItsUndecidedUnprintedIsOfThoseNamingATicket() throws IOException {
        IngestFixtures.copyDataWith(root, "id-2014.yaml", "id-2019.yaml", "id-2024.yaml");
        Map<String, Poll> polls = ingest();
        Poll lsi = polls.get("LSI 2024-02-05");
        assertThat(lsi.shares()).doesNotContainKey("other");
        assertThat(lsi.shares().get("prabowo")).isCloseTo(54.35, within(0.01)); // 51.9 of 95.5
        assertThat(lsi.shares().get("anies")).isCloseTo(24.40, within(0.01));
        assertThat(lsi.partial()).isFalse();
        assertThat(lsi.notes()).contains("51.9").contains("ballot: complete");
        assertThat(polls.get("IPO 2024-01-07").shares().get("prabowo")).isCloseTo(43.03, within(0.01)); // of 98.3
        // One printing its undecided is re-based by them, as before (45.79 of 94.22).
        assertThat(polls.get("Indikator Politik Indonesia 2024-01-06").shares().get("prabowo"))
                .isCloseTo(48.60, within(0.01));
    }

    /** Without the field a definition may list only a long ballot's leaders: the remainder stays "Others". */
    @Test
    void withoutTheFieldTheRemainderIsStillOthers() throws IOException {
        IngestFixtures.copyDataWith(root, "id-2014.yaml", "id-2019.yaml", "id-2024.yaml");
        IngestFixtures.editLines(
                root.resolve("elections/id-2024.yaml"), lines -> lines.filter(l -> !l.contains("ballot:")));
        Poll lsi = ingest().get("LSI 2024-02-05");
        assertThat(lsi.shares().get("prabowo")).isCloseTo(51.9, within(0.01));
    }

    @Test
    void anotherWordIsRefusedNamingTheField() throws IOException {
        IngestFixtures.copyDataWith(root, "id-2014.yaml", "id-2019.yaml", "id-2024.yaml");
        IngestFixtures.editLines(
                root.resolve("elections/id-2024.yaml"),
                lines -> lines.map(l -> l.replace("ballot: complete", "ballot: full")));
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(root));
        assertThatThrownBy(() -> catalog.resolve("id-2024"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("id-2024.yaml")
                .hasMessageContaining("ballot")
                .hasMessageContaining("'full' is not a ballot");
    }
}
