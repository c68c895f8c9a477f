package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A copy of an encyclopedia table that drops the cells of candidates a poll did not ask prints that poll's figures
 * from the left and pads the row with empty cells to the table's width: read by position, each figure is another
 * candidate's. The Costa Rican 2022 page as the page store keeps it (rpliu233w-cr-2022.md) printed Demoscopia's nine
 * figures so, and the store held Quesada (who won under 1%) at 35.3 (the undecided) and Araya at 20.2 (Figueres's),
 * marked as no more than partial; the forecast then made Quesada the favourite. Its last column, "Blank, null, others,
 * undecided", is what every row of the table prints: a row with nothing there nor under the candidates before it is
 * refused, naming the column, and the rows that print it are stored.
 */
class ShiftedRowsTest {
    @TempDir
    Path root;

    @Test
    void aRowPaddedAtItsEndPastTheRemainderColumnIsRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cr-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("cr.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.fixture("rpliu233w-cr-2022.md"),
                    store,
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("cr-2022"))
                            .withSkipInvalid(true));
            assertThat(r.valid()).isEqualTo(2);
            assertThat(r.rejected()).hasSize(2);
            assertThat(r.rejected().stream().map(Object::toString))
                    .allSatisfy(p -> assertThat(p)
                            .contains("field 'Blank, null, others, undecided'")
                            .contains("may sit in the wrong columns"))
                    .anySatisfy(p -> assertThat(p).contains(":39:").contains("16 candidate columns"))
                    .anySatisfy(p -> assertThat(p).contains(":40:").contains("2 candidate columns"));
            var polls = store.polls(PollQuery.of("cr-2022")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).extracting(p -> p.pollster()).containsOnly("OPol");
            // OPol's figures, cell for cell under their candidates (re-based past the undecided 26.7).
            assertThat(polls)
                    .allSatisfy(p -> assertThat(p.shares().get("quesada")).isLessThan(1));
        }
    }
}
