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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.poll.Poll;

/**
 * A candidate who stopped campaigning but stayed on the ballot ({@code withdrew:} on the candidate): polls taken
 * before that day are of another race once a poll taken after it exists. Jim Gavin (Ireland 2025) withdrew on 5
 * October; Ireland Thinks/Sunday Independent 2–3 October had him at 15 of 70 naming someone, Irish Times/Ipsos B&A
 * 12–14 October at 5 of 63 (sources in src/test/resources/ingest/README.md); he won 7.2%.
 */
class StoppedCampaignsTest {
    private static final String DEFINITION = """
            id: ie-2025
            name: Irish presidential election 2025
            date: 2025-10-24
            parties:
              - {id: fg, name: Fine Gael}
              - {id: ff, name: Fianna Fáil}
            contests:
              mayor:
                system: instant-runoff
                candidates:
                  - {id: connolly, name: Catherine Connolly}
                  - {id: humphreys, name: Heather Humphreys, party: fg}
                  - {id: gavin, name: Jim Gavin, party: ff%s}
            """;
    private static final Poll EARLY = poll(
            "ie-2025",
            "Ireland Thinks",
            "Sunday Independent",
            LocalDate.of(2025, 10, 3),
            1430,
            Map.of("connolly", 45.71, "humphreys", 32.86, "gavin", 21.43));
    private static final Poll LATE = poll(
            "ie-2025",
            "Ipsos B&A",
            "The Irish Times",
            LocalDate.of(2025, 10, 14),
            1200,
            Map.of("connolly", 60.32, "humphreys", 31.75, "gavin", 7.94));

    @TempDir
    Path root;

    private Election irish(String withdrew) throws IOException {
        Files.createDirectories(root.resolve("elections"));
        Files.writeString(
                root.resolve("elections/ie-2025.yaml"),
                DEFINITION.formatted(withdrew == null ? "" : ", withdrew: " + withdrew),
                StandardCharsets.UTF_8);
        return new ElectionCatalog(new DataHome(root)).resolve("ie-2025");
    }

    @Test
    void pollsTakenBeforeTheWithdrawalAreLeftOutOnceALaterOneExists() throws IOException {
        LocalDate asOf = LocalDate.of(2025, 10, 17);
        PollAverage both = average(irish(null), List.of(EARLY, LATE), asOf, AggregateSettings.withDefaults());
        PollAverage after = average(irish("2025-10-05"), List.of(EARLY, LATE), asOf, AggregateSettings.withDefaults());
        // averaged with the early poll, Gavin sat well above every poll taken after he withdrew
        assertThat(both.share("gavin").orElseThrow().share()).isGreaterThan(10);
        assertThat(after.share("gavin").orElseThrow().share()).isCloseTo(7.94, within(0.05));
        assertThat(after.notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("Jim Gavin stopped campaigning on 2025-10-05 (still on the ballot): 1 poll begun by"
                                + " then left out as a poll of another race; the 1 poll begun after it is used"));
    }

    @Test
    void theBacktestCountsThePollsTheAverageKeeps() throws IOException {
        Election e = irish("2025-10-05");
        assertThat(StoppedCampaigns.leaveOut(
                        e.contests().get("mayor"),
                        org.pollcast.election.Scope.FIRST_PREF,
                        List.of(EARLY, LATE),
                        LocalDate.of(2025, 10, 23),
                        new ArrayList<>()))
                .containsExactly(LATE);
        assertThat(StoppedCampaigns.leaveOut(
                        e.contests().get("mayor"),
                        org.pollcast.election.Scope.FIRST_PREF,
                        List.of(EARLY, LATE),
                        LocalDate.of(2025, 10, 4),
                        new ArrayList<>()))
                .containsExactly(EARLY, LATE);
    }

    @Test
    void beforeTheWithdrawalOrWithNoPollAfterItEveryPollIsUsed() throws IOException {
        Election e = irish("2025-10-05");
        PollAverage before = average(e, List.of(EARLY), LocalDate.of(2025, 10, 4), AggregateSettings.withDefaults());
        assertThat(before.notes()).noneMatch(n -> n.contains("stopped campaigning"));
        PollAverage noneAfter = average(e, List.of(EARLY), LocalDate.of(2025, 10, 8), AggregateSettings.withDefaults());
        assertThat(noneAfter.share("gavin").orElseThrow().share()).isCloseTo(21.43, within(0.05));
        assertThat(noneAfter.notes())
                .anySatisfy(n -> assertThat(n).contains("no poll begun after that day yet, so the 1 poll"));
    }

