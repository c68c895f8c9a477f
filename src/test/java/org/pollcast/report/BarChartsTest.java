package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

/** How the bar charts' axes are drawn, on the chart objects XChart renders. */
class BarChartsTest {

    private static ChartSpec houseEffects(double... estimates) {
        return chart(
                List.of("Find Out Now", "ComRes"),
                List.of(new ChartSpec.Series(
                        "Labour candidate", "#E4003B", null, estimates, new double[2], "bars", null, true)));
    }

    private static ChartSpec chart(List<String> firms, List<ChartSpec.Series> series) {
        return new ChartSpec(
                "house-effects",
                "category",
                "House effects",
                "",
                "",
                "Points (90% interval)",
                firms,
                series,
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

    /** Labour's and the Conservatives' effects at each firm, with the half-widths of their 90% intervals. */
    private static ChartSpec twoCandidates(double[] lab, double[] labError, double[] con, double[] conError) {
        return chart(
                List.of("Find Out Now", "Savanta"),
                List.of(
                        new ChartSpec.Series("Labour candidate", "#E4003B", null, lab, labError, "bars", null, true),
                        new ChartSpec.Series(
                                "Conservative candidate", "#0087DC", null, con, conError, "bars", null, true)));
    }

    /**
     * london-2028's house effects: one poll a firm, so every effect is 0.0 and only the 90% whiskers tell anything.
     * With every bar at zero the chart was taken for one bar a category whose other slots are empty: Labour's and the
     * Conservatives' whiskers were drawn at the same place, one over the other. In a chart of effects either side of
     * zero an effect of zero is a value: each candidate keeps its own slot, side by side.
     */
    @Test
    void effectsOfZeroStandSideBySide() {
        CategoryChart chart = BarCharts.category(
                twoCandidates(
                        new double[] {0, 0}, new double[] {1.7, 1.7}, new double[] {0, 0}, new double[] {1.4, 1.4}),
                ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().isOverlapped()).isFalse();
        assertThat(chart.getSeries("Labour candidate").getYData()).containsExactly(0, 0);
        assertThat(chart.getSeries("Conservative candidate").getYData()).containsExactly(0, 0);
    }

    /** An option a firm did not poll (NaN) is left out, bar and whisker, not drawn as a lean of zero. */
    @Test
    void anOptionAFirmDidNotPollIsLeftOut() {
        CategoryChart chart = BarCharts.category(
                twoCandidates(
                        new double[] {0.5, Double.NaN},
                        new double[] {1, Double.NaN},
                        new double[] {-0.5, 0.3},
                        new double[] {1, 1.2}),
                ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().isOverlapped()).isFalse();
        assertThat(chart.getSeries("Labour candidate").getYData()).containsExactly(0.5, Double.NaN);
        assertThat(chart.getSeries("Labour candidate").getExtraValues()).containsExactly(1, 0);
        assertThat(chart.getStyler().getYAxisMax()).isBetween(2.0, 2.5);
    }

    /** Germany 2025's eleven pollsters, in the order of the blind trial's chart. */
    private static final List<String> GERMAN_FIRMS = List.of(
            "Verian",
            "Ipsos",
            "Forsa",
            "INSA",
            "Infratest dimap",
            "GMS",
            "YouGov",
            "Forschungsgruppe Wahlen",
            "Allensbach",
            "pollytix",
            "Wahlkreisprognose");

    /**
     * Level, "Forschungsgruppe Wahlen" ran into YouGov and Allensbach under the house-effects bars, and on a phone
     * XChart left every other firm unnamed. Slanted on the wide chart, upright on the phone, every bar labelled; two
     * short names stay level.
     */
    @Test
    void longPollsterNamesAreSlantedOrUprightAndEveryBarIsNamed() {
        double[] y = new double[GERMAN_FIRMS.size()];
        ChartSpec spec =
                chart(GERMAN_FIRMS, List.of(new ChartSpec.Series("Union", "#56B4E9", null, y, y, "bars", null, true)));
        CategoryChart wide = BarCharts.category(spec, ChartRenderer.Size.SOCIAL);
        assertThat(wide.getStyler().getXAxisLabelRotation()).isEqualTo(45);
        CategoryChart phone = BarCharts.category(spec, ChartRenderer.Size.PHONE);
        assertThat(phone.getStyler().getXAxisLabelRotation()).isEqualTo(90);
        BarCharts.NameAxis axis = BarCharts.nameAxis(spec, ChartRenderer.Size.PHONE);
        assertThat(phone.getStyler().getXAxisTickMarkSpacingHint())
                .as("ticks closer than the hint lose their names")
                .isLessThan((int) axis.slot());

        CategoryChart two = BarCharts.category(houseEffects(1, -1), ChartRenderer.Size.SOCIAL);
        assertThat(two.getStyler().getXAxisLabelRotation()).isZero();
        ChartSpec seats = chart(
                java.util.stream.IntStream.rangeClosed(0, 270)
                        .mapToObj(Integer::toString)
                        .toList(),
                List.of(new ChartSpec.Series("Union", "#56B4E9", null, new double[271], null, "bars", null, true)));
        assertThat(BarCharts.nameAxis(seats, ChartRenderer.Size.SOCIAL))
                .as("a counting axis keeps XChart's ticks")
                .isNull();
    }

    /**
     * XChart leaves out a slanted name whose box passes the canvas's right edge: london-2028's phone chance chart drew
     * its fifth bar with no name. Steeper, the last name fits; a short last name keeps the phone's 40 degrees.
     */
    @Test
    void aLongLastNameOnAPhoneIsSlantedSteeperSoItIsDrawn() {
        List<String> five = List.of(
                "Labour candidate",
                "Conservative candidate",
                "Laila Cunningham",
                "Green candidate",
                "Liberal Democrat candidate");
        double[] y = {69.2, 15.5, 9.6, 4.1, 1.6};
        ChartSpec longLast =
                chart(five, List.of(new ChartSpec.Series("win", "#DC241F", null, y, null, "bars", null, true)));
        BarCharts.NameAxis steep = BarCharts.nameAxis(longLast, ChartRenderer.Size.PHONE);
        assertThat(steep.degrees()).isGreaterThan(40).isLessThan(90);
        List<String> shortLast =
                List.of("Labour candidate", "Conservative candidate", "Laila Cunningham", "Green", "LD");
        ChartSpec fits =
                chart(shortLast, List.of(new ChartSpec.Series("win", "#DC241F", null, y, null, "bars", null, true)));
        assertThat(BarCharts.nameAxis(fits, ChartRenderer.Size.PHONE).degrees()).isEqualTo(40);
    }

    /**
     * XChart makes room under the plot for the name with the most characters: "Conservative v Cunningham" (as many
     * letters as "Labour v Liberal Democrat", wider ones) lost the top of its last letter. It is made the longest.
     */
    @Test
    void theWidestNameIsTheLongestInCharactersSoXChartMakesRoomForIt() {
        List<String> pairs = List.of("Labour v Liberal Democrat", "Labour v Green", "Conservative v Cunningham");
        List<String> named = BarCharts.widestLongest(pairs, ChartRenderer.Size.PHONE);
        assertThat(named.get(2).strip()).isEqualTo("Conservative v Cunningham");
        assertThat(named.get(2).length()).isGreaterThan(named.get(0).length());
        assertThat(named.subList(0, 2)).isEqualTo(pairs.subList(0, 2));
        List<String> already = List.of("Green", "Conservative v Cunningham");
        assertThat(BarCharts.widestLongest(already, ChartRenderer.Size.PHONE)).isEqualTo(already);
    }
}
