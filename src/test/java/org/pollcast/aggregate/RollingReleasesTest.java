package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.poll.RollingSample;

/**
 * A daily tracker's releases share their nights: Nanos's three-night sample of 1,200 keeps two thirds of each release
 * in the next. Counted as polls of their own they gave one firm three times its interviews.
 */
class RollingReleasesTest {
    private static final Election E = AggregateFixtures.election("london-2012");
    private static final LocalDate DAY = LocalDate.of(2012, 4, 20);

    private static Poll poll(
            String pollster, LocalDate start, LocalDate end, int n, String mode, String notes, double johnson) {
        return PollBuilder.of("london-2012", "mayor", Scope.FIRST_PREF, pollster)
                .started(start)
                .ended(end)
                .sample(n)
                .mode(mode)
                .shares(Map.of("johnson", johnson, "livingstone", 100 - johnson))
                .notes(notes)
                .build();
    }

    /** Seven daily releases of a three-night tracker, as an encyclopedia table prints them: no start date. */
    private static List<Poll> tracker(String newShare) {
        List<Poll> polls = new ArrayList<>();
        for (int d = 6; d >= 0; d--) {
            polls.add(poll(
                    "Tracker",
                    null,
                    DAY.minusDays(d),
                    1200,
                    "telephone (rolling)",
                    newShare == null ? null : RollingSample.note("1", newShare, "1,200 (1/" + newShare + ")"),
                    50));
        }
        return polls;
    }

    private static List<Poll> withOneOffs(List<Poll> tracker) {
        List<Poll> polls = new ArrayList<>(tracker);
        polls.add(poll("Firm A", DAY.minusDays(3), DAY.minusDays(1), 1200, "online", null, 46));
        polls.add(poll("Firm B", DAY.minusDays(2), DAY, 1200, "online", null, 48));
        return polls;
    }

    @Test
    void aThreeNightTrackerCountsEveryThirdReleaseSoEachInterviewOnce() {
        PollAverage a = AggregateFixtures.average(E, withOneOffs(tracker("3")), DAY, AggregateSettings.withDefaults());
        // releases of days 0, -3 and -6 hold every night once; the four between repeat them
        assertThat(a.polls()).isEqualTo(5);
        assertThat(a.notes())
                .anySatisfy(n ->
                        assertThat(n).contains("overlapping releases: 4 polls").contains("Tracker 4 of 7"));
    }

    @Test
    void theAverageIsThatOfTheReleasesHoldingEachNightOnce() {
        PollAverage a = AggregateFixtures.average(E, withOneOffs(tracker("3")), DAY, AggregateSettings.withDefaults());
        // the three releases that hold each night once, as a table giving their three nights would print them
        List<Poll> thirds = List.of(
                poll("Tracker", DAY.minusDays(8), DAY.minusDays(6), 1200, "telephone", null, 50),
                poll("Tracker", DAY.minusDays(5), DAY.minusDays(3), 1200, "telephone", null, 50),
                poll("Tracker", DAY.minusDays(2), DAY, 1200, "telephone", null, 50));
        PollAverage once = AggregateFixtures.average(E, withOneOffs(thirds), DAY, AggregateSettings.withDefaults());
        // the four repeats left out: the same shares, error and effective sample as the three releases alone
        assertThat(a.share("johnson").orElseThrow().share())
                .isEqualTo(once.share("johnson").orElseThrow().share());
        assertThat(a.share("johnson").orElseThrow().effectiveSample())
                .isEqualTo(once.share("johnson").orElseThrow().effectiveSample());
    }

