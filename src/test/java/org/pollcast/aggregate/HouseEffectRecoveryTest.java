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
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * Synthetic polls from a known trend with known house effects and multinomial sampling noise (n = 1000,
 * shares rounded to whole percents, as published): the estimates must recover the truth.
 *
 * <p>Design: five pollsters, 300 polls over 150 days; the trend of A rises 3 points and is flat at the end
 * (so a backward-looking average has no lag to excuse). Per poll the noise is about 1.6 points; a house
 * effect rests on about 60 polls, so its standard error is about 0.25 points, and shrinkage (2 pseudo-polls)
 * biases it by under 4% (0.12 points for the largest, 3 points). Tolerance 1.0 point is over 3.5 standard
 * errors after bias: the chance that one estimate misses by luck is under 5e-4, and that any of the 15 does
 * under 1% (union bound) for an arbitrary seed. The seeds below are fixed, so the test is deterministic.
 * The average must lie within 3 of its own standard errors of the truth (a miss by luck: 0.3% per option).
 */
class HouseEffectRecoveryTest {
    private static final Election E = election("london-2012");
    private static final String[] OPTIONS = {"johnson", "livingstone", "paddick"};
    private static final double[][] HOUSE = { // pollster × option, zero-sum over pollsters
        {+3.0, -2.0, -1.0}, {-2.0, +1.0, +1.0}, {+1.0, 0.0, 0.0}, {0.0, +2.0, 0.0}, {-2.0, -1.0, 0.0}
    };
    private static final int DAYS = 150;

    private static double truth(int option, int day) {
        double t = Math.sin(Math.PI / 2 * day / DAYS); // 0 → 1, flat at the end
        return switch (option) {
            case 0 -> 40 + 3 * t;
            case 1 -> 38 - 2 * t;
            default -> 12 - 0.5 * t;
        };
    }

    private static List<Poll> polls(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        LocalDate start = E.date().minusDays(DAYS);
        List<Poll> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int h = i % HOUSE.length;
            int day = rng.nextInt(DAYS + 1);
            int n = 1000;
            // Multinomial by sequential binomials on the conditional probabilities.
            Map<String, Double> shares = new LinkedHashMap<>();
            int left = n;
            double pLeft = 1;
            int named = 0;
            for (int j = 0; j < OPTIONS.length; j++) {
                double p = (truth(j, day) + HOUSE[h][j]) / 100;
                int k = BinomialDistribution.of(left, Math.min(1, p / pLeft))
                        .createSampler(rng)
                        .sample();
                left -= k;
                pLeft -= p;
                shares.put(OPTIONS[j], (double) Math.round(100.0 * k / n));
                named += Math.round(100.0 * k / n);
            }
            shares.put("other", (double) (100 - named));
            out.add(poll(E.id(), "Pollster " + h, "", start.plusDays(day), n, shares));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {2012, 2016, 2024})
    void recoversHouseEffectsAndTheTrend(long seed) {
        List<Poll> polls = polls(seed);
        PollAverage a = average(E, polls, E.date(), AggregateSettings.withDefaults());
        for (int h = 0; h < HOUSE.length; h++) {
            for (int j = 0; j < OPTIONS.length; j++) {
                String pollster = "Pollster " + h;
                String option = OPTIONS[j];
                HouseEffect e = a.houseEffects().stream()
                        .filter(x -> x.pollster().equals(pollster) && x.option().equals(option))
                        .findFirst()
                        .orElseThrow();
                assertThat(e.estimate()).as("%s %s", pollster, option).isCloseTo(HOUSE[h][j], within(1.0));
                // The stated uncertainty is honest: between 0.1 and 0.6 points for ~60 polls of n = 1000.
                assertThat(e.se()).as("se %s %s", pollster, option).isBetween(0.1, 0.6);
            }
        }
        for (int j = 0; j < OPTIONS.length; j++) {
            ShareEstimate s = a.share(OPTIONS[j]).orElseThrow();
            assertThat(Math.abs(s.share() - truth(j, DAYS))).as(OPTIONS[j]).isLessThan(3 * s.se());
        }
        // The lead house effect is the difference of the two.
        HouseEffect lead = a.houseEffects().stream()
                .filter(x -> x.pollster().equals("Pollster 0") && x.option().startsWith("lead:"))
                .findFirst()
                .orElseThrow();
        assertThat(lead.option()).isEqualTo("lead:johnson>livingstone");
        assertThat(lead.estimate()).isCloseTo(HOUSE[0][0] - HOUSE[0][1], within(1.5));
    }

    @ParameterizedTest
    @ValueSource(longs = {2012, 2016})
    void kalmanTrendFollowsTheTruth(long seed) {
        PollAverage a = average(
                E, polls(seed), E.date(), AggregateSettings.withDefaults().withMethod(AverageMethod.KALMAN));
        Trend trend = a.trend();
        // The grid runs from the first poll to the as-of date (election day, day DAYS of the simulation).
        int offset = (int) java.time.temporal.ChronoUnit.DAYS.between(E.date().minusDays(DAYS), trend.start());
        assertThat(trend.days()).isEqualTo(DAYS + 1 - offset);
        int covered = 0;
        int checks = 0;
        for (int j = 0; j < OPTIONS.length; j++) {
            int index = trend.options().indexOf(OPTIONS[j]);
            for (int d = Math.max(10, offset); d <= DAYS; d += 5) {
                double z = Math.abs(trend.mean()[index][d - offset] - truth(j, d)) / trend.se()[index][d - offset];
                covered += z <= HouseEffect.Z90 ? 1 : 0;
                checks++;
            }
            assertThat(trend.mean()[index][DAYS - offset]).as(OPTIONS[j]).isCloseTo(truth(j, DAYS), within(1.0));
        }
        // A 90% band should cover the truth about 90% of the time; days are correlated, so allow 70%.
        assertThat((double) covered / checks).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @ValueSource(longs = {7})
    void withoutAdjustmentTheAverageIsTheRawConsensus(long seed) {
        // With equal numbers of polls per firm and zero-sum effects, adjusting moves the average little.
        List<Poll> polls = polls(seed);
        PollAverage adjusted = average(E, polls, E.date(), AggregateSettings.withDefaults());
        PollAverage raw =
                average(E, polls, E.date(), AggregateSettings.withDefaults().withAdjustHouseEffects(false));
        assertThat(raw.share("johnson").orElseThrow().share())
                .isCloseTo(adjusted.share("johnson").orElseThrow().share(), within(1.0));
        assertThat(raw.houseEffects()).isEqualTo(adjusted.houseEffects());
    }
}
