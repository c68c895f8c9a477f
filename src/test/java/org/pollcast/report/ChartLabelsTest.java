package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The lines' names written on a chart stay inside its plot, below the title. */
class ChartLabelsTest {

    private static ChartSpec.Series curve(String name, double peakAt, double height) {
        double[] x = new double[60];
        double[] y = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = height * Math.exp(-Math.pow((i - peakAt) / 6, 2));
        }
        return new ChartSpec.Series(name, "#0087DC", x, y, null, "line", null, true);
    }

    /**
     * london-2028's first preferences: the Conservative and Reform UK curves peak a few points apart at the same
     * height, so one label moves up a line, and with the axis ending at the peak it was drawn over the title.
     */
    @Test
    void labelsAbovePeaksFitUnderTheTopOfTheAxis() {
        ChartSpec spec = new ChartSpec(
                "first-preferences",
                "xy",
                "Simulated first preferences of the leading candidates",
                "",
                "First preferences (%)",
                "Share of simulations (% per half point)",
                List.of(),
                List.of(curve("Reform UK candidate", 15, 2.55), curve("Conservative candidate", 19, 2.6)),
                List.of(),
                false,
                false);
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        // Labels sit 4% of the top above a peak, the second a further 5% up: both must be inside the axis.
        assertThat(chart.getStyler().getYAxisMax()).isGreaterThan(2.6 * 1.09);
    }
}
