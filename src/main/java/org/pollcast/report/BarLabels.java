package org.pollcast.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Where a bar chart's value labels go, so that every one can be read whatever its bar's length. XChart places all of a
 * chart's labels alike: in the middle of the bars, white on a dark bar and dark on a pale one, or at a height above
 * them, dark on the white plot. They go inside only when every labelled bar is tall and wide enough to hold its label
 * with room round it; otherwise above every bar, clear of its error bar. Inside, a white label on a candidate's 2% bar
 * was taller than the bar and fell below its top, white on white.
 */
final class BarLabels {
    /** Room between a label and its bar's edges, in pixels at the social size. */
    static final double PAD = 4;

    /** The labels' ink: white on a dark bar, near-black on a pale bar and on the white plot above the bars. */
    static final Color LIGHT = Color.WHITE;

    static final Color DARK = new Color(40, 40, 40);

    private BarLabels() {}

    /** Whether a chart's labels are inside its bars, and where above them they go otherwise. */
    record Placement(boolean inside, double position) {}

    /**
     * Sets where {@code chart}'s labels go, measuring its bars in pixels on the chart laid out at {@code width} ×
     * {@code height} (the size it is then painted at) on a scratch canvas. {@code spec} says which series are bars
     * with labels: a stack's range and caps are not.
     */
    static void place(CategoryChart chart, ChartSpec spec, ChartRenderer.Size size, int width, int height) {
        CategoryStyler st = chart.getStyler();
        if (!st.isLabelsVisible()) {
            return;
        }
        Placement p = placement(chart, spec, size, width, height);
        st.setLabelsFontColorAutomaticEnabled(true);
        st.setLabelsFontColorAutomaticLight(LIGHT);
        st.setLabelsFontColorAutomaticDark(DARK);
        // XChart reads a position above 1 as (position - 1) × 100 pixels above the bar, and sets the label dark or
        // light on the plot's background there.
        st.setLabelsPosition(p.position());
    }

    static Placement placement(CategoryChart chart, ChartSpec spec, ChartRenderer.Size size, int width, int height) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try {
            chart.paint(g, width, height); // lays the chart out: the axes' pixels are known after
        } finally {
            g.dispose();
        }
        CategoryStyler st = chart.getStyler();
        double pad = PAD * size.scale();
        double zero = chart.getScreenYFromChart(0);
        double perUnit = Math.abs(chart.getScreenYFromChart(1) - zero);
        long bars = spec.series().stream().filter(BarLabels::labelled).count();
        double slot = Math.abs(chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0));
        double barWidth =
                slot * st.getAvailableSpaceFill() / (st.isOverlapped() || st.isStacked() ? 1 : Math.max(1, bars));
        boolean percent = spec.yLabel().contains("%");
        Font font = st.getLabelsFont();
        FontRenderContext frc = new FontRenderContext(null, true, false);
        boolean inside = true;
        double error = 0;
        for (ChartSpec.Series s : spec.series()) {
            if (!labelled(s)) {
                continue;
            }
            for (int i = 0; i < s.y().length; i++) {
                double y = s.y()[i];
                if (BarCharts.gap(spec, y)) {
                    continue; // no bar, no label
                }
                Rectangle2D text = new TextLayout(Tables.tenths(y, percent), font, frc).getBounds();
                double tall = Math.abs(y) * perUnit;
                inside &= tall >= text.getHeight() + 2 * pad && barWidth >= text.getWidth() + 2 * pad;
                error = Math.max(error, s.error() == null ? 0 : Math.abs(s.error()[i]) * perUnit);
            }
        }
        // Inside: XChart's default, the label's middle at the bar's. Above: clear of the error bar's top.
        return new Placement(inside, inside ? 0.5 : 1 + (pad + error) / 100);
    }

    /**
     * What XChart writes a chart's labels with. It formats the bars' labels and the y axis's ticks with one function:
     * a bar's own value (as {@link #drawn}) is a label, by the rule for every chance pollcast prints ({@link
     * Tables#tenths}: "<0.1", not "0.0", for a chance that came up in a few simulations), any other a tick, with the
     * decimals its value has and no more ({@link #tick}): a percent axis read "0.0, 10.0, … 100.0", tenths of a point
     * no tick is ever at.
     */
    static Function<Double, String> formatter(ChartSpec spec) {
        boolean percent = spec.yLabel().contains("%");
        Map<Double, String> bars = new HashMap<>();
        for (ChartSpec.Series s : spec.series()) {
            if (labelled(s)) {
                for (double y : s.y()) {
                    if (!BarCharts.gap(spec, y)) {
                        bars.put(drawn(y), Tables.tenths(y, percent));
                    }
                }
            }
        }
        return v -> bars.getOrDefault(v, tick(v));
    }

    /**
     * The height a labelled bar is drawn at: its value moved one unit in the last place away from zero, which no
     * tick of the axis is at (XChart places ticks at round decimals), so that {@link #formatter} tells a bar's
     * label from a tick even where a bar's value is a tick's: the backtest's nominal 50% and 90% bars made the
     * ticks at 50 and 90 labels. Zero, no further from nothing, is left as it is: it prints "0" as a label and as a
     * tick. The difference is some 1e-14 of a point, below any pixel; the label is the value's own.
     */
    static double drawn(double y) {
        return y == 0 || !Double.isFinite(y) ? y : y > 0 ? Math.nextUp(y) : Math.nextDown(y);
    }

    /** A tick of a labelled chart's axis: "0", "20", "100", and "2.5" or "0.25" where the axis steps between. */
    static String tick(double v) {
        return Tables.zeroUnsigned(BigDecimal.valueOf(v)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString());
    }

    /** Bars XChart writes a value on: not a stack's range or its caps, drawn as markers. */
    private static boolean labelled(ChartSpec.Series s) {
        return !s.style().equals("range") && !s.style().equals("cap");
    }
}
