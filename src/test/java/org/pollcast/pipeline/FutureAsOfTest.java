package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.ShareInput;

/** A forecast as of a day after today says so first, and one as of today or earlier says nothing of it. */
class FutureAsOfTest {
    private static ShareInput asOf(LocalDate day) {
        List<String> ids = List.of("a", "b", "other");
        return new ShareInput(
                "test",
                day,
                3,
                ids,
                ids,
                ids,
                new double[] {50, 40, 10},
                new double[] {2, 2, 1},
                true,
                "average of 3 polls");
    }

    @Test
    void anAsOfDateAfterTodayIsTheFirstThingTheSourceSays() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        ShareInput later = Forecasts.afterToday(asOf(LocalDate.of(2028, 5, 3)), today);
        assertThat(later.source())
                .isEqualTo("as of 2028-05-03, after today (2026-12-04): no polls after today exist, so this is the "
                        + "forecast as it would stand then on today's polls, wider by the drift until then; average "
                        + "of 3 polls");
        assertThat(later.mean()).containsExactly(50, 40, 10);
        assertThat(Forecasts.afterToday(asOf(today.plusDays(1)), today).source())
                .startsWith("as of 2026-12-05, after");
        assertThat(Forecasts.afterToday(asOf(today), today).source()).isEqualTo("average of 3 polls");
        assertThat(Forecasts.afterToday(asOf(today.minusDays(30)), today).source())
                .isEqualTo("average of 3 polls");
    }
}
