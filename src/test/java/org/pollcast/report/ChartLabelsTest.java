package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
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

    /**
     * The Senedd 2026 seats chart (a Wales blind trial): the Liberal Democrats' and the Greens' likeliest tally was 0
     * seats, and a name centred over a peak at the axis's start was printed half off the plot, "beral Democrats" over
     * the value axis's labels. The name is moved in until it starts at the axis; one mid-axis stays centred on its peak.
     */
    @Test
    void aNameOverAPeakAtTheAxisStartStaysWhole() {
        ChartSpec spec = new ChartSpec(
                "assembly-seats",
                "xy",
                "Senedd: seats won by each party (of 96)",
                "",
                "Seats",
                "Probability (%)",
                List.of(),
                List.of(curve("Liberal Democrats", 0, 28.7), curve("Reform UK", 35, 5.9)),
                List.of(),
                false,
                false);
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        List<double[]> at = new java.util.ArrayList<>(List.of(new double[] {0, 30}, new double[] {35, 7}));
        ChartRenderer.keepPeakNamesInside(
                chart, ChartRenderer.Size.SOCIAL, List.of("Liberal Democrats", "Reform UK"), at);
        double min = chart.getStyler().getXAxisMin();
        double perPixel = (chart.getStyler().getXAxisMax() - min) / (ChartRenderer.PLOT_SHARE * 1200);
        // "Liberal Democrats" is over 80 pixels wide in any annotation font: its centre moves at least 40 in.
        assertThat(at.get(0)[0]).isGreaterThan(min + 40 * perPixel);
        assertThat(at.get(1)[0]).isEqualTo(35);
        assertThat(DirectLabels.inside(0, 3, 0, 60)).isEqualTo(3);
        assertThat(DirectLabels.inside(59, 3, 0, 60)).isEqualTo(57);
        assertThat(DirectLabels.inside(30, 3, 0, 60)).isEqualTo(30);
    }

    /** A line over dates, one point a day from {@code from} to {@code to}. */
    private static ChartSpec.Series daily(String name, LocalDate from, LocalDate to) {
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from.toEpochDay() + i;
            y[i] = 40;
        }
        return new ChartSpec.Series(name, "#DC241F", x, y, null, "line", null, true);
    }

    private static ChartSpec trend(LocalDate from, LocalDate to, LocalDate pollingDay) {
        return new ChartSpec(
                "trend",
                "xy",
                "First preferences: polls and the trend",
                "",
                "",
                "First preferences (%)",
                List.of(),
                List.of(daily("Richard Parker", from, to)),
                List.of(new ChartSpec.Marker(pollingDay.toEpochDay(), "Polling day")),
                false,
                true);
    }

    /**
     * The West Midlands 2024 report as of 25 April: polls from 14 April, polling day on 2 May. The polling-day line
     * was drawn past the end of the axis, over the legend (on the phone, off the image).
     */
    @Test
    void aMarkerPastTheDataIsInsideTheAxis() {
        LocalDate pollingDay = LocalDate.of(2024, 5, 2);
        ChartSpec spec = trend(LocalDate.of(2024, 4, 14), LocalDate.of(2024, 4, 25), pollingDay);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            XYChart chart = (XYChart) ChartRenderer.build(spec, size);
            assertThat(chart.getStyler().getXAxisMax()).as(size.toString()).isGreaterThan(pollingDay.toEpochDay());
        }
    }

    /**
     * The same report as painted: the axis reached polling day, but the name fitted left of its line, and the plot,
     * widened until the name met the legend's column, ran under that column, where the legend's pass cuts it off: the
     * PNG had no polling-day line (Scotland 2021 as of 29 April, a month of polls, showed only "Poll" of its label).
     * The dashed line is drawn: a column of its grey, left of the legend.
     */
    @Test
    void aMarkerPastTheDataIsDrawnLeftOfTheLegend() {
        ChartSpec spec = trend(LocalDate.of(2024, 4, 14), LocalDate.of(2024, 4, 25), LocalDate.of(2024, 5, 2));
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                ChartRenderer.WIDTH, ChartRenderer.HEIGHT, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        chart.paint(g, ChartRenderer.WIDTH, ChartRenderer.HEIGHT - 40);
        g.dispose();
        // The marker's line is grey (70, 70, 70), dashed 6 on 4 off down the plot: some column holds 150 such pixels.
        int longest = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int run = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                boolean grey = Math.abs(c.getRed() - 70) < 12
                        && Math.abs(c.getGreen() - 70) < 12
                        && Math.abs(c.getBlue() - 70) < 12;
                run += grey ? 1 : 0;
            }
            longest = Math.max(longest, run);
        }
        assertThat(longest).as("grey pixels in the polling-day line's column").isGreaterThan(150);
    }

    /**
     * A report made on 4 December 2026 drew its trend's dates to 23 March 2027: the names at the lines' ends had room
     * only inside the axis, stretched past the last date by their width. The axis ends at the last date, and the
     * name is still written, right of the line's end, outside the plot and before the legend.
     */
    @Test
    void aDateAxisEndsAtTheLastDateAndTheNamesSitBeyondIt() {
        LocalDate last = LocalDate.of(2026, 12, 4);
        ChartSpec spec = new ChartSpec(
                "trend",
                "xy",
                "First preferences: polls and the trend",
                "",
                "",
                "First preferences (%)",
                List.of(),
                List.of(daily("Liberal Democrat candidate", LocalDate.of(2025, 5, 12), last)),
                List.of(),
                false,
                true);
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        assertThat(chart.getStyler().getXAxisMax()).isEqualTo((double) last.toEpochDay());

        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                ChartRenderer.WIDTH, ChartRenderer.HEIGHT, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        chart.paint(g, ChartRenderer.WIDTH, ChartRenderer.HEIGHT - 40);
        g.dispose();
        // The plot as drawn ends at the last date; the name's ink lies right of the line's end, on its row.
        int end = (int) Math.round(chart.getScreenXFromChart(last.toEpochDay()));
        int row = (int) Math.round(chart.getScreenYFromChart(40));
        int inkRight = -1;
        for (int x = end + 4; x < image.getWidth(); x++) {
            for (int y = row - 6; y <= row + 6; y++) {
                if ((image.getRGB(x, y) & 0xFF) < 140) {
                    inkRight = Math.max(inkRight, x);
                }
            }
        }
        assertThat(inkRight).as("the name right of the line's end").isGreaterThan(end + 100);
        // The legend, its line sample in the line's colour, is still drawn at the right, clear of the name.
        int legendInk = 0;
        for (int x = inkRight + 10; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight() - 40; y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                legendInk += c.getRed() > 180 && c.getGreen() < 80 && c.getBlue() < 80 ? 1 : 0;
            }
        }
        assertThat(legendInk).as("the legend's red line sample").isPositive();
    }

    /**
     * Alberta's trend (a blind trial): three small parties' lines ended within 2.3 points of each other, their names
     * were kept a line apart, and "Liberal" (a line at 1%) sat beside the Alberta Party's line at 3.3%, "Alberta Party"
     * at 5.5% where no line ended; grey names alone could not say whose each was. A name moved off its line's height is
     * joined to the line's end by a leader in the line's colour; a name at its line's height has none.
     */
    @Test
    void aNameMovedOffItsLineIsJoinedToItsEndByALeaderInItsColour() {
        LocalDate from = LocalDate.of(2023, 4, 1);
        LocalDate last = LocalDate.of(2023, 5, 22);
        ChartSpec spec = new ChartSpec(
                "trend",
                "xy",
                "Vote share: polls and the trend",
                "",
                "",
                "Vote share (%)",
                List.of(),
                List.of(
                        flat("UCP", "#0072B2", from, last, 45),
                        flat("Green", "#CC79A7", from, last, 1.0),
                        flat("Liberal", "#E69F00", from, last, 1.0),
                        flat("Alberta Party", "#009E73", from, last, 3.3)),
                List.of(),
                false,
                true);
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                ChartRenderer.WIDTH, ChartRenderer.HEIGHT, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        chart.paint(g, ChartRenderer.WIDTH, ChartRenderer.HEIGHT - 40);
        g.dispose();
        int end = (int) Math.round(chart.getScreenXFromChart(last.toEpochDay()));
        // Right of the line's end, past its stroke's cap and before its name: only a leader puts colour there.
        assertThat(inkRightOfEnd(image, end, (int) Math.round(chart.getScreenYFromChart(3.3)), 0x009E73))
                .as("the Alberta Party's leader, its name moved up")
                .isPositive();
        assertThat(inkRightOfEnd(image, end, (int) Math.round(chart.getScreenYFromChart(45)), 0x0072B2))
                .as("no leader where the name is at its line's height")
                .isZero();
    }

    private static ChartSpec.Series flat(String name, String colour, LocalDate from, LocalDate to, double share) {
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from.toEpochDay() + i;
            y[i] = share;
        }
        return new ChartSpec.Series(name, colour, x, y, null, "line", null, true);
    }

    /** Pixels near {@code rgb} in the columns just right of a line's end, within 30 pixels of its row. */
    private static int inkRightOfEnd(java.awt.image.BufferedImage image, int end, int row, int rgb) {
        java.awt.Color want = new java.awt.Color(rgb);
        int ink = 0;
        for (int x = end + 3; x <= end + 6; x++) {
            for (int y = Math.max(0, row - 30); y <= Math.min(image.getHeight() - 1, row + 30); y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                int d = Math.abs(c.getRed() - want.getRed())
                        + Math.abs(c.getGreen() - want.getGreen())
                        + Math.abs(c.getBlue() - want.getBlue());
                ink += d < 90 ? 1 : 0;
            }
        }
        return ink;
    }

    /**
     * On a phone, dates were labelled by month alone: ticks three weeks apart read "Feb '24", "Feb '24" (London 2024,
     * February to May), and over a fortnight XChart, finding every label alike, drew none. Ticks days apart must be
     * told apart.
     */
    @Test
    void phoneDateLabelsTellTicksDaysApartApart() {
        ChartSpec spec = trend(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2));
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.PHONE);
        Function<Double, String> label = chart.getStyler().getXAxisTickLabelsFormattingFunction();
        double feb7 = LocalDate.of(2024, 2, 7).toEpochDay();
        assertThat(label.apply(feb7)).isNotEqualTo(label.apply(feb7 + 3));
        assertThat(label.apply(feb7)).contains("7").contains("Feb").contains("24");
    }

    /**
     * XChart cuts a legend entry wider than 45% of the chart with an ellipsis: on a phone, whose legend is below the
     * plot in large letters, london-2028's trend read "Liberal Democrat candida…". The name is broken into lines.
     */
    @Test
    void aLongNameInAPhonesLegendIsBrokenIntoLinesNotCut() {
        ChartSpec spec = new ChartSpec(
                "trend",
                "xy",
                "Trend",
                "",
                "First preferences (%)",
                "",
                List.of(),
                List.of(curve("Liberal Democrat candidate", 15, 10), curve("Labour", 19, 30)),
                List.of(),
                false,
                false);
        XYChart phone = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.PHONE);
        assertThat(phone.getSeriesCollection().stream().map(x -> x.getName()))
                .containsExactly("Liberal Democrat\ncandidate", "Labour");
        XYChart wide = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        assertThat(wide.getSeriesCollection().stream().map(x -> x.getName()))
                .containsExactly("Liberal Democrat candidate", "Labour");
    }

    /** A phone's x-axis title ran off the image ("…the two finalists' votes (%"): its letters are made smaller. */
    @Test
    void aLongAxisTitleOnAPhoneIsSetSmallerToFit() {
        ChartSpec spec = new ChartSpec(
                "runoff-margin",
                "xy",
                "Final round",
                "",
                "Liberal Democrat candidate's share of the two finalists' votes (%)",
                "Share (%)",
                List.of(),
                List.of(curve("Labour", 19, 30)),
                List.of(),
                false,
                false);
        XYChart phone = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.PHONE);
        ChartRenderer.fitAxisTitles(phone, spec, ChartRenderer.Size.PHONE, ChartRenderer.Size.PHONE.height() - 150);
        java.awt.Font font = phone.getStyler().getAxisTitleFont();
        assertThat(font.getSize2D()).isLessThan(ChartRenderer.Size.PHONE.text().getSize2D());
        assertThat(font.getStringBounds(
                                "Liberal Democrat candidate's share of the two finalists' votes (%)",
                                new java.awt.font.FontRenderContext(null, true, false))
                        .getWidth())
                .isLessThanOrEqualTo(0.8 * ChartRenderer.Size.PHONE.width() + 1);
    }

    /**
     * The second round's title of two full names ran off the image's left edge ("cond round, Luiz Inácio Lula da
     * Silva v ..."): its letters are made smaller to fit the plot it is centred over; a short title keeps its size.
     */
    @Test
    void aLongChartTitleIsSetSmallerToFit() {
        String long_ = "Second round, Luiz Inácio Lula da Silva v Jair Bolsonaro: Luiz Inácio Lula da Silva's share";
        for (String title : List.of(long_, "Second round, Khan v Goldsmith: Khan's share")) {
            ChartSpec spec = new ChartSpec(
                    "runoff-margin",
                    "xy",
                    title,
                    "",
                    "Share of the two finalists' votes (%)",
                    "Share (%)",
                    List.of(),
                    List.of(curve("Labour", 19, 30)),
                    List.of(),
                    false,
                    false);
            XYChart wide = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
            ChartRenderer.fitTitle(wide, spec, ChartRenderer.Size.SOCIAL);
            java.awt.Font font = wide.getStyler().getChartTitleFont();
            if (title.equals(long_)) {
                assertThat(font.getSize2D())
                        .isLessThan(ChartRenderer.Size.SOCIAL.title().getSize2D());
                assertThat(font.getStringBounds(title, new java.awt.font.FontRenderContext(null, true, false))
                                .getWidth())
                        .isLessThanOrEqualTo(0.8 * ChartRenderer.Size.SOCIAL.width() + 5); // a font's rounding
            } else {
                assertThat(font.getSize2D())
                        .isEqualTo(ChartRenderer.Size.SOCIAL.title().getSize2D());
            }
        }
    }
    /**
     * The title is centred over the plot, and a legend of long names beside it leaves the plot far less than four fifths
     * of the canvas: South Korea's trend chart, whose legend names "Embrain Public, Kstat Research, Korea Research,
     * Hankook Research" (a consortium), lost "Vo" of "Vote share: ..." off the image's left edge at full size.
     */
    @Test
    void aTitleFitsBesideAWideLegend() {
        String title = "Vote share: polls and the trend (shaded: 50% and 90% bands)";
        String firm = "Embrain Public, Kstat Research, Korea Research, Hankook Research";
        ChartSpec spec = new ChartSpec(
                "trend",
                "xy",
                title,
                "",
                "",
                "Vote share (%)",
                List.of(),
                List.of(curve("Yoon Suk-yeol", 19, 30), curve(firm, 20, 30)),
                List.of(),
                false,
                false);
        XYChart chart = (XYChart) ChartRenderer.build(spec, ChartRenderer.Size.SOCIAL);
        ChartRenderer.fitTitle(chart, spec, ChartRenderer.Size.SOCIAL);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        double legend =
                ChartRenderer.Size.SOCIAL.text().getStringBounds(firm, frc).getWidth();
        assertThat(chart.getStyler()
                        .getChartTitleFont()
                        .getStringBounds(title, frc)
                        .getWidth())
                .isLessThanOrEqualTo(ChartRenderer.Size.SOCIAL.width() - legend);
    }
}