    @Test
    void aRollingMethodWithNoPrintedShareIsTakenAsAThreeNightWindow() {
        PollAverage a = AggregateFixtures.average(E, withOneOffs(tracker(null)), DAY, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(5);
    }

    @Test
    void aWeeklyFourWeekTrackerOverlapsItsLastThreeReleases() {
        List<Poll> polls = new ArrayList<>();
        for (int w = 7; w >= 0; w--) {
            polls.add(poll(
                    "Tracker",
                    null,
                    DAY.minusWeeks(w),
                    1000,
                    "telephone (rolling)",
                    RollingSample.note("1", "4", "1,000 (1/4)"),
                    50));
        }
        polls.add(poll("Firm A", DAY.minusDays(3), DAY.minusDays(1), 1200, "online", null, 46));
        PollAverage a = AggregateFixtures.average(
                E, polls, DAY, AggregateSettings.withDefaults().withHalfLifeDays(60));
        // weeks 0 and 4 are four weeks apart: they hold the eight weeks' interviews once
        assertThat(a.polls()).isEqualTo(3);
    }

    @Test
    void oneFirmsPollsWhoseStatedFieldworkDoesNotOverlapAreAllKept() {
        List<Poll> polls = List.of(
                poll("YouGov", DAY.minusDays(9), DAY.minusDays(7), 1200, "online", null, 46),
                poll("YouGov", DAY.minusDays(6), DAY.minusDays(4), 1200, "online", null, 47),
                poll("YouGov", DAY.minusDays(2), DAY, 1200, "online", null, 48),
                poll("ComRes", DAY.minusDays(2), DAY, 1000, "online", null, 50));
        PollAverage a = AggregateFixtures.average(E, polls, DAY, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(4);
        assertThat(a.notes()).noneSatisfy(n -> assertThat(n).contains("overlapping"));
    }

    @Test
    void statedFieldworkThatOverlapsWithinOneFirmCountsOnceWhateverTheMethodCellSays() {
        List<Poll> polls = List.of(
                poll("Firm", DAY.minusDays(4), DAY.minusDays(1), 2000, "IVR", null, 46),
                poll("Firm", DAY.minusDays(3), DAY, 2000, "IVR", null, 47),
                poll("Other", DAY.minusDays(2), DAY, 1000, "online", null, 50));
        PollAverage a = AggregateFixtures.average(E, polls, DAY, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(2);
    }

    @Test
    void oneFirmsSurveysForTwoClientsInTheSameDaysAreTwoSamples() {
        Poll times = poll("YouGov", DAY.minusDays(3), DAY, 1200, "online", null, 46);
        Poll sky = PollBuilder.of("london-2012", "mayor", Scope.FIRST_PREF, "YouGov")
                .client("Sky News")
                .started(DAY.minusDays(2))
                .ended(DAY.minusDays(1))
                .sample(1100)
                .mode("online")
                .shares(Map.of("johnson", 47.0, "livingstone", 53.0))
                .build();
        PollAverage a = AggregateFixtures.average(
                E,
                List.of(times, sky, poll("ComRes", DAY.minusDays(2), DAY, 1000, "online", null, 50)),
                DAY,
                AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(3);
    }

    /** Review: a poll sharing only its last day with the firm's next is a sample of its own, not a release of it. */
    @Test
    void aPollSharingOneDayWithTheFirmsNextKeepsItsOwnSample() {
        List<Poll> polls = List.of(
                poll("Angus Reid", DAY.minusDays(8), DAY.minusDays(2), 2000, "online", null, 46),
                poll("Angus Reid", DAY.minusDays(2), DAY, 1000, "online", null, 47),
                poll("Other", DAY.minusDays(2), DAY, 1000, "online", null, 50));
        PollAverage a = AggregateFixtures.average(E, polls, DAY, AggregateSettings.withDefaults());
        assertThat(a.polls()).isEqualTo(3);
    }

    /** Review: one survey's two run-off pairs share their fieldwork and are two questions, not two releases. */
    @Test
    void oneSurveysTwoRunoffPairsAreBothKept() {
        Poll lab = runoff(Map.of("johnson", 52.0, "livingstone", 48.0));
        Poll other = runoff(Map.of("johnson", 60.0, "paddick", 40.0));
        List<String> notes = new ArrayList<>();
        assertThat(RollingReleases.leaveOut(List.of(lab, other), notes)).containsExactly(lab, other);
        assertThat(notes).isEmpty();
    }

    private static Poll runoff(Map<String, Double> shares) {
        return PollBuilder.of("london-2012", "mayor", Scope.RUNOFF, "YouGov")
                .started(DAY.minusDays(3))
                .ended(DAY)
                .sample(1200)
                .mode("online")
                .shares(shares)
                .build();
    }
}
