package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.partialPoll;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;

/**
 * "Others" comes from the polls' own others figures. Taken as 100 minus the named averages it vanished
 * whenever a small candidate was averaged only over the polls that named them.
 */
class OthersFromThePollsTest {
    private static final Election E = election("london-2008");

    @Test
    void othersKeepsThePollsOwnFigureWhenANamedCandidateSurgesInOnePoll() {
        // Paddick is named only in the second poll; both polls give others 5%.
        var a = poll(
                "london-2008",
                "YouGov",
                "A",
                LocalDate.of(2008, 4, 25),
                1000,
                Map.of("johnson", 50.0, "livingstone", 45.0, "other", 5.0));
        var b = poll(
                "london-2008",
                "Ipsos MORI",
                "B",
                LocalDate.of(2008, 4, 25),
                1000,
                Map.of("johnson", 40.0, "livingstone", 35.0, "paddick", 20.0, "other", 5.0));
        PollAverage avg = average(
                E,
                List.of(a, b),
                LocalDate.of(2008, 4, 30),
                AggregateSettings.withDefaults().withAdjustHouseEffects(false));
        double total = avg.shares().stream().mapToDouble(ShareEstimate::share).sum();
        assertThat(total).isCloseTo(100, within(1e-9));
        // the second poll's 5% is others for sure; the first poll's 5% is inside Paddick's 20% there
        assertThat(avg.share("other").orElseThrow().share()).isGreaterThan(2.0);
    }

    @Test
    void othersIsTheRemainderOfAPollThatNamesEveryone() {
        var a = poll(
                "london-2008",
                "YouGov",
                "A",
                LocalDate.of(2008, 4, 25),
                1000,
                Map.of("johnson", 44.0, "livingstone", 38.0, "paddick", 12.0, "other", 6.0));
        PollAverage avg = average(E, List.of(a), LocalDate.of(2008, 4, 30), AggregateSettings.withDefaults());
        assertThat(avg.share("other").orElseThrow().share()).isCloseTo(6.0, within(1e-9));
    }

    /**
     * A poll naming only some options, with its don't-knows printed beside them and the two making 100, gave its shares
     * of everyone: nobody it asked chose an option it did not name. New York's Marist poll of May 2025 (17% undecided,
     * nine of eleven candidates) and Public Policy Polling's of June (11%), the only polls by 10 June, left "others"
     * 11.8% as printed: the undecided. They are now taken of those naming an option (less what complete polls give the
     * options left out; here there are none). Without don't-knows printed, and no poll saying what the options left
     * out get, the remainder is its undecided and those options in unknown proportion: half of it, with an error
     * spanning all of it (it was kept whole as a measurement: Greater Manchester 2017's 31 ± 0.8, where the result
     * gave 13.9).
     */
    @Test
    void aPartialPollOfEveryoneIsTakenOfThoseNamingAnOption() {
        AggregateSettings plain = AggregateSettings.withDefaults().withAdjustHouseEffects(false);
        LocalDate day = LocalDate.of(2008, 4, 25);
        PollAverage rebased = average(
                E,
                List.of(
                        partialPoll("london-2008", "ICM", day, Map.of("johnson", 33.0, "livingstone", 42.0), 25.0),
                        partialPoll("london-2008", "MORI", day, Map.of("johnson", 36.0, "livingstone", 40.0), 24.0)),
                LocalDate.of(2008, 4, 30),
                plain);
        assertThat(rebased.share("other").orElseThrow().share()).isLessThan(1.0);
        assertThat(rebased.share("livingstone").orElseThrow().share()).isCloseTo((56.0 + 52.63) / 2, within(0.5));
        assertThat(rebased.notes())
                .anyMatch(n -> n.startsWith("2 polls named only some options and printed their don't-knows"));

        PollAverage kept = average(
                E,
                List.of(
                        partialPoll("london-2008", "ICM", day, Map.of("johnson", 33.0, "livingstone", 42.0), null),
                        partialPoll("london-2008", "MORI", day, Map.of("johnson", 36.0, "livingstone", 40.0), null)),
                LocalDate.of(2008, 4, 30),
                plain);
        assertThat(kept.share("other").orElseThrow().share()).isCloseTo(24.5 / 2, within(0.5));
        assertThat(kept.share("other").orElseThrow().se()).isCloseTo(24.5 / Math.sqrt(12), within(0.5));
    }

    /**
     * A partial poll that leaves out more than it names (More in Common's Greater Manchester 2024 poll gave Barker 12,
     * Evans 9, Buckley 9 and Burnham only "around two-thirds"): its remainder holds a leader, not half undecided, and
     * its named shares stay as printed (read as half undecided, Barker went to 26); "other" is still no measurement.
     */
    @Test
    void aPollLeavingOutMoreThanItNamesIsNotScaledUp() {
        AggregateSettings plain = AggregateSettings.withDefaults().withAdjustHouseEffects(false);
        LocalDate day = LocalDate.of(2008, 4, 25);
        PollAverage a = average(
                E,
                List.of(partialPoll("london-2008", "ICM", day, Map.of("paddick", 12.0, "johnson", 18.0), null)),
                LocalDate.of(2008, 4, 30),
                plain);
        assertThat(a.share("paddick").orElseThrow().share()).isCloseTo(12.0, within(1e-9));
        assertThat(a.share("other").orElseThrow().se()).isCloseTo(70 / Math.sqrt(12), within(0.5));
    }
}
