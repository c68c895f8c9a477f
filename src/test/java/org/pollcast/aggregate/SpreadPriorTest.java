package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * The polls' excess spread τ² is pooled with a prior worth {@link WeightedAverage#PRIOR_POLLS} polls: two polls
 * weighted far apart cannot blow an average's error up, one poll carries the prior's spread beyond its sampling
 * error, and many polls are read by their own spread.
 */
class SpreadPriorTest {
    private static final Election E = AggregateFixtures.election("london-2012");

    /** Option j's {share, se, polls, effectivePolls, τ²} over {@code polls} with weights {@code w}. */
    private static double[] option(List<Poll> polls, double[] w, int j) {
        PollPanel panel = PollPanel.of(E.contest("mayor").orElseThrow(), polls, Map.of(), 1000);
        return WeightedAverage.option(panel, panel.y, j * panel.polls, w, null);
    }

    private static Poll p(String pollster, int day, double johnson, double livingstone) {
        return poll(
                "london-2012",
                pollster,
                "",
                LocalDate.of(2012, 4, day),
                1000,
                Map.of("johnson", johnson, "livingstone", livingstone, "other", 100 - johnson - livingstone));
    }

    @Test
    void onePollCarriesThePriorsSpreadBeyondItsSamplingError() {
        double[] o = option(List.of(p("YouGov", 20, 50, 40)), new double[] {1}, 0);
        double sampling = 50.0 * 50 / 1000;
        double prior = WeightedAverage.PRIOR_TAU * WeightedAverage.PRIOR_TAU;
        assertThat(o[4]).isCloseTo(prior, within(1e-9));
        assertThat(o[1]).isCloseTo(Math.sqrt(sampling + prior), within(1e-9));
    }

    @Test
    void twoPollsFarApartInWeightCannotBlowTheErrorUp() {
        // 47 and 19 weighted 93 to 7 (Tees Valley 2024's shape): n_eff 1.15. The moment estimate alone is about 350
        // points², a standard error of about 17; pooled with the prior it is a few points.
        List<Poll> polls = List.of(p("YouGov", 20, 47, 47), p("Ipsos MORI", 1, 19, 45));
        double[] o = option(polls, new double[] {0.93, 0.07}, 0);
        double neff = 1 / (0.93 * 0.93 + 0.07 * 0.07);
        assertThat(o[3]).isCloseTo(neff, within(1e-9));
        assertThat(o[1]).isBetween(2.0, 6.0);
    }

    @Test
    void manyPollsAreReadByTheirOwnSpread() {
        // Twelve polls alternating 44 and 52 for Johnson: a spread of 4 points each way, far beyond sampling
        // (about 1.6); the estimate rests on 11 degrees of freedom and the prior moves it by little.
        List<Poll> polls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            polls.add(p(i % 2 == 0 ? "YouGov" : "Ipsos MORI", 1 + i, i % 2 == 0 ? 44 : 52, 40));
        }
        double[] w = new double[12];
        java.util.Arrays.fill(w, 1);
        double[] o = option(polls, w, 0);
        double sampling = 48.0 * 52 / 1000;
        double estimated = 16.0 * 12 / 11 - sampling; // weighted moments with the bias correction
        double prior = WeightedAverage.PRIOR_TAU * WeightedAverage.PRIOR_TAU * 48 * 52 / 2500;
        assertThat(o[4]).isCloseTo((2 * prior + 11 * estimated) / 13, within(1e-6));
    }
}
