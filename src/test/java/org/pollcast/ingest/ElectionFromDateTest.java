package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A poll file with no election, year or title: the poll's own date and names tell its election, the first held on
 * or after it whose options it names. Before, every such file was refused with "no election".
 */
class ElectionFromDateTest {
    @TempDir
    Path dir;

    PollStore store;

    @BeforeEach
    void open() {
        store = PollStore.open(dir.resolve("store.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport ingest(String text, IngestSettings settings) throws IOException {
        Path file = dir.resolve("polls.csv");
        Files.writeString(file, text);
        return ingester().ingest(file.toString(), store, settings);
    }

    @Test
    void candidatesNamesAndTheDateTellTheElection() throws IOException {
        ingest(
                "pollster,fieldwork_start,fieldwork_end,sample_size,Sadiq Khan,Susan Hall,Rob Blackie,Zoë Garbett,Others\n"
                        + "YouGov,2024-04-01,2024-04-03,1000,47,26,9,9,9\n",
                IngestSettings.withDefaults());
        assertThat(store.polls(PollQuery.of("london-2024"))).hasSize(1);
    }

    @Test
    void aPollByPartyGoesToTheNextElectionNotOneAlreadyHeld() throws IOException {
        ingest(
                "pollster,fieldwork_start,fieldwork_end,sample_size,Labour,Conservative,Reform UK,Green,Liberal Democrats,Others\n"
                        + "YouGov,2025-06-01,2025-06-03,1000,32,20,20,14,10,4\n",
                IngestSettings.withDefaults().withContest("mayor"));
        assertThat(store.polls(PollQuery.of("london-2028"))).hasSize(1);
        assertThat(store.polls(PollQuery.of("london-2024"))).isEmpty();
    }

    @Test
    void namesOfNoElectionAfterTheDateAreRefusedSayingWhy() {
        // Khan and Hall stood in 2024; a poll of 2025 naming them fits no election still to come.
        assertThatThrownBy(() -> ingest(
                        "pollster,fieldwork_start,fieldwork_end,sample_size,Sadiq Khan,Susan Hall\n"
                                + "YouGov,2025-06-01,2025-06-03,1000,50,40\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(":2: field 'election': no election: none held within 5 years after 2025-06-03");
    }

    @Test
    void aDateWithoutItsYearStillNeedsTheElection() {
        assertThatThrownBy(() -> ingest(
                        "pollster,fieldwork,sample_size,Sadiq Khan,Susan Hall\nYouGov,1–3 Apr,1000,50,40\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "field 'fieldwork': '1–3 Apr' gives no year, so no election is known by its date: give"
                                + " --election or an election column");
    }

    /**
     * A misspelt candidate (Kahn) left no election with every name, and the message said so without naming the
     * column: the name is now said in its column, with the closest name of the election the other names fit.
     */
    @Test
    void aMisspeltNameIsSaidInItsColumnWithTheClosestName() {
        assertThatThrownBy(() -> ingest(
                        "pollster,fieldwork_end,sample_size,Kahn,Hall,Blackie,Garbett,Cox\n"
                                + "YouGov,2024-04-29,1000,47,25,8,7,5\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        ":2: field 'Kahn': in london-2024 (2024-05-02), the first election still polled on"
                                + " 2024-04-29 with this poll's other names: unknown candidate 'Kahn' in mayor; did you mean"
                                + " 'khan'?");
        assertThat(store.polls(PollQuery.of("london-2024"))).isEmpty();
    }

    /**
     * YouGov/QMUL's list poll of March 2020 named the Brexit Party, which renamed itself Reform UK in January 2021: the
     * alias table reads it as Reform UK, a party of london-2021's Assembly.
     */
    @Test
    void theBrexitPartyOf2020IsReformUk() throws IOException {
        IngestReport r = ingest(
                "pollster,client,fieldwork_end,scope,Labour,Conservative,Green,Brexit Party\n"
                        + "YouGov,Queen Mary University of London,2020-03-06,list,45,29,12,2\n",
                IngestSettings.withDefaults().withDryRun(true));
        assertThat(r.summary()).contains("london-2021 assembly, list vote");
    }

    /**
     * A party no election after the poll has (the Yorkshire Party, which never stood in London) among party names,
     * which fit the Mayor and the Assembly alike: the message said only that no election had every name. The row's
     * scope (list) says the contest, and the name is said in its column; with no scope, each contest's reading is
     * given.
     */
    @Test
    void aNameOfNoElectionAmongPartyNamesIsSaidInItsColumn() {
        assertThatThrownBy(() -> ingest(
                        "pollster,client,fieldwork_end,scope,Labour,Conservative,Green,Yorkshire Party\n"
                                + "YouGov,Queen Mary University of London,2020-03-06,list,45,29,12,2\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        ":2: field 'Yorkshire Party': in london-2021 (2021-05-06), the first election still polled on"
                                + " 2020-03-06 with this poll's other names: unknown party 'Yorkshire Party' in assembly");
        assertThatThrownBy(() -> ingest(
                        "pollster,client,fieldwork_end,Labour,Conservative,Green,Yorkshire Party\n"
                                + "YouGov,Queen Mary University of London,2020-03-06,45,29,12,2\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(":2: field 'Yorkshire Party': in london-2021")
                .hasMessageContaining("in mayor")
                .hasMessageContaining("unknown party 'Yorkshire Party' in assembly");
    }

    /**
     * A year typed wrong (2027 for 2024) picked the next election by date, london-2028, and the file was refused for
     * that election's contests; the date itself, in the future, is what is wrong.
     */
    @Test
    void aDateInTheFutureIsSaidBeforeItPicksAnElection() {
        assertThatThrownBy(() -> ingest(
                        "pollster,fieldwork_end,sample_size,Labour,Conservative,Reform UK\n"
                                + "YouGov,2027-04-30,1000,47,25,20\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(":2: field 'fieldwork_end': 2027-04-30 is in the future (today is 2026-11-25)");
    }

    /** 30 February gave "no election: give --election or an election column", as if the date were fine. */
    @Test
    void aDateThatIsNoDateIsSaidRatherThanTheElection() {
        assertThatThrownBy(() -> ingest(
                        "pollster,fieldwork_end,sample_size,Khan,Hall\nYouGov,2024-02-30,1000,47,25\n",
                        IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(":2: field 'fieldwork_end': '2024-02-30' is not a date");
    }
}
