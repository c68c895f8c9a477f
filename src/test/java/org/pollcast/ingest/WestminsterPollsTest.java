package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * London Westminster voting intention (london_westminster_polls.csv, scope {@code westminster}) goes into the
 * {@code westminster} contest of london-2028: its own contest, never in a mayoral average. Its {@code year} names
 * the general election asked about (2024, 2029), not an election day, so it is ingested with --election.
 */
class WestminsterPollsTest {
    private static final Election E2028 = CATALOG.resolve("london-2028");

    @TempDir
    Path dir;

    private static IngestSettings into2028() {
        return IngestSettings.withDefaults().withElection(E2028);
    }

    private static List<Poll> polls(PollStore store) {
        return store.polls(PollQuery.of("london-2028")).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    @Test
    void aRowWithNoPollsterNamesFileLineAndField() {
        // W2029-01 (QMUL-MEI2024NOV): the source names the Mile End Institute but not the firm that ran the poll.
        String file = fixture("london_westminster_polls.csv");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester().ingest(file, store, into2028()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(file + ":7: field 'pollster': missing: a poll needs the firm that ran it")
                    .hasMessageContaining("'Mile End Institute (QMUL)'");
            assertThat(polls(store)).isEmpty();
        }
    }

    @Test
    void theOtherPollsGoIntoTheirOwnContest() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            fixture("london_westminster_polls.csv"),
                            store,
                            into2028().withSkipInvalid(true));
            assertThat(r.added()).isEqualTo(5);
            assertThat(r.rejectedPolls())
                    .singleElement()
                    .satisfies(p -> assertThat(p.rows().rows()).hasSize(5));
            List<Poll> polls = polls(store);
            assertThat(polls).allSatisfy(p -> {
                assertThat(p.contest()).isEqualTo("westminster");
                assertThat(p.scope()).isEqualTo(Scope.WESTMINSTER);
                assertThat(p.shares()).containsOnlyKeys("lab", "con", "reform", "ld", "grn");
            });
            // Savanta, 26 June 2024, for the general election of 4 July 2024: after the 2024 mayoral election.
            assertThat(polls.get(0).date()).isEqualTo(LocalDate.of(2024, 6, 26));
            assertThat(polls.get(0).shares()).containsEntry("lab", 49.0).containsEntry("reform", 11.0);
        }
    }

    @Test
    void theMayoralAndWestminsterQuestionsOfOneSurveyAreTwoPolls() {
        // Find Out Now for Reform UK, May 2025 (FON2025MAY): same pollster, client and date, two questions.
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester()
                    .ingest(
                            fixture("london_westminster_polls.csv"),
                            store,
                            into2028().withSkipInvalid(true));
            IngestReport mayor = ingester()
                    .ingest(
                            fixture("london_mayor_polls.csv"),
                            store,
                            IngestSettings.withDefaults().withSkipInvalid(true));
            assertThat(mayor.conflicts()).isEmpty();
            List<Poll> fon = polls(store).stream()
                    .filter(p -> p.pollster().equals("Find Out Now"))
                    .toList();
            assertThat(fon).extracting(Poll::contest).containsExactlyInAnyOrder("mayor", "westminster");
            assertThat(fon).extracting(Poll::date).containsOnly(LocalDate.of(2025, 5, 12));
            assertThat(fon.get(0).key()).isNotEqualTo(fon.get(1).key());
            // Ingesting both files again adds nothing and conflicts with nothing.
            IngestReport again = ingester()
                    .ingest(
                            fixture("london_westminster_polls.csv"),
                            store,
                            into2028().withSkipInvalid(true));
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(5);
            assertThat(again.conflicts()).isEmpty();
        }
    }

    @Test
    void theMayoralAverageNeverSeesWestminsterPolls() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester()
                    .ingest(
                            fixture("london_westminster_polls.csv"),
                            store,
                            into2028().withSkipInvalid(true));
            ingester()
                    .ingest(
                            fixture("london_mayor_polls.csv"),
                            store,
                            IngestSettings.withDefaults().withSkipInvalid(true));
            List<Poll> all = polls(store);
            assertThat(all).hasSize(7);
            LocalDate asOf = LocalDate.of(2026, 11, 25);
            PollAverage mayor = Aggregator.average(
                    E2028,
                    E2028.contest("mayor").orElseThrow(),
                    Scope.FIRST_PREF,
                    all,
                    asOf,
                    AggregateSettings.withDefaults(),
                    Map.of(),
                    Map.of());
            assertThat(mayor.polls()).isEqualTo(2);
            PollAverage westminster = Aggregator.average(
                    E2028,
                    E2028.contest("westminster").orElseThrow(),
                    Scope.WESTMINSTER,
                    all,
                    asOf,
                    AggregateSettings.withDefaults(),
                    Map.of(),
                    Map.of());
            assertThat(westminster.polls()).isEqualTo(5);
        }
    }

    @Test
    void onlyAContestThatListsTheScopeTakesIt() {
        assertThat(E2028.contestFor(Scope.WESTMINSTER)).map(c -> c.id()).contains("westminster");
        assertThat(E2028.contestFor(Scope.FIRST_PREF)).map(c -> c.id()).contains("mayor");
        assertThat(E2028.contest("westminster").orElseThrow().defaultScope()).isEqualTo(Scope.WESTMINSTER);
        // The 2024 mayor was elected by FPTP, which can count party shares, but its contest does not list the scope.
        Election e2024 = CATALOG.resolve("london-2024");
        assertThat(e2024.contest("mayor").orElseThrow().system()).isEqualTo(VotingSystem.FPTP);
        assertThat(e2024.contestFor(Scope.WESTMINSTER)).isEmpty();
    }

    @Test
    void theYearOfAWestminsterRowIsTheGeneralElectionNotTheElectionDay() throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(
                file,
                "year,pollster,client,fieldwork_end,scope,candidate_or_party,share,poll_id\n"
                        + "2029,Savanta,Centre for London,2025-11-07,westminster,Labour,32,W1\n"
                        + "2029,Savanta,Centre for London,2025-11-07,westminster,Reform UK,23,W1\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester().ingest(file.toString(), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":2: field 'year': 2029 is the general election this Westminster poll asks about; "
                                    + "give --election");
            assertThat(ingester().ingest(file.toString(), store, into2028()).added())
                    .isEqualTo(1);
        }
    }

    @Test
    void aWestminsterPollBeforeThePreviousElectionBelongsToAnEarlierOne() throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(
                file,
                "year,pollster,fieldwork_end,scope,candidate_or_party,share\n"
                        + "2024,YouGov,2024-04-20,westminster,Labour,50\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester().ingest(file.toString(), store, into2028()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":2: field 'fieldwork_end': 2024-04-20 is not after london-2024 (2024-05-02)");
        }
    }
}
