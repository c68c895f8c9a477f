package org.pollcast.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.ChartPart;

/**
 * A dated chart whose lines' names sit just right of the lines' ends, in a gutter between the plot and the legend.
 * XChart puts the legend right against the plot, so the names once had room only inside the plot: the date axis was
 * stretched past the last date by their width, and a report made on 4 December 2026 drew dates to 23 March 2027, as
 * if the chart showed months to come. Here the axis ends at the last date the chart shows (or at a marker past it,
 * polling day), and the chart is drawn twice: at full width for its title and legend; then, below the title and left
 * of the legend, without its legend and narrower by the names' width, for the plot and the names.
 *
 * <p>XChart keeps the bounds of its plot and legend to itself (package-private accessors): they are read by
 * reflection, and a release that renames them fails here, loudly, rather than drawing the names over the legend.
 */
final class EndLabelledChart extends XYChart {
    /** Space between a line's end and its name, and between the widest name and the legend, in pixels. */
    static final int LABEL_GAP = 8;

    /** How far, in pixels, a name must sit off its line's end for a leader to join them: less reads as beside it. */
    static final int LEADER_FROM = 4;

    private final FontMetrics metrics;
    /**
     * A line's name: its text on the chart, its width in pixels, where its line ends (date, height), the height it is
     * written at, the line's colour, and its centre on the date axis as {@link #placeNames} last set it.
     */
    private static final class EndLabel {
        final AnnotationText text;
        final int width;
        final double lineEnd;
        final double lineY;
        final double y;
        final Color colour;
        double x;

        EndLabel(AnnotationText text, int width, double lineEnd, double lineY, double y, Color colour) {
            this.text = text;
            this.width = width;
            this.lineEnd = lineEnd;
            this.lineY = lineY;
            this.y = y;
            this.colour = colour;
            this.x = lineEnd;
        }
    }

    private final List<EndLabel> names = new ArrayList<>();
    /** Every annotation (the names, markers such as polling day): none is drawn in the full-width pass. */
    private final List<Annotation> annotations = new ArrayList<>();

    private final List<Double> verticals = new ArrayList<>();

    EndLabelledChart(XYChartBuilder builder, Font labelFont) {
        super(builder);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        this.metrics = g.getFontMetrics(labelFont);
        g.dispose();
    }

    @Override
    public void addAnnotation(Annotation annotation) {
        super.addAnnotation(annotation);
        annotations.add(annotation);
    }

    /** Draws a dashed vertical line at {@code x} (a marker such as polling day), which no name crosses. */
    void addVerticalLine(double x) {
        addAnnotation(new AnnotationLine(x, true, false));
        verticals.add(x);
    }

