package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
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
 * FiveThirtyEight's poll files hold every state's, office's and cycle's polls, one row per answer: read as a long CSV
 * they were refused at their header ("field 'source': column 34 is the same column as 'url'"). The race asked for
 * with --election is read; the rest is left out with one note per reason. Fixtures: src/test/resources/ingest/
 * fivethirtyeight/README.md.
 */
class FiveThirtyEightCsvTest {
    @TempDir
    Path root;

    private Ingester ingester() throws java.io.IOException {
        return IngestFixtures.ingesterWith(root, "us-2024.yaml", "pa-senate-2024.yaml");
    }

    private IngestSettings settings(String election) {
        return IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolve(election))
                .withAcceptNewPollsters(true);
    }

    private static List<Poll> polls(PollStore store, String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(StoredPoll::poll)
                .sorted(Comparator.comparing(Poll::pollster))
                .toList();
    }

    @Test
    void theNationalVotesPollsAreReadOneQuestionASurvey() throws Exception {
        Ingester ingester = ingester();
        try (PollStore store = PollStore.open(root.resolve("us.db"))) {
            IngestReport r =
                    ingester.ingest(fixture("fivethirtyeight/president_polls.csv"), store, settings("us-2024"));
            List<Poll> polls = polls(store, "us-2024");
            assertThat(polls).hasSize(2);
            Poll emerson = polls.get(0);
            // The full field, not the head-to-head of the same survey; Claudia De la Cruz, whom the definition does
            // not list, left to the others (the rest of 100), not a refusal of the poll and the file.
            assertThat(emerson.shares()).isEqualTo(Map.of("harris", 48.0, "trump", 48.0, "oliver", 1.0, "stein", 1.0));
            assertThat(emerson.client()).isEqualTo("The Hill");
            Poll mc = polls.get(1);
            // The likely voters, not the registered voters of the same question.
            assertThat(mc.shares()).containsEntry("harris", 49.0).containsEntry("trump", 47.0);
            assertThat(mc.sampleSize()).isEqualTo(8807);
            assertThat(mc.fieldworkStart()).isEqualTo(LocalDate.of(2024, 10, 25));
            assertThat(mc.fieldworkEnd()).isEqualTo(LocalDate.of(2024, 10, 27));
            assertThat(mc.published()).isEqualTo(LocalDate.of(2024, 10, 28));
            String notes = r.toString();
            assertThat(notes)
                    .contains("a state's polls, not the national vote's (the definition's area, United States,"
                            + " names no state")
                    .contains("hypothetical")
                    .contains("polls of another election day than 2024-11-05")
                    .contains("polls of a primary, not the general election")
                    .contains("line 6 skipped") // the head-to-head, on its own line of the file
                    .contains("De la Cruz")
                    .contains("counted in Others");
            // The same file again adds nothing.
            IngestReport again =
                    ingester.ingest(fixture("fivethirtyeight/president_polls.csv"), store, settings("us-2024"));
            assertThat(polls(store, "us-2024")).hasSize(2);
            assertThat(again.toString()).doesNotContain("2 added");
        }
    }

    /** FiveThirtyEight names the Times' polls by Siena "Siena/NYT": Siena College's house, its client the sponsor. */
    @Test
    void sienaNytIsSienaCollege() throws Exception {
        Ingester ingester = ingester();
        Path file = root.resolve("siena.csv");
        List<String> lines = Files.readAllLines(Path.of(fixture("fivethirtyeight/president_polls.csv")));
        for (int i = 1; i <= 4; i++) {
            lines.set(
                    i,
                    lines.get(i).replace(",Morning Consult,,,Morning Consult,", ",Siena/NYT,,New York Times,Siena,"));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("siena.db"))) {
            ingester.ingest(file.toString(), store, settings("us-2024"));
            Poll siena = polls(store, "us-2024").stream()
                    .filter(p -> "New York Times".equals(p.client()))
                    .findFirst()
                    .orElseThrow();
            assertThat(siena.pollster()).isEqualTo("Siena College");
            assertThat(siena.publishedAs()).isEqualTo("Siena/NYT");
        }
    }

    /** A state's race keeps its own state's rows, by name or by postal code, with an ISO election date. */
    @Test
    void aStatesRaceKeepsItsStatesRows() throws Exception {
        try (PollStore store = PollStore.open(root.resolve("pa.db"))) {
            ingester().ingest(fixture("fivethirtyeight/senate_polls.csv"), store, settings("pa-senate-2024"));
            List<Poll> polls = polls(store, "pa-senate-2024");
            assertThat(polls).extracting(Poll::pollster).containsExactly("Marist College", "Quinnipiac University");
            assertThat(polls.get(1).shares()).containsEntry("casey", 48.0).containsEntry("mccormick", 46.0);
        }
    }

    /**
     * A race with a second round weeks later (Georgia's Senate run-off of 5 January 2021): the rows of the second
     * round's day are its pair's polls, stored as run-offs; a question naming none of the definition's candidates is
     * the other seat's race of the same day, left out with a note. Before, the run-off rows were skipped as "polls of
     * another election day", and read, the other seat's would have refused the file as unknown candidates.
     */
    @Test
    void theSecondRoundsRowsAreItsPairsRunOffPolls() throws Exception {
        try (PollStore store = PollStore.open(root.resolve("ga.db"))) {
            IngestReport r = IngestFixtures.ingesterWith(root, "ga-senate-2020.yaml")
                    .ingest(
                            fixture("fivethirtyeight/ga-senate_polls-2020-11-17.csv"),
                            store,
                            settings("ga-senate-2020"));
            assertThat(String.join("\n", r.notes()))
                    .contains("a question naming none of the definition's candidates (Raphael Warnock, Kelly Loeffler)")
                    .contains("jungle primary");
            List<Poll> polls = polls(store, "ga-senate-2020");
            assertThat(polls).hasSize(3);
            assertThat(polls)
                    .filteredOn(p -> p.scope() == org.pollcast.election.Scope.RUNOFF)
                    .extracting(
                            Poll::pollster,
                            p -> p.shares().get("perdue"),
                            p -> p.shares().get("ossoff"))
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Opinion Savvy/InsiderAdvantage", 49.0, 49.0),
                            org.assertj.core.groups.Tuple.tuple("Remington Research Group", 50.0, 46.0));
        }
    }

    /**
     * A question whose answers are slips of the definition's names is no other race: it is read, and refused saying
     * which candidate each slip is near, not left out as a race of strangers.
     */
    @Test
    void aQuestionOfSlipsIsNoOtherRace() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(fixture("fivethirtyeight/senate_polls.csv")));
        List<String> slipped = lines.stream()
                .map(l -> l.replace("Bob Casey", "Bob Caseyy").replace("David H. McCormick", "Dave McCormik"))
                .toList();
        assertThat(slipped).isNotEqualTo(lines);
        Path file = root.resolve("senate_polls.csv");
        Files.write(file, slipped);
        try (PollStore store = PollStore.open(root.resolve("slips.db"))) {
            IngestReport r = ingester()
                    .ingest(file.toString(), store, settings("pa-senate-2024").withSkipInvalid(true));
            assertThat(r.rejected().stream().map(Object::toString))
                    .anySatisfy(p -> assertThat(p).contains("Bob Caseyy"));
            assertThat(String.join("\n", r.notes())).doesNotContain("another race");
        }
    }

    /**
     * A poll a candidate sponsored ({@code sponsor_candidate}) is told as their campaign's, by a note, its client left
     * as the file gives it (the client is part of a stored poll's key); its {@code methodology} is its mode. Moore
     * Information's Georgia poll of October 2022 for Herschel Walker's campaign was stored with neither (its notes said
     * only "partisan: REP"). The fixture's Quinnipiac rows, made a campaign's.
     */
    @Test
    void aCandidatesOwnPollIsTheirCampaignsAndItsMethodologyItsMode() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(fixture("fivethirtyeight/senate_polls.csv")));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int candidate = header.indexOf("sponsor_candidate");
        int methodology = header.indexOf("methodology");
        List<String> made = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[2].equals("Quinnipiac")) {
                cells[candidate] = "David H. McCormick";
                cells[methodology] = "Live Phone";
            }
            made.add(String.join(",", cells));
        }
        Path file = root.resolve("senate_polls.csv");
        Files.write(file, made);
        try (PollStore store = PollStore.open(root.resolve("campaign.db"))) {
            ingester().ingest(file.toString(), store, settings("pa-senate-2024"));
            Poll quinnipiac = polls(store, "pa-senate-2024").stream()
                    .filter(p -> p.pollster().equals("Quinnipiac University"))
                    .findFirst()
                    .orElseThrow();
            assertThat(quinnipiac.client()).isEmpty();
            assertThat(quinnipiac.mode()).isEqualTo("Live Phone");
            var race = new ElectionCatalog(new DataHome(root))
                    .resolve("pa-senate-2024")
                    .contest(quinnipiac.contest())
                    .orElseThrow();
            assertThat(CampaignPolls.sponsor(race, quinnipiac))
                    .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("mccormick"));
        }
    }

    /**
     * A candidate's race whose definition leaves out a minor candidate a question asked: the answer, 2%, goes to the
     * others the question's remainder holds, with a note; before, its row refused the poll and the file. The fixture's
     * Quinnipiac question with a made-up third answer.
     */
    @Test
    void aMinorCandidateTheRaceLeavesOutIsOneOfTheOthers() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(fixture("fivethirtyeight/senate_polls.csv")));
        String third = lines.get(1).replace(",DEM,Casey,,Bob Casey,48", ",IND,Doe,,Jane Doe,2");
        assertThat(third).isNotEqualTo(lines.get(1));
        List<String> with = new java.util.ArrayList<>(lines);
        with.add(3, third);
        Path file = root.resolve("senate_polls.csv");
        Files.write(file, with);
        try (PollStore store = PollStore.open(root.resolve("minor.db"))) {
            IngestReport r = ingester().ingest(file.toString(), store, settings("pa-senate-2024"));
            assertThat(String.join("\n", r.notes())).contains("Jane Doe").contains("counted in Others");
            Poll quinnipiac = polls(store, "pa-senate-2024").stream()
                    .filter(p -> p.pollster().equals("Quinnipiac University"))
                    .findFirst()
                    .orElseThrow();
            assertThat(quinnipiac.shares()).containsEntry("casey", 48.0).containsEntry("mccormick", 46.0);
        }
    }

    @Test
    void withoutAnElectionTheFileIsRefusedSayingWhy() throws Exception {
        Ingester ingester = ingester();
        assertThatThrownBy(() -> ingester.ingest(
                        fixture("fivethirtyeight/president_polls.csv"), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("president_polls.csv: a FiveThirtyEight poll file holds every state's")
                .hasMessageContaining("give --election");
    }

    @Test
    void aDateThatIsNoneIsRefusedByFileLineAndField() throws Exception {
        Ingester ingester = ingester();
        Path file = root.resolve("bad.csv");
        List<String> lines = Files.readAllLines(Path.of(fixture("fivethirtyeight/president_polls.csv")));
        lines.set(2, lines.get(2).replace(",10/27/24,", ",27.10.2024,"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("bad.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, settings("us-2024")))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("bad.csv:3: field 'end_date': '27.10.2024' is no date");
            assertThat(polls(store, "us-2024")).isEmpty();
        }
    }
}
