package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a chart's percentage axis starts. A two-way race's trend (Pennsylvania's 2024 Senate race, Casey and
 * McCormick between 41 and 50 all along) drew its lines across the top fifth of an axis from 0, so the race's moves
 * were a few pixels; a chart over time whose lines all stay above a quarter now starts near them. Bars,
 * distributions and any chart with a small candidate's line still start at 0.
 */
class AxisStartTest {
    private static ChartSpec over(boolean dateAxis, double[]... ys) {
        List<ChartSpec.Series> series = new java.util.ArrayList<>();
        for (double[] y : ys) {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = 19_000 + i;
            }
            series.add(new ChartSpec.Series("s" + series.size(), "#000000", x, y, null, "line", null, true));
        }
        return new ChartSpec(
                "trend", "xy", "t", "f", "x", "Vote share (%)", List.of(), series, List.of(), false, dateAxis);
    }

    @Test
    void aRaceOfTwoOverTimeStartsNearItsLowestLine() {
        assertThat(ChartRenderer.lowestShown(over(true, new double[] {49, 50, 48.9}, new double[] {41.1, 44, 45.6})))
                .isEqualTo(35);
        assertThat(ChartRenderer.lowestShown(over(true, new double[] {49, 50}, new double[] {42.5, 43})))
                .as("the first multiple of 5 at least 2 points below")
                .isEqualTo(40);
    }

    @Test
    void aSmallCandidatesLineOrAChartNotOverTimeStartsAtZero() {
        assertThat(ChartRenderer.lowestShown(over(true, new double[] {49, 50}, new double[] {3, 4})))
                .isZero();
        assertThat(ChartRenderer.lowestShown(over(false, new double[] {49, 50}, new double[] {41, 44})))
                .isZero();
        assertThat(ChartRenderer.lowestShown(over(true, new double[] {Double.NaN})))
                .isZero();
        ChartSpec chances = new ChartSpec(
                "race-chances",
                "xy",
                "t",
                "f",
                "x",
                "Chance of winning (%)",
                List.of(),
                over(true, new double[] {55, 60}, new double[] {40, 45}).series(),
                List.of(),
                false,
                true);
        assertThat(ChartRenderer.lowestShown(chances))
                .as("a close race's chances keep their 0")
                .isZero();
    }
}
