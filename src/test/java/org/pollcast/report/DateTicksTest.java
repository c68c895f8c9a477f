package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Date axes' tick labels. A trend over a week of polls (New York City's 2021 primary: five polls, 14 to 20 June) is
 * under ten days long, where ticks may fall within a day (a night's runs), so labels carried the time: the phone's
 * chart read "00:00" at every tick, with no date anywhere on the axis, and the wide one "14 Jun 00:00".
 */
class DateTicksTest {
    private static double day(LocalDate d) {
        return d.toEpochDay();
    }

    @Test
    void aTickAtMidnightIsLabelledByItsDate() {
        double june14 = day(LocalDate.of(2021, 6, 14));
        assertThat(ChartRenderer.dateTick(june14, 8, true)).isEqualTo("14 Jun");
        assertThat(ChartRenderer.dateTick(june14, 8, false)).isEqualTo("14 Jun");
    }

    @Test
    void aTickWithinADayKeepsItsTime() {
        double evening = LocalDateTime.of(2021, 5, 6, 22, 30).toEpochSecond(ZoneOffset.UTC) / 86_400.0;
        assertThat(ChartRenderer.dateTick(evening, 1.5, true)).isEqualTo("22:30");
        assertThat(ChartRenderer.dateTick(evening, 1.5, false)).isEqualTo("6 May 22:30");
    }

    @Test
    void longerAxesAreUnchanged() {
        double d = day(LocalDate.of(2021, 6, 14));
        assertThat(ChartRenderer.dateTick(d, 40, true)).isEqualTo("14 Jun '21");
        assertThat(ChartRenderer.dateTick(d, 400, true)).isEqualTo("Jun '21");
        assertThat(ChartRenderer.dateTick(d, 40, false)).isEqualTo("14 Jun 2021");
    }
}
