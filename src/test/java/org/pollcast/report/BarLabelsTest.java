package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

/** A bar chart's value labels can be read on every bar, however short: inside the bars or above them. */
class BarLabelsTest {

    /** Dark party colours first, as XChart writes white on them: Labour, Conservative, the blocs' grey, a purple. */
    private static final String[] COLOURS = {"#E4003B", "#0087DC", "#555555", "#6D3177", "#02A95B"};

    /** A win-probability chart: one bar a candidate, each its own series, as MayorCharts draws it. */
    private static ChartSpec chances(double... percent) {
        List<String> names = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < percent.length; i++) {
            names.add("Candidate " + (char) ('A' + i));
            double[] y = new double[percent.length];
            double[] e = new double[percent.length];
            y[i] = percent[i];
            e[i] = 100 * Math.sqrt(percent[i] / 100 * (1 - percent[i] / 100) / 100_000);
            series.add(new ChartSpec.Series(names.get(i), COLOURS[i], null, y, e, "bars", null, false));
        }
        return new ChartSpec(
                "win-probability",
                "category",
                "Chance of winning",
                "Source: test",
                "",
                "Win probability (%)",
                names,
                series,
                List.of(),
                false,
                false);
    }

    /**
     * London 2021 as forecast: Khan 96.2%, Bailey 3.8%, the rest under 1%. The labels were white in the middle of
     * each bar, and on the short bars they fell off the bar onto the white plot: of the labels' letters, only those
     * on the bars could be seen. Every label's letters must show, on the wide and the phone chart.
     */
    @Test
    void labelsOnShortBarsCanBeRead() {
        ChartSpec spec = chances(96.2, 3.8, 1.0, 0.4);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            double expected = 0;
            for (String label : List.of("96.2", "3.8", "1.0", "0.4")) {
                expected += textInk(label, size.text());
            }
            // Measured: 0.92 on both canvases; 0.40 on the wide one when the labels were all white in the bars.
            assertThat(labelInk(spec, size) / expected).as(size.toString()).isGreaterThan(0.85);
        }
    }

    /** Bars tall and wide enough keep their labels inside, white or dark as the bar's colour takes. */
    @Test
    void tallBarsKeepTheirLabelsInside() {
        ChartSpec spec = chances(45, 35, 20);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            CategoryChart chart = BarCharts.category(spec, size);
            BarLabels.Placement p = BarLabels.placement(chart, spec, size, size.width(), size.height());
            assertThat(p.inside()).as(size.toString()).isTrue();
            assertThat(p.position()).as(size.toString()).isEqualTo(0.5);
        }
    }

    /**
     * A short bar moves every label above its bar, clear of the error bar: one placement for the chart, since XChart
     * places all of a chart's labels alike. How short is short depends on the canvas: 2.5% is under a label's height.
     */
    @Test
    void oneShortBarMovesTheLabelsAboveTheBars() {
        ChartSpec spec = chances(60, 37.5, 2.5);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            CategoryChart chart = BarCharts.category(spec, size);
            BarLabels.Placement p = BarLabels.placement(chart, spec, size, size.width(), size.height());
            assertThat(p.inside()).as(size.toString()).isFalse();
            assertThat(p.position()).as(size.toString()).isGreaterThan(1 + BarLabels.PAD / 100);
        }
    }

    /**
     * london-2012 as of 26 April: Paddick won 14 of 100,000 simulations and Jones 1, and their bars were labelled
     * "0.0", as if they never won. A chance that rounds to 0.0 is "<0.1". The axis, which XChart writes with the same
     * function, read "0.0, 10.0, … 100.0", tenths on an axis of whole points: its ticks have the decimals their values
     * have, even where a bar is as tall as a tick (the backtest's nominal 50% and 90%).
     */
    @Test
    void chancesThatRoundToNothingAreNotLabelledZero() {
        double[] chances = {70.051, 29.93, 0.014, 0.001};
        ChartSpec spec = chances(chances);
        for (ChartRenderer.Size size : List.of(ChartRenderer.Size.SOCIAL, ChartRenderer.Size.PHONE)) {
            CategoryChart chart = BarCharts.category(spec, size);
            java.util.function.Function<Double, String> label =
                    chart.getStyler().getYAxisTickLabelsFormattingFunction();
            assertThat(label).as(size.toString()).isNotNull();
            assertThat(java.util.Arrays.stream(chances)
                            .map(BarLabels::drawn)
                            .boxed()
                            .map(label))
                    .as(size.toString())
                    .containsExactly("70.1", "29.9", "<0.1", "<0.1");
            assertThat(label.apply(0.0)).as("the axis's ticks").isEqualTo("0");
            assertThat(label.apply(20.0)).as("the axis's ticks").isEqualTo("20");
            assertThat(label.apply(100.0)).as("the axis's ticks").isEqualTo("100");
            assertThat(label.apply(2.5)).as("the axis's ticks").isEqualTo("2.5");
            assertThat(label.apply(-0.0)).as("the axis's ticks").isEqualTo("0");
        }
        ChartSpec atTicks = chances(50, 30, 20);
        java.util.function.Function<Double, String> label = BarCharts.category(atTicks, ChartRenderer.Size.SOCIAL)
                .getStyler()
                .getYAxisTickLabelsFormattingFunction();
        for (double bar : new double[] {50, 30, 20}) {
            assertThat(label.apply(BarLabels.drawn(bar)))
                    .as("the bar at %s", bar)
                    .isEqualTo(Tables.tenths(bar, true));
            assertThat(label.apply(bar)).as("the tick at %s", bar).isEqualTo(Integer.toString((int) bar));
        }
    }

    /** The pixels where the chart differs from the same chart without labels in strong contrast: the labels' ink. */
    private static double labelInk(ChartSpec spec, ChartRenderer.Size size) {
        BufferedImage with = ChartRenderer.image(spec, size);
        CategoryChart bare = BarCharts.category(spec, size);
        bare.getStyler().setLabelsVisible(false);
        BufferedImage without = ChartRenderer.image(bare, spec, size);
        int ink = 0;
        for (int x = 0; x < with.getWidth(); x++) {
            for (int y = 0; y < with.getHeight(); y++) {
                ink += contrast(with.getRGB(x, y), without.getRGB(x, y)) >= 3 ? 1 : 0;
            }
        }
        return ink;
    }

    /** The same measure for {@code text} written alone in black on white, as XChart writes a label (filled outline). */
    private static double textInk(String text, Font font) {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.translate(10, 60);
        g.fill(new TextLayout(text, font, g.getFontRenderContext()).getOutline(null));
        g.dispose();
        int ink = 0;
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 100; y++) {
                ink += contrast(img.getRGB(x, y), Color.WHITE.getRGB()) >= 3 ? 1 : 0;
            }
        }
        return ink;
    }

    /** WCAG's contrast ratio of two colours, 1 (the same) to 21 (black on white). */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        Color c = new Color(rgb);
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void contrastIsWcags() {
        assertThat(contrast(Color.BLACK.getRGB(), Color.WHITE.getRGB()))
                .isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(String.format(Locale.ROOT, "%.1f", contrast(0x767676, 0xFFFFFF)))
                .isEqualTo("4.5");
    }
}
