package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * Dense polls shorten the half-life (model 2026.12-19). Hand-made polls, exact (no noise), so the lag is the
 * aggregator's alone: three firms a day for 40 days, a candidate flat at 4% and then rising by a point a week to 8%
 * on the last day (as Germany's Die Linke did in 2025). With a fixed 14-day half-life the average reads about 6.5;
 * with the default (9 days, shortened where dense) it follows the race. A London-like series (two firms weekly) is averaged exactly as before.
 */
class DenseHalfLifeTest {
    private static final Election E = AggregateFixtures.election("london-2016");
    private static final LocalDate END = LocalDate.parse("2016-05-04");

    private static List<Poll> series(int everyDays, int firms) {
        List<Poll> polls = new ArrayList<>();
        String[] names = {"YouGov", "ComRes", "Opinium", "Survation"};
        for (int age = 40; age >= 0; age -= everyDays) {
            double rising = age >= 28 ? 4 : 4 + (28 - age) / 7.0;
            for (int f = 0; f < firms; f++) {
                polls.add(AggregateFixtures.poll(
                        E.id(),
                        names[f],
                        "",
                        END.minusDays(age),
                        1000,
                        Map.of("khan", 45.0, "goldsmith", 100 - 45.0 - rising - 10, "berry", rising, "other", 10.0)));
            }
        }
        return polls;
    }

    @Test
    void densePollsFollowALateRise() {
        List<Poll> dense = series(1, 3);
        PollAverage fixed = AggregateFixtures.average(
                E, dense, END, AggregateSettings.withDefaults().withHalfLifeDays(14));
        PollAverage adaptive = AggregateFixtures.average(E, dense, END, AggregateSettings.withDefaults());
        double lagging = fixed.share("berry").orElseThrow().share();
        double following = adaptive.share("berry").orElseThrow().share();
        assertThat(lagging).isLessThan(6.8);
        assertThat(following).isGreaterThan(7.2).isGreaterThan(lagging + 0.8);
        assertThat(adaptive.settings().halfLifeDays()).isLessThan(9);
        assertThat(adaptive.notes()).anyMatch(n -> n.startsWith("dense polls: "));
        assertThat(fixed.notes()).noneMatch(n -> n.startsWith("dense polls: "));
    }

    @Test
    void sparsePollsKeepTheHalfLife() {
        List<Poll> sparse = series(7, 2);
        PollAverage fixed = AggregateFixtures.average(
                E, sparse, END, AggregateSettings.withDefaults().withHalfLifeDays(9));
        PollAverage adaptive = AggregateFixtures.average(E, sparse, END, AggregateSettings.withDefaults());
        assertThat(adaptive.settings().halfLifeDays()).isEqualTo(9);
        assertThat(adaptive.share("berry").orElseThrow().share())
                .isCloseTo(fixed.share("berry").orElseThrow().share(), within(1e-12));
    }
}
