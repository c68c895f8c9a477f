package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * Invariants over seeded random poll sets: shares sum to 100 and lie in 0–100, standard errors are finite and
 * positive, repeating a poll or adding one after the as-of date changes nothing, one poll gives that poll.
 */
class AggregatorInvariantsTest {
    private static final Election E2012 = election("london-2012");
    private static final String[] OPTIONS = {"johnson", "livingstone", "paddick", "jones", "benita"};

    static List<Poll> randomPolls(long seed, int count) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        List<Poll> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Double> shares = new LinkedHashMap<>();
            double left = 100;
            for (String o : OPTIONS) {
                if (rng.nextInt(5) == 0 && !o.equals("johnson")) {
                    continue; // not reported
                }
                double v = Math.round(rng.nextDouble() * left * 0.6);
                shares.put(o, v);
                left -= v;
            }
            if (rng.nextBoolean()) {
                shares.put("other", left);
            }
            Integer n = rng.nextInt(4) == 0 ? null : 300 + rng.nextInt(3000);
            polls.add(poll(
                    "london-2012",
                    "Pollster " + rng.nextInt(5),
                    "c" + i,
                    E2012.date().minusDays(rng.nextInt(120)),
                    n,
                    shares));
        }
        return polls;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void sharesSumTo100WithFiniteErrors(long seed) {
        List<Poll> polls = randomPolls(seed, 5 + (int) (seed % 7) * 10);
        for (AggregateSettings s : List.of(
                AggregateSettings.withDefaults(),
                AggregateSettings.withDefaults().withAdjustHouseEffects(false),
                AggregateSettings.withDefaults().withMethod(AverageMethod.KALMAN))) {
            PollAverage a = average(E2012, polls, E2012.date(), s);
            assertThat(a.shares().stream().mapToDouble(ShareEstimate::share).sum())
                    .isCloseTo(100, within(1e-9));
            assertThat(a.shares()).allSatisfy(e -> {
                assertThat(e.share()).isBetween(0.0, 100.0);
                assertThat(e.se()).isPositive().isFinite();
            });
            assertThat(a.houseEffects())
                    .allSatisfy(h -> assertThat(h.estimate()).isFinite());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void weightsAreNeverNegativeOrNaN(long seed) {
        List<Poll> polls = randomPolls(seed, 60);
        PollPanel panel = PollPanel.of(E2012.contest("mayor").orElseThrow(), polls, Map.of(), 1000);
        double[] quality = new double[panel.pollsters.length];
        java.util.Arrays.fill(quality, 1);
        for (int asOf :
                new int[] {(int) E2012.date().toEpochDay(), (int) E2012.date().toEpochDay() + 10_000}) {
            double[] w = WeightedAverage.weights(panel, asOf, quality, AggregateSettings.withDefaults());
            for (double x : w) {
                assertThat(x).isNotNaN().isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void repeatingAPollChangesNothing(long seed) {
        List<Poll> polls = randomPolls(seed, 40);
        List<Poll> doubled = new ArrayList<>(polls);
        doubled.add(polls.get(3));
        doubled.add(polls.get(3));
        doubled.addAll(polls.subList(10, 20));
        assertThat(average(E2012, doubled, E2012.date(), AggregateSettings.withDefaults())
                        .shares())
                .isEqualTo(average(E2012, polls, E2012.date(), AggregateSettings.withDefaults())
                        .shares());
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void aPollAfterTheAsOfDateChangesNothing(long seed) {
        List<Poll> polls = randomPolls(seed, 40);
        LocalDate asOf = E2012.date().minusDays(30);
        List<Poll> more = new ArrayList<>(polls);
        more.add(poll(
                "london-2012",
                "Pollster 1",
                "late",
                asOf.plusDays(1),
                1000,
                Map.of("johnson", 90.0, "livingstone", 5.0, "other", 5.0)));
        for (AggregateSettings s : List.of(
                AggregateSettings.withDefaults(),
                AggregateSettings.withDefaults().withMethod(AverageMethod.KALMAN))) {
            PollAverage before = average(E2012, polls, asOf, s);
            PollAverage after = average(E2012, more, asOf, s);
            assertThat(after.shares()).isEqualTo(before.shares());
            assertThat(after.houseEffects()).isEqualTo(before.houseEffects());
        }
    }

    @Test
    void aDailyTrackerCannotOutweighFiveFirms() {
        // 90 daily polls from one firm against one fresh poll from each of five others, all n = 1000.
        LocalDate asOf = E2012.date();
        List<Poll> polls = new ArrayList<>();
        for (int d = 0; d < 90; d++) {
            polls.add(poll(
                    "london-2012",
                    "Tracker",
                    "daily",
                    asOf.minusDays(d),
                    1000,
                    Map.of("johnson", 50.0, "livingstone", 50.0)));
        }
        for (int f = 0; f < 5; f++) {
            polls.add(poll("london-2012", "Firm " + f, "", asOf, 1000, Map.of("johnson", 40.0, "livingstone", 60.0)));
        }
        PollPanel panel = PollPanel.of(E2012.contest("mayor").orElseThrow(), polls, Map.of(), 1000);
        double[] quality = new double[panel.pollsters.length];
        java.util.Arrays.fill(quality, 1);
        double[] w = WeightedAverage.weights(panel, (int) asOf.toEpochDay(), quality, AggregateSettings.withDefaults());
        double tracker = 0;
        double firms = 0;
        for (int i = 0; i < panel.polls; i++) {
            if (panel.pollsters[panel.pollster[i]].equals("Tracker")) {
                tracker += w[i];
            } else {
                firms += w[i];
            }
        }
        assertThat(tracker).isLessThan(firms);
        // Without the pollster share, the tracker would weigh nearly three times the five firms together (its 90 polls
        // count as 13.5 fresh ones at a 9-day half-life).
        double[] flat = WeightedAverage.weights(
                panel,
                (int) asOf.toEpochDay(),
                quality,
                AggregateSettings.withDefaults().withPollsterShareExponent(0));
        double flatTracker = 0;
        for (int i = 0; i < 90; i++) {
            flatTracker += flat[i];
        }
        assertThat(flatTracker).isGreaterThan(2.5 * firms);
    }

    @Test
    void onePollGivesThatPoll() {
        Poll only = poll(
                "london-2012",
                "YouGov",
                "Evening Standard",
                LocalDate.of(2012, 4, 29),
                null,
                Map.of("johnson", 44.0, "livingstone", 41.0, "paddick", 6.0, "other", 9.0));
        for (AverageMethod m : AverageMethod.values()) {
            PollAverage a = average(
                    E2012,
                    List.of(only),
                    E2012.date(),
                    AggregateSettings.withDefaults().withMethod(m));
            // The Kalman trend of one observation is pulled slightly by its diffuse start; 0.05 points is the bound.
            double tolerance = m == AverageMethod.WEIGHTED ? 1e-9 : 0.05;
            assertThat(a.share("johnson").orElseThrow().share()).as(m.code()).isCloseTo(44.0, within(tolerance));
            assertThat(a.share("livingstone").orElseThrow().share()).isCloseTo(41.0, within(tolerance));
            assertThat(a.share("paddick").orElseThrow().share()).isCloseTo(6.0, within(tolerance));
            assertThat(a.share("other").orElseThrow().share()).isCloseTo(9.0, within(3 * tolerance));
            assertThat(a.houseEffects()).isEmpty();
        }
    }
}
