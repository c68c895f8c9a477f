package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.poll.Poll;

/**
 * A party that left the race and the ballot ({@code withdrawn}) on a known day ({@code withdrew:}): polls taken before
 * it ask of another race once a poll taken after it exists. BC United suspended its campaign on 28 August 2024 and
 * endorsed the Conservatives; Mainstreet's 4–6 July poll had it at 10 (NDP 37, Conservatives 37, Greens 12, others 4),
 * and spread over the others in proportion its share went to the NDP as much as to the Conservatives. Research Co.
 * 9–11 September (NDP 44, Conservatives 42, Greens 10, others 3) and Mainstreet 13–15 September (44, 46, 7) came after.
 * The blind trial's sources are in src/test/resources/ingest/README.md (British Columbia 2024).
 */
class WithdrawnPartyDayTest {
    private static final String DEFINITION = """
            id: bc-2024
            name: British Columbia provincial popular vote, 2024
            date: 2024-10-19
            office: none
            parties:
              - {id: ndp, name: New Democratic}
              - {id: con, name: Conservative}
              - {id: grn, name: Green}
              - {id: bcu, name: BC United}
            contests:
              mayor:
                system: fptp
                candidates:
                  - {id: ndp, name: NDP, party: ndp}
                  - {id: con, name: Conservative, party: con}
                  - {id: grn, name: Green, party: grn}
                withdrawn:
                  - {id: bcu, name: BC United, party: bcu%s}
            """;
    private static final Poll JULY = poll(
            "bc-2024",
            "Mainstreet Research",
            null,
            LocalDate.of(2024, 7, 6),
            1048,
            Map.of("ndp", 37.0, "con", 37.0, "grn", 12.0, "bcu", 10.0, "other", 4.0));
    private static final Poll RESEARCH_CO = poll(
            "bc-2024",
            "Research Co.",
            null,
            LocalDate.of(2024, 9, 11),
            802,
            Map.of("ndp", 44.0, "con", 42.0, "grn", 10.0, "other", 3.0));
    private static final Poll MAINSTREET = poll(
            "bc-2024",
            "Mainstreet Research",
            null,
            LocalDate.of(2024, 9, 15),
            877,
            Map.of("ndp", 44.0, "con", 46.0, "grn", 7.0));
    private static final List<Poll> POLLS = List.of(JULY, RESEARCH_CO, MAINSTREET);
    private static final LocalDate AS_OF = LocalDate.of(2024, 9, 19);

    @TempDir
    Path root;

    private Election bc(String withdrew) throws IOException {
        Files.createDirectories(root.resolve("elections"));
        Files.writeString(
                root.resolve("elections/bc-2024.yaml"),
                DEFINITION.formatted(withdrew == null ? "" : ", withdrew: " + withdrew),
                StandardCharsets.UTF_8);
        return new ElectionCatalog(new DataHome(root)).resolve("bc-2024");
    }

    @Test
    void pollsOfTheRaceWithThePartyInAreLeftOutOnceALaterOneExists() throws IOException {
        PollAverage spread = average(bc(null), POLLS, AS_OF, AggregateSettings.withDefaults());
        PollAverage after = average(bc("2024-08-28"), POLLS, AS_OF, AggregateSettings.withDefaults());
        PollAverage later =
                average(bc(null), List.of(RESEARCH_CO, MAINSTREET), AS_OF, AggregateSettings.withDefaults());
        // the July poll is the later polls' race no more: the average is theirs alone
        assertThat(after.polls()).isEqualTo(2);
        assertThat(after.share("con").orElseThrow().share())
                .isCloseTo(later.share("con").orElseThrow().share(), within(1e-9));
        assertThat(after.notes())
                .contains("BC United withdrew on 2024-08-28 (off the ballot): 1 poll begun by then left out as a poll"
                        + " of another race; the 2 polls begun after it are used")
                .noneMatch(n -> n.startsWith("BC United (withdrew) redistributed"));
        // with no day, the July poll is used and its 10 points spread in proportion, as before
        assertThat(spread.polls()).isEqualTo(3);
        assertThat(spread.notes()).anyMatch(n -> n.startsWith("BC United (withdrew) redistributed in 1 poll"));
    }