    @Test
    void aWithdrawalOnOrAfterPollingDayIsRefused() {
        assertThatThrownBy(() -> irish("2025-10-24"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("withdrew")
                .hasMessageContaining("is not before the election");
    }

    /**
     * The polls after a candidate stopped campaigning may leave them out (Margarita Zavala, Mexico 2018, withdrew on 16
     * May; the June polls named the four others): none averaged names them, though polls left out did. The note said
     * "not in any poll", beside the note that polls naming her were left out.
     */
    @Test
    void aCandidateNamedOnlyByPollsLeftOutIsNotInAnyPollAveraged() throws IOException {
        Poll lateWithoutGavin = poll(
                "ie-2025",
                "Ipsos B&A",
                "The Irish Times",
                LocalDate.of(2025, 10, 14),
                1200,
                Map.of("connolly", 65.5, "humphreys", 34.5));
        PollAverage after = average(
                irish("2025-10-05"),
                List.of(EARLY, lateWithoutGavin),
                LocalDate.of(2025, 10, 17),
                AggregateSettings.withDefaults());
        assertThat(after.notes())
                .contains("not in any poll averaged: Jim Gavin (stopped campaigning on 2025-10-05; their support is"
                        + " inside 'other')")
                .noneMatch(n -> n.startsWith("not in any poll:"));
    }

    /**
     * Before any poll began after the day a candidate stopped campaigning, nothing was left out for it: an average of
     * polls that never named them says "not in any poll", not the day (after the polls averaged) they stopped.
     */
    @Test
    void aStopAfterThePollsAveragedIsNotNamedAsTheReason() throws IOException {
        Poll withoutGavin = poll(
                "ie-2025",
                "Ipsos B&A",
                "The Irish Times",
                LocalDate.of(2025, 9, 20),
                1200,
                Map.of("connolly", 50.0, "humphreys", 40.0));
        PollAverage before = average(
                irish("2025-10-05"),
                List.of(withoutGavin),
                LocalDate.of(2025, 9, 25),
                AggregateSettings.withDefaults());
        assertThat(before.notes())
                .anyMatch(n -> n.startsWith("not in any poll:") && n.contains("Jim Gavin"))
                .noneMatch(n -> n.contains("stopped campaigning on 2025-10-05"));
    }

    /**
     * Polls begun after a candidate stopped campaigning that leave them out asked the race without them: they read the
     * candidate as a printed 0, not as no figure. Eric Adams stopped on 28 September 2025 and stayed on New York's
     * ballot; Fox News (10–14 October, likely voters) still named him at 2, Quinnipiac (3–7 October) left him out, as
     * four of the five other polls after that day did; averaged over Fox alone he kept 2% on the eve, and won 0.3%.
     * Figures are the polls' (Siena/The New York Times, 2–6 September, before he stopped: 46, 24, 15, Adams 9).
     */
    @Test
    void aPollAfterTheStopThatLeavesThemOutReadsThemAsZero() throws IOException {
        Files.createDirectories(root.resolve("elections"));
        Files.copy(Path.of("src/test/resources/stopped/nyc-2025.yaml"), root.resolve("elections/nyc-2025.yaml"));
        Election nyc = new ElectionCatalog(new DataHome(root)).resolve("nyc-2025");
        List<Poll> polls = List.of(
                poll(
                        "nyc-2025",
                        "Siena College",
                        "The New York Times",
                        LocalDate.of(2025, 9, 6),
                        1284,
                        Map.of("mamdani", 46.0, "cuomo", 24.0, "sliwa", 15.0, "adams", 9.0)),
                poll(
                        "nyc-2025",
                        "Quinnipiac University",
                        null,
                        LocalDate.of(2025, 10, 7),
                        1015,
                        Map.of("mamdani", 46.0, "cuomo", 33.0, "sliwa", 15.0)),
                poll(
                        "nyc-2025",
                        "Fox News",
                        null,
                        LocalDate.of(2025, 10, 14),
                        793,
                        Map.of("mamdani", 52.0, "cuomo", 28.0, "sliwa", 14.0, "adams", 2.0)));
        PollAverage a = average(nyc, polls, LocalDate.of(2025, 10, 20), AggregateSettings.withDefaults());
        assertThat(a.share("adams").orElseThrow().share()).isLessThan(1.5);
        assertThat(a.notes())
                .contains("Eric Adams (stopped campaigning on 2025-09-28) read as 0 in 1 poll begun after that day that"
                        + " left them out");
    }
}
