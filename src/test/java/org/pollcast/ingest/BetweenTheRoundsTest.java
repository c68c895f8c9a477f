package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A CSV row with no scope, dated between a two-round election's rounds and naming the two finalists, is a poll of the
 * second round: only they stand then (France 2022: first round 10 April, second 24 April). Before, it was refused as
 * dated after the election until a scope column said "runoff" (Peru's trial).
 */
class BetweenTheRoundsTest {
    @TempDir
    Path root;

    private static final String HEADER = "election,contest,pollster,fieldwork_start,fieldwork_end,sample_size,";

    @Test
    void aPollOfTheTwoFinalistsBetweenTheRoundsIsTheSecondRounds() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "france-2022.yaml");
        Path csv = root.resolve("between.csv");
        Files.writeString(
                csv,
                HEADER + "macron,le-pen\nfrance-2022,president,Ifop,2022-04-13,2022-04-15,1000,55,45\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(csv.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(store.polls(PollQuery.of("france-2022")))
                    .extracting(StoredPoll::poll)
                    .extracting(p -> p.scope())
                    .containsExactly(Scope.RUNOFF);
        }
    }

    /** Three candidates after the first round is no poll of the second: still refused, naming where it belongs. */
    @Test
    void aPollOfThreeBetweenTheRoundsIsStillRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "france-2022.yaml");
        Path csv = root.resolve("three.csv");
        Files.writeString(
                csv,
                HEADER + "macron,le-pen,melenchon\nfrance-2022,president,Ifop,2022-04-13,2022-04-15,1000,40,35,25\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("t.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            csv.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("is after the election");
        }
    }
}