    /**
     * A later departure with no poll begun after it yet (the Greens stopping their campaign on 17 September, say) keeps
     * the cut at BC United's withdrawal, and is said: cut at the latest alone, July's poll, naming BC United at 10,
     * came back into the average (review).
     */
    @Test
    void aLaterDepartureWithNoPollAfterItKeepsTheEarlierCut() throws IOException {
        Election e = bc("2024-08-28");
        Files.writeString(
                root.resolve("elections/bc-2024.yaml"),
                Files.readString(root.resolve("elections/bc-2024.yaml"))
                        .replace(
                                "{id: grn, name: Green, party: grn}",
                                "{id: grn, name: Green, party: grn, withdrew: 2024-09-17}"),
                StandardCharsets.UTF_8);
        Election both = new ElectionCatalog(new DataHome(root)).resolve("bc-2024");
        assertThat(both.id()).isEqualTo(e.id());
        PollAverage a = average(both, POLLS, AS_OF, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(2);
        assertThat(a.notes())
                .anyMatch(n -> n.startsWith("Green stopped campaigning on 2024-09-17 (still on the ballot): no poll"
                        + " begun after that day yet"))
                .anyMatch(n -> n.startsWith(
                        "BC United withdrew on 2024-08-28 (off the ballot): 1 poll begun by then" + " left out"));
    }

    /** A head-to-head of two others, asked before the party left, never named it: its day leaves it alone (review). */
    @Test
    void aWithdrawnPartysDayLeavesOtherScopesAlone() throws IOException {
        Election e = bc("2024-08-28");
        org.pollcast.election.Contest c = e.contests().get("mayor");
        List<Poll> polls = List.of(JULY, RESEARCH_CO, MAINSTREET);
        assertThat(StoppedCampaigns.leaveOut(c, Scope.FIRST_PREF, polls, AS_OF, new java.util.ArrayList<>()))
                .hasSize(2);
        assertThat(StoppedCampaigns.leaveOut(c, Scope.RUNOFF, polls, AS_OF, new java.util.ArrayList<>()))
                .hasSize(3);
    }

    @Test
    void beforeAnyPollAfterTheDayEveryPollIsUsed() throws IOException {
        PollAverage early = average(bc("2024-08-28"), List.of(JULY), AS_OF, AggregateSettings.withDefaults());
        assertThat(early.polls()).isEqualTo(1);
        assertThat(early.notes())
                .anyMatch(n -> n.startsWith("BC United withdrew on 2024-08-28 (off the ballot): no"
                        + " poll begun after that day yet, so the 1 poll taken before it is used"));
    }

    @Test
    void aDayOnOrAfterPollingDayIsRefusedNamingTheField() {
        assertThatThrownBy(() -> bc("2024-10-19"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("contests.mayor.withdrawn[0].withdrew")
                .hasMessageContaining("is not before the election");
    }

    /**
     * A poll begun before the day that never named the party (a survey's scenario without it, or one taken before it
     * stood) asked of the race on the ballot, and stays. Taiwan 2024's blind trial: Formosa's three-way lines of
     * October and November, which left out Terry Gou (withdrawn on 24 November), were cut with his four-way ones and
     * called polls of another race.
     */
    @Test
    void aPollBeforeTheDayThatNeverNamedThePartyStays() throws IOException {
        Poll withoutBcu = poll(
                "bc-2024",
                "Research Co.",
                null,
                LocalDate.of(2024, 7, 10),
                800,
                Map.of("ndp", 45.0, "con", 43.0, "grn", 12.0));
        PollAverage a = average(
                bc("2024-08-28"),
                List.of(JULY, withoutBcu, RESEARCH_CO, MAINSTREET),
                AS_OF,
                AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(3);
        assertThat(a.notes())
                .contains("BC United withdrew on 2024-08-28 (off the ballot): 1 poll begun by then naming BC United"
                        + " left out as a poll of another race; the 2 polls begun after it are used, and the 1 poll"
                        + " before it that did not name BC United");
        List<String> early = new java.util.ArrayList<>();
        assertThat(StoppedCampaigns.leaveOut(
                        e("2024-08-28"), Scope.FIRST_PREF, List.of(JULY, withoutBcu), AS_OF, early))
                .hasSize(2);
        assertThat(early)
                .containsExactly("BC United withdrew on 2024-08-28 (off the ballot): no poll begun after that day yet,"
                        + " so the 1 poll taken before it naming BC United is used, though it asked of another race");
    }

    /**
     * A poll a withdrawal leaves in because it never named the party still answers to an earlier departure (review): the
     * Greens stopping on 20 July and BC United withdrawing on 28 August, a June poll without BC United (Greens 22) came
     * back into the average, as the withdrawal's cut returned before the Greens' was looked at.
     */
    @Test
    void aPollLeftInAsUnnamedStillAnswersToAnEarlierDeparture() throws IOException {
        bc("2024-08-28");
        Files.writeString(
                root.resolve("elections/bc-2024.yaml"),
                Files.readString(root.resolve("elections/bc-2024.yaml"))
                        .replace(
                                "{id: grn, name: Green, party: grn}",
                                "{id: grn, name: Green, party: grn, withdrew: 2024-07-20}"),
                StandardCharsets.UTF_8);
        Election both = new ElectionCatalog(new DataHome(root)).resolve("bc-2024");
        Poll june = poll(
                "bc-2024",
                "Research Co.",
                null,
                LocalDate.of(2024, 6, 10),
                800,
                Map.of("ndp", 40.0, "con", 36.0, "grn", 22.0));
        PollAverage a = average(both, List.of(june, RESEARCH_CO, MAINSTREET), AS_OF, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(2);
        List<String> notes = new java.util.ArrayList<>();
        assertThat(StoppedCampaigns.leaveOut(
                        both.contests().get("mayor"),
                        Scope.FIRST_PREF,
                        List.of(june, JULY, RESEARCH_CO, MAINSTREET),
                        AS_OF,
                        notes))
                .containsExactly(RESEARCH_CO, MAINSTREET);
    }

    private org.pollcast.election.Contest e(String withdrew) throws IOException {
        return bc(withdrew).contests().get("mayor");
    }
}
