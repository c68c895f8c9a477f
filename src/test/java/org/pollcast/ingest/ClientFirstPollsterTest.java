package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Polling sites write a poll's client before its firm ("CBS / YouGov", "NY Times / Siena College", "NPR/PBS/Marist"
 * on 270toWin), where the encyclopedia writes the firm first. Read first part first, YouGov's polls for three clients
 * were three new firms, each with a house effect of its own. The firm is the one part the alias table knows. The
 * poll's figures are made up; the election is London 2012's.
 */
class ClientFirstPollsterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Evening Standard / YouGov|YouGov|Evening Standard",
                "ITV News/LBC/ComRes|ComRes|ITV News/LBC",
                "YouGov/Evening Standard|YouGov|Evening Standard",
                "Evening Standard/Acme Research|Evening Standard|Acme Research",
                "Evening Standard/YouGov/ComRes|Evening Standard|YouGov/ComRes"
            })
    void theFirmIsThePartTheAliasTableKnows(String cell, String firm, String client) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(
                file,
                "Poll source,fieldwork_end,sample_size,Johnson,Livingstone,Paddick,Others\n" + "\"" + cell
                        + "\",2012-05-02,1231,43,38,7,12\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
            Poll p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.pollster()).isEqualTo(firm);
            assertThat(p.client()).isEqualTo(client);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"Evening Standard, YouGov"})
    void aClientColumnOfItsOwnIsTakenAsWritten(String pollster, String client) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(
                file,
                "pollster,client,fieldwork_end,sample_size,Johnson,Livingstone,Paddick,Others\n" + pollster + ","
                        + client + ",2012-05-02,1231,43,38,7,12\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
            Poll p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.pollster()).isEqualTo(pollster);
            assertThat(p.client()).isEqualTo(client);
        }
    }
}
