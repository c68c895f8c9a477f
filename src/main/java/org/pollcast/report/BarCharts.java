package org.pollcast.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Bar charts (win probabilities, house effects, seats, blocs) in the house style of {@link ChartRenderer}:
 * value labels on the bars where nothing strikes through them (inside or above: {@link BarLabels}), one bar per category or distributions
 * laid over each other, pale party colours edged in their darker shade.
 */
final class BarCharts {
    /** The least half-span of an axis of effects either side of zero, in points: smaller leans are noise. */
    static final double MIN_EFFECT_AXIS = 2;

    private BarCharts() {}

    static CategoryChart category(ChartSpec spec, ChartRenderer.Size size) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(size.width())
                .height(size.height())
                .title(size.legendBelow() ? "" : spec.title())
                .xAxisTitle(spec.xLabel())
                .yAxisTitle(spec.yLabel())
                .build();
        ChartRenderer.style(chart.getStyler(), size);
        if (size.legendBelow()) {
            chart.getStyler().setXAxisLabelRotation(40); // candidates' names side by side collide on a phone
        }
        NameAxis angle = nameAxis(spec, size);
        List<String> names = angle == null ? spec.categories() : widestLongest(spec.categories(), size);
        if (angle != null) {
            chart.getStyler().setXAxisLabelRotation(angle.degrees());
            // XChart leaves out a tick's label when ticks are closer than its hint (74 px): on a phone every other
            // pollster went unnamed. A slot less a little: every bar keeps its name.
            chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(1, (int) (0.8 * angle.slot())));
        }
        // One bar per category (a series per candidate, each with one value) or distributions laid over each
        // other: overlap instead of side-by-side slots. Stacked segments (seats declared, to come, list) add up.
        boolean stacked = stacked(spec);
        chart.getStyler().setStacked(stacked);
        chart.getStyler().setOverlapped(!stacked && oneValuePerCategory(spec));
        // Value labels on the bars, except where error bars would strike through them (house effects) or a stack's
        // thin segments cannot hold them: the numbers are in the table under the chart. Inside the bars or above them:
        // BarLabels decides once the chart is laid out.
        if (spec.categories().size() <= 8 && !spec.zeroLine() && !stacked) {
            chart.getStyler().setLabelsVisible(true);
            chart.getStyler().setLabelsFont(size.text());
            // "<0.1", not "0.0", for a chance that rounds to nothing (Tables.tenths, through BarLabels.formatter).
            chart.setCustomYAxisTickLabelsFormatter(BarLabels.formatter(spec));
        }
        if (spec.id().equals("win-probability")
                || spec.id().equals("blocs")
                || spec.id().equals("runoff-pairs")) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(100.0);
        } else if (stacked) {
            // Whole seats: the axis reaches past the tallest stack and the highest range cap, on a whole number.
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(Math.ceil(1.08 * stackTop(spec)));
            chart.getStyler().setYAxisDecimalPattern("0");
            chart.getStyler().setMarkerSize((int) Math.round(10 * size.scale()));
        } else if (spec.zeroLine()) {
            // Effects either side of zero (house effects, in points): a symmetric axis of at least ±2 points. Fitted
            // to the bars, an axis blew rounding noise (±2.3e-6 with one poll a firm) up to two full-height bars.
            double far = spec.series().stream()
                    .flatMapToDouble(x -> java.util.stream.IntStream.range(0, x.y().length)
                            .mapToDouble(i -> Math.abs(x.y()[i]) + (x.error() == null ? 0 : x.error()[i])))
                    .filter(Double::isFinite)
                    .max()
                    .orElse(0);
            double span = Math.max(MIN_EFFECT_AXIS, far * 1.08);
            chart.getStyler().setYAxisMin(-span);
            chart.getStyler().setYAxisMax(span);
        } else {
            // XChart ends the axis at the tallest bar, which then touches the frame and reads as cut off (the
            // backtest's 3.05 under an axis ending at 3.0): a little headroom.
            double top = spec.series().stream()
                    .flatMapToDouble(x -> java.util.stream.IntStream.range(0, x.y().length)
                            .mapToDouble(i -> x.y()[i] + (x.error() == null ? 0 : x.error()[i])))
                    .max()
                    .orElse(0);
            if (top > 0) {
                chart.getStyler().setYAxisMax(top * 1.08);
            }
        }
        boolean single = oneValuePerCategory(spec);
        boolean labels = chart.getStyler().isLabelsVisible();
        for (ChartSpec.Series s : spec.series()) {
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (int i = 0; i < s.y().length; i++) {
                // In a one-bar-per-category chart, other series' empty slots are gaps, not bars labelled 0.0. A
                // labelled bar is drawn where its label tells it from a tick (BarLabels.drawn).
                boolean gap = gap(spec, s.y()[i]);
                y.add(gap ? null : labels ? BarLabels.drawn(s.y()[i]) : s.y()[i]);
                err.add(s.error() == null || gap ? 0 : s.error()[i]);
            }
            CategorySeries series = s.error() == null
                    ? chart.addSeries(ChartRenderer.legendLabel(s.name(), chart), names, y)
                    : chart.addSeries(ChartRenderer.legendLabel(s.name(), chart), names, y, err);
            series.setShowInLegend(s.inLegend());
            if (s.style().equals("range") || s.style().equals("cap")) {
                // A range over the stacks: drawn from zero like an overlapped series, not added onto them. "range"
                // is the whisker (y its middle, error its half-width: XChart's error bars are symmetric); "cap" a
                // short thick bar at each end, which stays visible where the whisker's thin line does not.
                Color ink = Palette.color(s.colour());
                series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
                series.setOverlapped(true);
                series.setMarker(s.style().equals("cap") ? new CapMarker() : SeriesMarkers.NONE);
                series.setMarkerColor(ink);
                series.setLineColor(ink);
                continue;
            }
            Color c = Palette.color(s.colour());
            series.setFillColor(
                    chart.getStyler().isOverlapped() && !single
                            ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 150)
                            : c);
            series.setLineColor(Palette.color(Colours.outline(s.colour())));
        }
        if (spec.zeroLine()) {
            chart.addAnnotation(new AnnotationLine(0, false, false));
        }
        return chart;
    }

    /**
     * The names with the widest in pixels made the longest in characters, with spaces after it (which draw nothing).
     * XChart makes room under the plot for the name with the most characters, not the widest: slanted or upright,
     * "Conservative v Cunningham" got the room of "Labour v Liberal Democrat", as many letters but narrower ones, and
     * lost the top of its last letter ("Cunninghan").
     */
    static List<String> widestLongest(List<String> names, ChartRenderer.Size size) {
        java.awt.Font font = size.text();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        int widest = 0;
        for (int i = 1; i < names.size(); i++) {
            if (font.getStringBounds(names.get(i), frc).getWidth()
                    > font.getStringBounds(names.get(widest), frc).getWidth()) {
                widest = i;
            }
        }
        int most = names.stream().mapToInt(String::length).max().orElse(0);
        int others = 0;
        for (int i = 0; i < names.size(); i++) {
            if (i != widest) {
                others = Math.max(others, names.get(i).length());
            }
        }
        if (names.get(widest).length() > others) {
            return names;
        }
        List<String> padded = new ArrayList<>(names);
        padded.set(
                widest, names.get(widest) + " ".repeat(most - names.get(widest).length() + 1));
        return padded;
    }

    /** How the names under the bars are drawn: at {@code degrees} from level, each in a slot {@code slot} px wide. */
    record NameAxis(int degrees, double slot) {}

    /**
     * The angle of the names under the bars, when a name does not fit level in its bar's slot: slanted, or upright
     * where even slanted they would touch (the perpendicular gap between two parallel names is the slot times the
     * sine of the angle). Germany's eleven pollsters ran into each other level ("Forschungsgruppe Wahlen" over YouGov
     * and Allensbach). Null when the names fit as they are, or the axis counts (seats), where XChart picks its ticks.
     * The plot's width is estimated before layout: the canvas less the padding, the y axis and a legend beside it.
     */
    static NameAxis nameAxis(ChartSpec spec, ChartRenderer.Size size) {
        List<String> names = spec.categories();
        if (names.isEmpty() || names.stream().allMatch(n -> n.matches("-?[0-9.]+"))) {
            return null;
        }
        java.awt.Graphics2D g =
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        java.awt.FontMetrics m = g.getFontMetrics(size.text());
        g.dispose();
        double legend = size.legendBelow()
                ? 0
                : spec.series().stream()
                                .filter(ChartSpec.Series::inLegend)
                                .mapToInt(x -> m.stringWidth(x.name()))
                                .max()
                                .orElse(-45)
                        + 45 * size.scale();
        double plot = size.width() - 28 * size.scale() - 70 * size.scale() - legend;
        double slot = plot / names.size();
        int widest = names.stream().mapToInt(m::stringWidth).max().orElse(0);
        if (!size.legendBelow() && widest + 10 * size.scale() <= slot) {
            return null;
        }
        int slant = size.legendBelow() ? 40 : 45;
        boolean slantFits = slot * Math.sin(Math.toRadians(slant)) >= 1.6 * m.getHeight();
        if (!slantFits) {
            return new NameAxis(90, slot);
        }
        // XChart leaves out a slanted name whose box, centred on its tick, would pass the canvas's right edge: the
        // phone's chance chart drew london-2028's fifth bar, "Liberal Democrat candidate", with no name. Steeper, the
        // box is narrower. The canvas keeps its padding: at the edge itself, the last letter was cut.
        double lastTick = size.width() - 14 * size.scale() - legend - slot / 2;
        int last = m.stringWidth(names.get(names.size() - 1));
        while (slant < 90
                && lastTick
                                + (last * Math.cos(Math.toRadians(slant))
                                                + m.getHeight() * Math.sin(Math.toRadians(slant)))
                                        / 2
                        > size.width() - 14 * size.scale()) {
            slant += 5;
        }
        return new NameAxis(slant, slot);
    }

    /**
     * Whether a value is no bar: NaN (a house effect on an option the firm did not poll), and in a one-bar-per-category
     * chart the other series' empty slots.
     */
    static boolean gap(ChartSpec spec, double y) {
        return Double.isNaN(y) || !present(spec, y) && oneValuePerCategory(spec);
    }

    /**
     * Whether a slot holds a value of its own. Zero is one in a chart of effects either side of zero (a house effect of
     * none), and elsewhere (a chance, a seat count) the empty slot of a series with one bar among many; NaN never is.
     */
    private static boolean present(ChartSpec spec, double y) {
        return !Double.isNaN(y) && (spec.zeroLine() || y != 0);
    }

    private static boolean stacked(ChartSpec spec) {
        return spec.series().stream().anyMatch(x -> x.style().equals("stacked"));
    }

    /** The highest point of a stacked chart: a category's stack, or the top of a range drawn over it. */
    static double stackTop(ChartSpec spec) {
        double top = 0;
        for (int c = 0; c < spec.categories().size(); c++) {
            double stack = 0;
            for (ChartSpec.Series s : spec.series()) {
                double y = s.y()[c];
                if (s.style().equals("stacked")) {
                    stack += y;
                } else {
                    top = Math.max(top, y + (s.error() == null ? 0 : s.error()[c]));
                }
            }
            top = Math.max(top, stack);
        }
        return top;
    }

    private static boolean oneValuePerCategory(ChartSpec spec) {
        if (spec.series().size() < 2) {
            return false;
        }
        for (int c = 0; c < spec.categories().size(); c++) {
            int present = 0;
            for (ChartSpec.Series s : spec.series()) {
                present += present(spec, s.y()[c]) ? 1 : 0;
            }
            if (present > 1) {
                return false;
            }
        }
        return true;
    }
}
