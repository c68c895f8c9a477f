package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

/** How the bar charts' axes are drawn, on the chart objects XChart renders. */
class BarChartsTest {

    private static ChartSpec houseEffects(double... estimates) {
        return new ChartSpec(
                "house-effects",
                "category",
                "House effects",
                "",
                "",
                "Points (90% interval)",
                List.of("Find Out Now", "ComRes"),
                List.of(new ChartSpec.Series(
                        "Labour candidate", "#E4003B", null, estimates, new double[2], "bars", null, true)),
                List.of(),
                true,
                false);
    }

    /**
     * london-2028's two mayoral polls, one from each firm: their house effects are rounding noise (±2.3e-6
     * points), which an axis fitted to them drew as two full-height bars, a lean no one measured.
     */
    @Test
    void houseEffectsOfNothingDrawAsNothing() {
        CategoryChart chart = BarCharts.category(houseEffects(2.3e-6, -2.3e-6), ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().getYAxisMax()).isGreaterThanOrEqualTo(2.0);
        assertThat(chart.getStyler().getYAxisMin()).isLessThanOrEqualTo(-2.0);
    }

    @Test
    void realHouseEffectsKeepTheirOwnScale() {
        // YouGov's +4.8 on Johnson's lead in 2008 (README): the axis reaches it with room to spare.
        CategoryChart chart = BarCharts.category(houseEffects(4.8, -1.5), ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().getYAxisMax()).isBetween(4.8, 6.0);
        assertThat(chart.getStyler().getYAxisMin()).isLessThanOrEqualTo(-4.8);
    }
}
