package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * An option named only by polls far older than the rest is averaged over those polls alone, their weights scaled among
 * themselves: a poll of any age stood for it at full weight. Alberta's blind trial: one May 2020 poll alone named
 * Wildrose Independence (10%); a week before the May 2023 vote it had 9.1% of the average, while the month's polls
 * printed others of 2 to 5 without it, and each leader lost 4 points to it. Newer polls that print an "others" figure
 * without the option, and outweigh every poll naming it, hold it to what their others can hold.
 */
class StaleOptionTest {
    private static final Election E = election("london-2008");
    private static final AggregateSettings PLAIN =
            AggregateSettings.withDefaults().withAdjustHouseEffects(false);

    private static List<Poll> polls(boolean withStale) {
        List<Poll> polls = new ArrayList<>();
        if (withStale) {
            polls.add(poll(
                    "london-2008",
                    "Old Firm",
                    "S",
                    LocalDate.of(2005, 5, 19),
                    1100,
                    Map.of("johnson", 40.0, "livingstone", 34.0, "paddick", 10.0, "other", 16.0)));
        }
        polls.add(poll(
                "london-2008",
                "YouGov",
                "A",
                LocalDate.of(2008, 4, 20),
                1000,
                Map.of("johnson", 49.0, "livingstone", 46.0, "other", 5.0)));
        polls.add(poll(
                "london-2008",
                "Ipsos MORI",
                "B",
                LocalDate.of(2008, 4, 22),
                1000,
                Map.of("johnson", 48.0, "livingstone", 45.0, "other", 7.0)));
        polls.add(poll(
                "london-2008",
                "ICM",
                "C",
                LocalDate.of(2008, 4, 24),
                1000,
                Map.of("johnson", 50.0, "livingstone", 46.0, "other", 4.0)));
        return polls;
    }

    @Test
    void anOptionNamedOnlyByStalePollsIsHeldToWhatNewerPollsOthersCanHold() {
        PollAverage stale = average(E, polls(true), LocalDate.of(2008, 4, 25), PLAIN);
        PollAverage fresh = average(E, polls(false), LocalDate.of(2008, 4, 25), PLAIN);
        assertThat(stale.share("paddick").orElseThrow().share()).isLessThanOrEqualTo(7.0);
        // The leaders keep (nearly) what the month's polls give them: the old poll no longer takes points from both.
        assertThat(stale.share("johnson").orElseThrow().share())
                .isCloseTo(fresh.share("johnson").orElseThrow().share(), within(3.0));
        assertThat(stale.shares().stream().mapToDouble(ShareEstimate::share).sum())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void theHeldOptionLeavesOthersTheirPartOfTheNewerRemainders() {
        // The month's polls print others of 5, 7 and 4 holding Paddick and everyone else in a proportion none of them
        // gives: Paddick is held to the middle, and "others" keeps the rest, where it had shown 0.0 (Alberta 2023).
        PollAverage stale = average(E, polls(true), LocalDate.of(2008, 4, 25), PLAIN);
        double paddick = stale.share("paddick").orElseThrow().share();
        double other = stale.share("other").orElseThrow().share();
        assertThat(paddick).isBetween(2.0, 3.5);
        assertThat(other).isCloseTo(paddick, within(1.0));
        // Its range spans what the newer polls allow, from none of their remainder to all of it.
        assertThat(stale.share("paddick").orElseThrow().se()).isGreaterThanOrEqualTo(1.4);
    }

    @Test
    void anOptionNamedByTheNewestPollsKeepsItsAverage() {
        List<Poll> polls = polls(false);
        polls.add(poll(
                "london-2008",
                "Populus",
                "D",
                LocalDate.of(2008, 4, 24),
                1000,
                Map.of("johnson", 40.0, "livingstone", 36.0, "paddick", 20.0, "other", 4.0)));
        PollAverage avg = average(E, polls, LocalDate.of(2008, 4, 25), PLAIN);
        assertThat(avg.share("paddick").orElseThrow().share()).isGreaterThan(15.0);
    }
}
