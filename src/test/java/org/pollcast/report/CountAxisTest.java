package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.Axis_;

/** An x axis that counts (constituencies declared so far) is ticked at whole numbers, whatever the count. */
class CountAxisTest {

    /** The night's moves chart after {@code declared} declarations: a line from step 0 (the pre-election forecast). */
    private static ChartSpec moves(int declared) {
        double[] x = new double[declared + 1];
        double[] y = new double[declared + 1];
        for (int i = 0; i <= declared; i++) {
            x[i] = i;
            y[i] = 90 + i % 3;
        }
        return new ChartSpec(
                "night-chance",
                "xy",
                "Chance of winning after each declaration",
                "",
                "Constituencies declared (0: before the first)",
                "Chance of winning (%)",
                List.of(),
                List.of(new ChartSpec.Series("Sadiq Khan", "#DC241F", x, y, null, "line", null, true)),
                List.of(),
                false,
                false);
    }

    /**
     * The x tick labels XChart drew: it chooses the ticks while painting, so the chart is painted first. The axis is
     * XChart's internal, reached by reflection; the labels are what a reader sees under the plot.
     */
    static List<String> xTicks(ChartSpec spec, ChartRenderer.Size size) throws Exception {
        AxesChart<?, ?> chart = (AxesChart<?, ?>) ChartRenderer.build(spec, size);
        BufferedImage canvas = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        chart.paint(canvas.createGraphics(), size.width(), size.height());
        Method xAxis = AxesChart.class.getDeclaredMethod("getXAxis");
        xAxis.setAccessible(true);
        return ((Axis_<?, ?>) xAxis.invoke(chart)).getAxisTickCalculator().getTickLabels();
    }

    /**
     * London 2021 replayed with one to three declarations in: the axis ran 0 to 5 ticked 0, 0.5, 1, 1.5, ..., half
     * a constituency. Counts from one to 73, on the wide and the phone chart: whole ticks, and not one a declaration
     * when 73 are in.
     */
    @Test
    void declarationsAreTickedInWholeNumbers() throws Exception {
        for (int declared : new int[] {1, 2, 3, 4, 5, 6, 7, 9, 14, 20, 36, 73}) {
            for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
                List<String> ticks = xTicks(moves(declared), size);
                String where = declared + " declared, " + (size.legendBelow() ? "phone" : "wide");
                assertThat(ticks).as(where).isNotEmpty().allMatch(t -> t.matches("\\d+"), "a whole number");
                assertThat(ticks).as(where).startsWith("0").hasSizeBetween(2, size.legendBelow() ? 16 : 21);
            }
        }
    }

    /** Shares binned on half points (the first-preference curves) are no count: their axis keeps its own ticks. */
    @Test
    void sharesOnHalfPointsAreNoCount() {
        ChartSpec.Series curve = new ChartSpec.Series(
                "Sadiq Khan",
                "#DC241F",
                new double[] {39.75, 40.25, 40.75},
                new double[] {1, 2, 1},
                null,
                "line",
                null,
                true);
        ChartSpec.Series count = moves(3).series().get(0);
        assertThat(ChartRenderer.countsOnX(withSeries(curve))).isFalse();
        assertThat(ChartRenderer.countsOnX(withSeries(count))).isTrue();
    }

    /**
     * The night's shares before the first declaration: the 90% band reached past the name over its line (London
     * 2021: Khan's 48.5 against the name at about 47), and the axis, ended just past the name, cut the band flat.
     */
    @Test
    void theAxisReachesTheTopOfABand() {
        ChartSpec.Series band = new ChartSpec.Series(
                "Sadiq Khan 90% band",
                "#DC241F",
                new double[] {0, 1, 2, 2, 1, 0},
                new double[] {48.5, 46, 45, 36, 35, 34},
                null,
                "band",
                null,
                false);
        ChartSpec.Series line = new ChartSpec.Series(
                "Sadiq Khan",
                "#DC241F",
                new double[] {0, 1, 2},
                new double[] {38.7, 40.9, 41.4},
                null,
                "line",
                null,
                true);
        ChartSpec spec = new ChartSpec(
                "night-share", "xy", "", "", "", "", List.of(), List.of(band, line), List.of(), false, false);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            AxesChart<?, ?> chart = (AxesChart<?, ?>) ChartRenderer.build(spec, size);
            // Null where no names are drawn on the plot: XChart's own range then holds every point.
            Double max = chart.getStyler().getYAxisMax();
            assertThat(max == null || max >= 48.5).as(size + ": " + max).isTrue();
        }
    }

    /** A night of 14 declarations drew its axis to 15, a declaration that does not exist (up to 20 such). */
    @Test
    void aCountEndsAtItsLastValue() throws Exception {
        for (int declared : List.of(3, 14, 20)) {
            for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
                assertThat(xTicks(moves(declared), size))
                        .as(declared + " " + size)
                        .allSatisfy(t -> assertThat(Integer.parseInt(t)).isLessThanOrEqualTo(declared));
            }
        }
    }

    private static ChartSpec withSeries(ChartSpec.Series s) {
        return new ChartSpec("x", "xy", "", "", "", "", List.of(), List.of(s), List.of(), false, false);
    }
}
