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
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * One poll read from two sources under two clients ("Times" and "The Times", or none and three) is two keys in the
 * store; before this rule the average gave it twice its weight. Figures from the 2012 polls of UK Polling Report
 * and the bundled file.
 */
class SamePollTest {
    private static final Election E = election("london-2012");
    private static final LocalDate APRIL_29 = LocalDate.of(2012, 4, 29);

    private static Poll populus(String client, LocalDate end, Map<String, Double> shares) {
        return poll("london-2012", "Populus", client, end, null, shares);
    }

    @Test
    void onePollUnderTwoClientSpellingsCountsOnceAndTheFullerListingIsKept() {
        Poll bundled = populus(
                "The Times",
                APRIL_29,
                Map.of(
                        "johnson",
                        46.0,
                        "livingstone",
                        34.0,
                        "paddick",
                        5.0,
                        "jones",
                        6.0,
                        "benita",
                        5.0,
                        "other",
                        4.0));
        Poll site =
                populus("Times", APRIL_29, Map.of("johnson", 46.0, "livingstone", 34.0, "paddick", 5.0, "other", 15.0));
        List<String> notes = new ArrayList<>();
        assertThat(SamePoll.collapse(List.of(site, bundled), notes)).containsExactly(bundled);
        assertThat(notes).singleElement().asString().contains("Populus 2012-04-29 for The Times", "for Times");
    }

    @Test
    void theAverageGivesAPollPublishedTwiceTheWeightOfOne() {
        Poll yougov = poll(
                "london-2012",
                "YouGov",
                "Evening Standard",
                APRIL_29,
                1000,
                Map.of("johnson", 44.0, "livingstone", 41.0, "other", 15.0));
        Poll comres = poll(
                "london-2012",
                "ComRes",
                "Evening Standard/LBC/ITV London Tonight",
                APRIL_29,
                1000,
                Map.of("johnson", 45.0, "livingstone", 36.0, "other", 19.0));
        Poll comresAgain = poll(
                "london-2012",
                "ComRes",
                "",
                APRIL_29.plusDays(1),
                1000,
                Map.of("johnson", 45.0, "livingstone", 36.0, "other", 19.0));
        AggregateSettings flat = AggregateSettings.withDefaults().withAdjustHouseEffects(false);
        PollAverage once = average(E, List.of(yougov, comres), APRIL_29.plusDays(2), flat);
        PollAverage twice = average(E, List.of(yougov, comres, comresAgain), APRIL_29.plusDays(2), flat);
        assertThat(twice.share("livingstone").orElseThrow().share())
                .isCloseTo(once.share("livingstone").orElseThrow().share(), within(0.2));
        assertThat(twice.share("livingstone").orElseThrow().polls()).isEqualTo(2);
        assertThat(twice.notes()).anyMatch(n -> n.startsWith("counted once: ComRes"));
    }

    @Test
    void distinctPollsOfOneHouseStayDistinct() {
        Map<String, Double> figures = Map.of("johnson", 44.0, "livingstone", 41.0, "paddick", 7.0, "other", 8.0);
        Poll a = populus("Times", APRIL_29, figures);
        // three days on, the same figures: another poll
        Poll later = populus("Times", APRIL_29.plusDays(3), figures);
        // the same day for another client, figures 2 points apart: another poll
        Poll other = populus(
                "Standard", APRIL_29, Map.of("johnson", 46.0, "livingstone", 41.0, "paddick", 7.0, "other", 6.0));
        // one option in common is too little to call two polls one
        Poll thin = populus("Evening Standard", APRIL_29, Map.of("johnson", 44.0, "other", 56.0));
        // a day later for another client, a point apart: a second poll (only the same day allows a point)
        Poll nextDay = populus(
                "LBC",
                APRIL_29.plusDays(1),
                Map.of("johnson", 45.0, "livingstone", 41.0, "paddick", 7.0, "other", 7.0));
        // a daily tracker: one client, the same figures in consecutive releases, separate polls
        Poll tracker = populus("Times", APRIL_29.plusDays(2), figures);
        // another house with the same figures
        Poll yougov = poll("london-2012", "YouGov", "Times", APRIL_29, null, figures);
        List<String> notes = new ArrayList<>();
        List<Poll> all = List.of(a, later, other, thin, nextDay, tracker, yougov);
        assertThat(SamePoll.collapse(all, notes)).containsExactlyElementsOf(all);
        assertThat(notes).isEmpty();
    }