    /**
     * Writes {@code name} at height {@code y} right of the line of colour {@code colour} that ends at ({@code lineEnd},
     * {@code lineY}); a name moved off its line's height (names kept apart) is joined to the line's end by a leader.
     */
    void addEndLabel(String name, double lineEnd, double y, double lineY, Color colour) {
        AnnotationText text = new AnnotationText(name, lineEnd, y, false);
        addAnnotation(text);
        names.add(new EndLabel(text, metrics.stringWidth(name), lineEnd, lineY, y, colour));
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (names.isEmpty() || !getStyler().isLegendVisible()) {
            super.paint(g, width, height);
            return;
        }
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            // 1. The whole chart at full width, legend on the right: its title (centred on the full plot, as a chart
            // without names has it) and its legend stay. Its annotations and grid are not drawn: the title's
            // descenders reach into the plot's top, which keeps this pass's pixels. XChart's legend bounds hold the
            // box's size; it is drawn 6 px from the right edge.
            java.awt.Color grid = getStyler().getPlotGridLinesColor();
            annotations.forEach(a -> a.setVisible(false));
            getStyler().setPlotGridLinesColor(getStyler().getPlotBackgroundColor());
            super.paint(g, width, height);
            getStyler().setPlotGridLinesColor(grid);
            annotations.forEach(a -> a.setVisible(true));
            Rectangle2D whole = bounds("getPlot");
            double legendX = width - bounds("getLegend").getWidth() - 6;
            int widest = names.stream().mapToInt(n -> n.width).max().orElse(0);
            // 2. Without the legend, as narrow as leaves the names their width before the legend's column: a first
            // guess, then narrower or wider by what the names overran or left (the dates spread as the plot narrows).
            getStyler().setLegendVisible(false);
            super.paint(scratch, width, height);
            double plotEnd = legendX - LABEL_GAP - widest - LABEL_GAP;
            int narrow = (int) Math.round(width - (bounds("getPlot").getMaxX() - plotEnd));
            for (int pass = 0; pass < 4; pass++) {
                super.paint(scratch, narrow, height);
                // The plot's own end counts too: where polling day lies past the data, the axis reaches it and the
                // names fit left of its line, inside the plot; fitting the names alone let the plot run under the
                // legend's column, where step 3 cuts it off with the polling-day line (a three-week campaign's
                // trend lost its line, a month's showed "Poll").
                double over = Math.max(placeNames(), bounds("getPlot").getMaxX()) - (legendX - LABEL_GAP);
                if (over <= 0 && over > -2) {
                    break;
                }
                narrow -= (int) Math.ceil(over);
            }
            // 3. That narrow chart over the full one's plot, axes and dates, left of the legend's column and below the
            // title: the plot ends at the last date, and the names sit between it and the legend.
            int top = (int) Math.ceil(whole.getY())
                    + g.getFontMetrics(getStyler().getChartTitleFont()).getDescent();
            int left = (int) Math.floor(legendX);
            g.setColor(getStyler().getChartBackgroundColor());
            g.fillRect(0, top, left, height - top);
            Graphics2D plot = (Graphics2D) g.create();
            plot.clipRect(0, top, left, height - top);
            super.paint(plot, narrow, height);
            drawLeaders(plot);
            plot.dispose();
        } finally {
            getStyler().setLegendVisible(true);
            annotations.forEach(a -> a.setVisible(true));
            scratch.dispose();
        }
    }

    /**
     * Sets each name's x for the chart as last painted, and returns the right end of the rightmost, in pixels. A name
     * starts its gap right of its line's end, or of a vertical line it would otherwise cross (polling day a week after
     * the last poll); XChart centres a text on its point, so the point is the name's own half width further.
     */
    private double placeNames() {
        double right = Double.NEGATIVE_INFINITY;
        for (EndLabel n : names) {
            double end = getScreenXFromChart(n.lineEnd);
            double start = end + LABEL_GAP;
            for (double v : verticals) {
                double at = getScreenXFromChart(v);
                if (at >= end - 1 && at < start + n.width) {
                    start = Math.max(start, at + LABEL_GAP);
                }
            }
            n.x = getChartXFromCoordinate((int) Math.round(start + n.width / 2.0));
            n.text.setX(n.x);
            right = Math.max(right, start + n.width);
        }
        return right;
    }

    /**
     * Joins each name moved off its line's height to the line's end, in the line's colour: names of lines ending close
     * together are kept a line apart, and Alberta's trend put "Liberal" (a line at 1%) beside the Alberta Party's line
     * at 3.3% and "Alberta Party" at 5.5%, where no line ended; the names' grey alone could not say whose each was.
     */
    private void drawLeaders(Graphics2D g) {
        Graphics2D pen = (Graphics2D) g.create();
        try {
            pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            pen.setStroke(new BasicStroke(1.2f));
            for (EndLabel n : names) {
                double fromY = getScreenYFromChart(n.lineY);
                double toY = getScreenYFromChart(n.y);
                if (Math.abs(toY - fromY) < LEADER_FROM) {
                    continue;
                }
                double fromX = getScreenXFromChart(n.lineEnd) + 2;
                double toX = getScreenXFromChart(n.x) - n.width / 2.0 - 2;
                pen.setColor(n.colour);
                pen.draw(new Line2D.Double(fromX, fromY, toX, toY));
            }
        } finally {
            pen.dispose();
        }
    }

    /** The bounds of a part of the chart as last painted: {@code getPlot} or {@code getLegend}. */
    private Rectangle2D bounds(String part) {
        try {
            Method m = Chart.class.getDeclaredMethod(part);
            m.setAccessible(true);
            return ((ChartPart) m.invoke(this)).getBounds();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("XChart's " + part + "() is not there to read the chart's layout: " + e, e);
        }
    }
}
