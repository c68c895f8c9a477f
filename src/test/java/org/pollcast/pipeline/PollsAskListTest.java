package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A German state's polls ask the Zweitstimme (the list vote) and print no ballot: with {@code pollsAsk: list} such a
 * poll is stored as a list poll. Before, the Berlin trial's polls were stored as of either ballot: {@code average}
 * found no list polls, the backtest had no last-week or last-poll baseline to set the model against, and the forecast
 * read them as either ballot, each party's share widened by a difference between the ballots no Berlin poll has
 * (CDU 18.2–31.0 a week before the 2023 repeat; 19.2–29.7 read as the list polls they are).
 */
class PollsAskListTest {
    @TempDir
    Path tmp;

    private List<StoredPoll> ingested(boolean pollsAskList) throws IOException {
        Path data = tmp.resolve(pollsAskList ? "list" : "either");
        IngestFixtures.copyData(data);
        IngestFixtures.copyKit(Path.of("src/test/resources/ingest/berlin"), data);
        if (!pollsAskList) {
            Path def = data.resolve("elections/berlin-2023.yaml");
            Files.writeString(def, Files.readString(def).replaceAll("(?m)^    pollsAsk: list.*\\n", ""));
        }
        Workspace ws = Workspace.of(data, data.resolve("x.db"));
        try (PollStore store = ws.openStore()) {
            ws.ingester()
                    .ingest(
                            "src/test/resources/ingest/politpro-berlin-2023-civey.txt",
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
            return store.polls(PollQuery.of("berlin-2023"));
        }
    }

    @Test
    void aPollThatStatesNoBallotIsAListPollWhereThePlacesPollsAskTheList() throws IOException {
        List<StoredPoll> polls = ingested(true);
        assertThat(polls).hasSize(1);
        assertThat(polls.get(0).poll().scope()).isEqualTo(Scope.LIST);
        assertThat(polls.get(0).poll().shares()).containsEntry("cdu", 22.0);
    }

    @Test
    void withoutItSuchAPollMayHaveAskedEitherBallot() throws IOException {
        List<StoredPoll> polls = ingested(false);
        assertThat(polls).hasSize(1);
        assertThat(polls.get(0).poll().scope()).isEqualTo(Scope.UNSPECIFIED);
    }
}