    /** A london-2028 party-level poll published on {@code date}, or in its month when {@code precision} says so. */
    private static Poll findOutNow(LocalDate date, DatePrecision precision, Integer n, Map<String, Double> shares) {
        return PollBuilder.of("london-2028", "mayor", Scope.FIRST_PREF, "Find Out Now")
                .client("Reform UK")
                .published(date)
                .precision(precision)
                .sample(n)
                .shares(shares)
                .build();
    }

    /**
     * Find Out Now's May 2025 London poll for Reform UK (FON2025MAY): the bundled file dates it by its publication,
     * 12 May; the 2028 article lists it as "May 2025" (read as 15 May, month only). One survey, one client: counted
     * once. A month-only poll stands for its month only, and only with the same figures and sample.
     */
    @Test
    void aPollListedByMonthIsTheSamePollAsTheOneDatedInThatMonth() {
        Map<String, Double> figures = Map.of("lab", 33.0, "con", 20.0, "reform", 20.0, "grn", 13.0, "ld", 10.0);
        Poll bundled = findOutNow(LocalDate.of(2025, 5, 12), DatePrecision.EXACT, 1102, figures);
        Poll listed = findOutNow(LocalDate.of(2025, 5, 15), DatePrecision.MONTH, 1102, figures);
        List<String> notes = new ArrayList<>();
        assertThat(SamePoll.collapse(List.of(bundled, listed), notes)).containsExactly(bundled);
        assertThat(notes).singleElement().asString().contains("Find Out Now 2025-05-12", "dated 2025-05-15");
        // a month-only listing without a sample is the same poll too
        Poll noSample = findOutNow(LocalDate.of(2025, 5, 15), DatePrecision.MONTH, null, figures);
        assertThat(SamePoll.same(bundled, noSample)).isTrue();

        Poll nextMonth = findOutNow(LocalDate.of(2025, 6, 2), DatePrecision.EXACT, 1102, figures);
        Poll otherSample = findOutNow(LocalDate.of(2025, 5, 15), DatePrecision.MONTH, 1000, figures);
        Poll otherFigures = findOutNow(
                LocalDate.of(2025, 5, 15),
                DatePrecision.MONTH,
                1102,
                Map.of("lab", 34.0, "con", 20.0, "reform", 20.0, "grn", 13.0, "ld", 10.0));
        assertThat(SamePoll.same(listed, nextMonth)).isFalse();
        assertThat(SamePoll.same(bundled, otherSample)).isFalse();
        assertThat(SamePoll.same(bundled, otherFigures)).isFalse();
        // two exact dates three days apart for one client stay two polls, as a tracker's releases do
        Poll threeDaysOn = findOutNow(LocalDate.of(2025, 5, 15), DatePrecision.EXACT, 1102, figures);
        assertThat(SamePoll.same(bundled, threeDaysOn)).isFalse();
    }

    /**
     * A file can hold tens of thousands of one house's polls on one day (a hostile or broken file; a real house
     * publishes a handful a day). Each is compared with a bounded number of the house's recent polls, so the work is
     * linear in the file, not the 800 million comparisons of every pair of 40,000. Counted, not timed: a wall-clock
     * limit failed on a loaded machine (7 s against 5) without the code changing.
     */
    @Test
    void manyPollsOfOneHouseOnOneDayAreNotComparedPairwise() {
        List<Poll> polls = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            // Figures at least 2 points apart from every other poll's: no two are one poll.
            polls.add(populus(
                    "client " + i,
                    APRIL_29,
                    Map.of(
                            "johnson",
                            2.0 * (i % 40),
                            "livingstone",
                            2.0 * (i / 40 % 40),
                            "paddick",
                            2.0 * (i / 1600))));
        }
        List<String> notes = new ArrayList<>();
        long bound = (long) polls.size() * SamePoll.MOST_RECENT;
        long[] comparisons = {0};
        List<Poll> kept = SamePoll.collapse(polls, notes, (a, b) -> {
            // Fails at once past the bound rather than after the minutes a pairwise comparison would take.
            if (++comparisons[0] > bound) {
                throw new AssertionError("more than " + bound + " comparisons for " + polls.size() + " polls");
            }
            return SamePoll.same(a, b);
        });
        assertThat(kept).hasSameSizeAs(polls);
        assertThat(notes).isEmpty();
    }
}
