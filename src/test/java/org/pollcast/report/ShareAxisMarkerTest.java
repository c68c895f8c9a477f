package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * A marker on a chart of simulated shares is inside its axis. France 2022's first round, whose simulated shares ended at
 * 45%, drew its "50%: outright win" line past the plot's end, where the phone's canvas cut its label to "50%: outrig".
 */
class ShareAxisMarkerTest {
    private static ChartSpec shares(double top, double marker) {
        double[] x = new double[(int) (top * 2)];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.25 + i / 2.0;
            y[i] = 1 + i % 3;
        }
        return new ChartSpec(
                "first-preferences",
                "xy",
                "Simulated first-round votes of the leading candidates",
                "f",
                "First-round votes (%)",
                "Share of simulations (% per half point)",
                List.of(),
                List.of(new ChartSpec.Series("Emmanuel Macron", "#333399", x, y, null, "line", null, true)),
                List.of(new ChartSpec.Marker(marker, "50%: outright win")),
                false,
                false);
    }

    @Test
    void aMarkerPastTheSharesIsInsideTheAxis() {
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            XYChart chart = (XYChart) ChartRenderer.build(shares(45, 50), size);
            assertThat(chart.getStyler().getXAxisMax()).as(size.toString()).isGreaterThan(50);
        }
    }

    @Test
    void sharesPastTheMarkerKeepTheirRoundEnd() {
        XYChart chart = (XYChart) ChartRenderer.build(shares(62, 50), ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().getXAxisMax()).isEqualTo(65);
    }
}
