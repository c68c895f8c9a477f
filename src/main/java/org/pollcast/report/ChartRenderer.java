package org.pollcast.report;

import com.pngencoder.PngEncoder;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartSpec} with XChart: one house style (white background, light grid, legend at the
 * bottom, a source footer), party colours from the spec, PNG at 1200 × 675 (16:9, for social posts) and SVG
 * (through VectorGraphics2D, for the web).
 */
public final class ChartRenderer {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 675;

    /**
     * A canvas: pixels, how much larger than the social size the letters are, and whether it is for a phone:
     * then the legend goes below the plot, one entry a line, and the title and the names at the lines' ends are
     * left out (the page's caption carries the title; long names at large size would run off a narrow plot).
     */
    public record Size(int width, int height, double scale, boolean legendBelow) {
        /** 16:9 for social posts and wide screens. */
        public static final Size SOCIAL = new Size(WIDTH, HEIGHT, 1, false);
        /**
         * For a phone: shown about 360 px wide, so drawn at 720 with letters 1.7 times as large, which land at
         * about 12 px on the screen instead of 4.
         */
        public static final Size PHONE = new Size(720, 1000, 1.7, true);

        Font title() {
            return new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(22 * scale));
        }

        Font text() {
            return new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * scale));
        }

        Font small() {
            return new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * scale));
        }

        int footerHeight() {
            return (int) Math.round(30 * scale);
        }
    }

    private ChartRenderer() {}

    /**
     * Writes {@code <id>.png} and {@code <id>.svg} into {@code dir}: the chart drawn into the top of the canvas
     * and the source footer in a strip below it, on the same Graphics2D for both formats.
     */
    public static void write(ChartSpec spec, Path dir) throws IOException {
        Chart<?, ?> chart = build(spec, Size.SOCIAL);
        Files.createDirectories(dir);
        writePng(image(chart, spec, Size.SOCIAL), dir.resolve(spec.id() + ".png"));
        VectorGraphics2D svg = new VectorGraphics2D();
        paint(chart, spec, svg, Size.SOCIAL);
        try (OutputStream out = Files.newOutputStream(dir.resolve(spec.id() + ".svg"))) {
            Processors.get("svg")
                    .getDocument(svg.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT))
                    .writeTo(out);
        }
    }

    /**
     * Writes only PNGs, {@code <id>.png} and {@code <id>-phone.png}: the report's charts. Their SVG would hold every letter as drawn outlines
     * (XChart draws text as shapes), hundreds of KB per chart and unreadable to screen readers; the page
     * carries the chart's words and numbers as HTML instead.
     */
    public static void writePng(ChartSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        writePng(image(spec, Size.SOCIAL), dir.resolve(spec.id() + ".png"));
        writePng(image(spec, Size.PHONE), dir.resolve(spec.id() + "-phone.png"));
    }

    /**
     * The image as a PNG file, by pngencoder rather than ImageIO: ImageIO's writer fetches the pixels through the
     * raster's sample model one by one and tries each of PNG's five row filters on every row, and it took two
     * thirds of the time of drawing and writing a report's charts. pngencoder reads the image's pixel array
     * directly and compresses at zlib's default level without row filters, which suits a chart's flat areas: the
     * 20 images of the London 2012 report in 226 ms against ImageIO's 488 ms, in 1,106 KB against 1,149 KB
     * (measured on 7 December 2026). One thread, so a file's bytes never depend on the machine, and the
     * simulation's threads are not competed with.
     */
    private static void writePng(BufferedImage image, Path file) throws IOException {
        new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(6)
                .withMultiThreadedCompressionEnabled(false)
                .toFile(file);
    }

    /** The chart as an image (what the PNG holds), e.g. to display in a notebook. */
    public static BufferedImage image(ChartSpec spec) {
        return image(spec, Size.SOCIAL);
    }

    /** The chart drawn on a canvas of {@code size}. */
    public static BufferedImage image(ChartSpec spec, Size size) {
        return image(build(spec, size), spec, size);
    }

    static BufferedImage image(Chart<?, ?> chart, ChartSpec spec, Size size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint(chart, spec, g, size);
        g.dispose();
        return image;
    }

    private static void paint(Chart<?, ?> chart, ChartSpec spec, Graphics2D g, Size size) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.width(), size.height());
        g.setFont(size.small());
        java.awt.FontMetrics m = g.getFontMetrics();
        List<String> lines = footerLines(spec.footer(), m, size.width() - 32);
        int lineHeight = m.getHeight();
        int strip = size.footerHeight() + (lines.size() - 1) * lineHeight;
        fitAxisTitles(chart, spec, size, size.height() - strip);
        fitTitle(chart, spec, size);
        if (chart instanceof CategoryChart bars) {
            BarLabels.place(bars, spec, size, size.width(), size.height() - strip);
        }
        chart.paint(g, size.width(), size.height() - strip);
        g.setColor(new Color(100, 100, 100));
        g.setFont(size.small());
        int baseline = size.height() - (int) Math.round(11 * size.scale()) - (lines.size() - 1) * lineHeight;
        for (String line : lines) {
            g.drawString(line, 16, baseline);
            baseline += lineHeight;
        }
    }

    /**
     * Past this many lines a footer is cut with an ellipsis: a source note runs to four lines at a phone's size
     * (Germany's, naming its polls, the parties no poll names and the age of the newest), so only a runaway text is.
     */
    static final int MOST_FOOTER_LINES = 6;

    /**
     * The source footer wrapped into as many lines as it needs, each broken at the last space that fits and without a
     * " · " separator dangling at either end of a line: a forecast's source note names its polls, its correction and
     * its age, and a reader of a chart shared alone should see all of it. Two lines, the second cut with an ellipsis,
     * left a phone's seat chart without the seed and the note's end. A word wider than the line is broken where the
     * line ends. Only beyond {@link #MOST_FOOTER_LINES} is the last line cut.
     */
    static List<String> footerLines(String text, java.awt.FontMetrics m, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (lines.size() == MOST_FOOTER_LINES - 1) {
                lines.add(fit(rest, m, width));
                break;
            }
            int cut = breakAt(rest, m, width);
            lines.add(trimSeparator(rest.substring(0, cut).strip(), true));
            rest = trimSeparator(rest.substring(cut).strip(), false);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** Where a line of {@code text} ends: all of it when it fits, else at the last space that fits, else mid-word. */
    private static int breakAt(String text, java.awt.FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text.length();
        }
        int cut = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (m.stringWidth(text.substring(0, i)) > width) {
                break;
            }
            cut = i;
        }
        if (cut > 0) {
            return cut;
        }
        int end = 1;
        while (end < text.length() && m.stringWidth(text.substring(0, end + 1)) <= width) {
            end++;
        }
        return end;
    }

    /** A line without the " · " separator at its end ({@code atEnd}) or its start: the line break separates. */
    private static String trimSeparator(String line, boolean atEnd) {
        if (atEnd && line.endsWith(" ·")) {
            return line.substring(0, line.length() - 1).strip();
        }
        if (!atEnd && line.startsWith("· ")) {
            return line.substring(1).strip();
        }
        return line;
    }

    /** {@code text} cut with an ellipsis to fit {@code width} pixels: a long source note must not run off the image. */
    static String fit(String text, java.awt.FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && m.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    static Chart<?, ?> build(ChartSpec spec, Size size) {
        return spec.kind().equals("category") ? BarCharts.category(spec, size) : xy(spec, size);
    }

    /**
     * Where a percentage axis starts: at 0, but for a chart over time whose every line stays above {@value
     * #ZOOM_ABOVE}% (a two-way race at 45 to 50), at the first multiple of 5 at least 2 points below its lowest value:
     * from 0, the lines of the race that moved lay flat across the top of the chart. Bars, distributions and chances
     * always start at 0.
     */
    static double lowestShown(ChartSpec spec) {
        String label = spec.yLabel().toLowerCase(Locale.ROOT);
        // Chances keep their 0: a close race's 40 to 60 on an axis from 35 would look a rout.
        if (!spec.dateAxis() || label.contains("chance") || label.contains("probability")) {
            return 0;
        }
        double low = Double.POSITIVE_INFINITY;
        for (ChartSpec.Series series : spec.series()) {
            for (int i = 0; i < series.y().length; i++) {
                double e = series.error() == null ? 0 : series.error()[i];
                if (Double.isFinite(series.y()[i])) {
                    low = Math.min(low, series.y()[i] - (Double.isFinite(e) ? e : 0));
                }
            }
        }
        return low > ZOOM_ABOVE && Double.isFinite(low) ? 5 * Math.floor((low - 2) / 5) : 0;
    }

    /** A chart over time whose every line stays above this share (percent) starts its axis near them. */
    static final double ZOOM_ABOVE = 25;

    private static XYChart xy(ChartSpec spec, Size size) {
        EndLabelledChart chart = new EndLabelledChart(
                new XYChartBuilder()
                        .width(size.width())
                        .height(size.height())
                        .title(size.legendBelow() ? "" : spec.title())
                        .xAxisTitle(spec.xLabel())
                        .yAxisTitle(spec.yLabel()),
                size.small());
        style(chart.getStyler(), size);
        chart.getStyler().setXAxisLabelRotation(0);
        double axisFloor = lowestShown(spec);
        if (spec.yLabel().contains("%")) {
            // Never below 0 (shares and chances are not negative); above it for a race of shares far from 0.
            chart.getStyler().setYAxisMin(axisFloor);
        }
        double[] range = xRange(spec);
        // A marker past the data (polling day, a week after a forecast's as-of date) is inside the axis: XChart draws
        // an annotation line where its x falls, past the plot and over the legend when the axis ends before it.
        double axisEnd = spec.dateAxis() ? markersEnd(spec, range) : range[1];
        if (spec.dateAxis()) {
            chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.round(110 * size.scale()));
            // Dates as numbers (epoch days) with dates for labels: XChart's own date axis puts ticks at uneven
            // calendar steps; on numbers the ticks fall at even steps.
            // Short labels on a phone: at its letter size a full date does not fit between two ticks. The day stays
            // unless the ticks are surely a month or more apart: with the month alone, ticks weeks apart were
            // labelled alike ("Feb '24", "Feb '24"), and over a fortnight XChart, finding every label the same,
            // drew none.
            double days = axisEnd - range[0];
            boolean phone = size.legendBelow();
            if (phone) {
                // XChart spaces date ticks for the social size; slanted, a phone's labels do not collide.
                chart.getStyler().setXAxisLabelRotation(40);
            }
            chart.setCustomXAxisTickLabelsFormatter(d -> dateTick(d, days, phone));
        } else {
            // Whole numbers at even steps: with bins centred on half points XChart picked steps of 1.5
            // and printed them rounded (1, 3, 4, 6, ...). An axis that counts (constituencies declared) is labelled
            // in whole numbers only: under "0.#", one to three declarations were ticked at half steps (0.5, 1.5,
            // ...); under "0" a half step would print two ticks alike, which XChart refuses, widening the step.
            chart.getStyler().setXAxisDecimalPattern(countsOnX(spec) ? "0" : "0.#");
            chart.getStyler().setXAxisMin(Math.floor(range[0] / 5) * 5);
            // A short count ends at its last value: a night of 14 declarations drew an axis to 15, a declaration that
            // does not exist. A long one (73) keeps the round end, or XChart ticks it every 2, 37 labels.
            // A marker past the data (half the vote, where no simulated share reaches it) is inside the axis too:
            // France 2022's first round, none above 45%, drew its "50%: outright win" line past the plot's end, its
            // label cut by the canvas's edge on a phone.
            double end = markersEnd(spec, range);
            chart.getStyler().setXAxisMax(countsOnX(spec) && end <= 20 ? end : Math.ceil(end / 5) * 5);
            chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.round(90 * size.scale()));
        }
        List<double[]> labelAt = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        // Each name's line: where it ends (before the names are moved apart) and its colour, for the leader.
        List<double[]> lineAt = new ArrayList<>();
        List<Color> lineColours = new ArrayList<>();
        for (ChartSpec.Series s : spec.series()) {
            XYSeries series = s.error() == null
                    ? chart.addSeries(legendLabel(s.name(), chart), s.x(), s.y())
                    : chart.addSeries(legendLabel(s.name(), chart), s.x(), s.y(), s.error());
            // Lines and dots in a pale party colour get its darker shade, so they stand out on white (3:1).
            Color ink = Palette.color(Colours.outline(s.colour()));
            series.setLineColor(ink);
            series.setMarkerColor(ink);
            series.setShowInLegend(s.inLegend());
            switch (s.style()) {
                case "dots" -> {
                    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    series.setMarker(marker(s.marker()));
                }
                case "band", "band50" -> {
                    Color c = Palette.color(s.colour());
                    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                    series.setFillColor(new Color(
                            c.getRed(), c.getGreen(), c.getBlue(), s.style().equals("band") ? 40 : 70));
                    series.setLineColor(new Color(0, 0, 0, 0));
                    series.setMarker(SeriesMarkers.NONE);
                }
                case "dashed" -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(
                            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f));
                }
                default -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(2.6f));
                    // A line whose peak runs off a capped axis is named in the legend alone: its name over the
                    // axis's top stood over the value axis's labels when the peak was at 0 seats.
                    if (s.inLegend() && s.x().length > 1 && !size.legendBelow() && !DirectLabels.offScale(spec, s)) {
                        double[] at = DirectLabels.labelPoint(spec, s, range);
                        labelAt.add(at);
                        lineAt.add(at.clone());
                        lineColours.add(Palette.color(s.colour()));
                        labels.add(s.name());
                    }
                }
            }
        }
        if (spec.dateAxis()) {
            // A line's height apart on the axis as drawn, which may start above 0 (lowestShown).
            DirectLabels.separate(labelAt, 0.045 * (yTop(spec) - axisFloor));
        } else {
            // Moved inside first: a name moved in after the lifting was decided could land on a neighbour's (review).
            keepPeakNamesInside(chart, size, labels, labelAt);
            DirectLabels.unclutterPeaks(labelAt, 0.14 * (range[1] - range[0]), 0.05 * yTop(spec));
        }
        double labelTop = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            if (spec.dateAxis()) {
                chart.addEndLabel(
                        labels.get(i), labelAt.get(i)[0], labelAt.get(i)[1], lineAt.get(i)[1], lineColours.get(i));
            } else {
                chart.addAnnotation(new AnnotationText(labels.get(i), labelAt.get(i)[0], labelAt.get(i)[1], false));
            }
            labelTop = Math.max(labelTop, labelAt.get(i)[1]);
        }
        if (!spec.dateAxis() && labelTop > Double.NEGATIVE_INFINITY) {
            // Names above the peaks, one moved up a line where peaks crowd: the axis must reach past them, or XChart
            // ends it at the tallest peak and draws the names over the title.
            // Nor may it end below a shaded band's top: the night's 90% band before the first declaration reaches
            // past the name over its line, and was cut flat there (Khan's 49.1 drawn at about 48).
            chart.getStyler().setYAxisMax(Math.max(labelTop + 0.05 * yTop(spec), yTop(spec)));
        } else if (!Double.isNaN(spec.yCap())) {
            // No names over the peaks (a phone's legend is below the plot): the cap alone ends the axis.
            chart.getStyler().setYAxisMax(yTop(spec));
        }
        if (spec.dateAxis() && range[1] - range[0] < 1) {
            // Runs minutes apart (a test, a re-run): the whole day, so the axis has ticks to label.
            chart.getStyler().setXAxisMin(Math.floor(range[0]));
            chart.getStyler().setXAxisMax(Math.floor(range[0]) + 1.2);
        } else if (spec.dateAxis()) {
            // The axis ends at the last date the chart shows, or at a marker past it: the lines' names go in a
            // gutter beyond it (EndLabelledChart), not in months of axis that no line reaches.
            chart.getStyler().setXAxisMin(range[0]);
            chart.getStyler().setXAxisMax(axisEnd);
        }
        for (ChartSpec.Marker m : spec.markers()) {
            chart.addVerticalLine(m.x());
            if (!m.label().isEmpty()) {
                // Left of the line, so a label at the right edge is not cut off.
                double shift = spec.dateAxis() ? 0.04 * (range[1] - range[0]) : 3;
                chart.addAnnotation(new AnnotationText(m.label(), m.x() - shift, yTop(spec), false));
            }
        }
        if (spec.zeroLine()) {
            chart.addAnnotation(new AnnotationLine(0, false, false));
        }
        return chart;
    }

    /**
     * A name over a peak is centred on it: over a peak at the axis's end (a small party's likeliest 0 seats) half of it
     * fell off the plot, "Liberal Democrats" printed over the value axis's labels as "beral Democrats" (the Senedd's
     * seats chart). Each name is moved in just far enough to stay whole; its width on the axis is the name's in the
     * annotation font over the plot's width, taken as {@value #PLOT_SHARE} of the chart's (the legend and the value
     * axis take the rest), so a name may sit a little further in than it need.
     */
    static void keepPeakNamesInside(XYChart chart, Size size, List<String> labels, List<double[]> labelAt) {
        Double min = chart.getStyler().getXAxisMin();
        Double max = chart.getStyler().getXAxisMax();
        if (min == null || max == null || !(max > min) || labels.isEmpty()) {
            return;
        }
        // Measured as the legend's and the axis titles' widths are (no image drawn to ask): a plain context, as an
        // image's own graphics would give.
        Font font = chart.getStyler().getAnnotationTextFont();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, false);
        double perPixel = (max - min) / (PLOT_SHARE * size.width());
        for (int i = 0; i < labels.size(); i++) {
            double half = font.getStringBounds(labels.get(i), frc).getWidth() / 2.0 * perPixel;
            labelAt.get(i)[0] = DirectLabels.inside(labelAt.get(i)[0], half, min, max);
        }
    }

    /** The share of a chart's width its plot takes beside a legend on the right and the value axis's labels. */
    static final double PLOT_SHARE = 0.72;

    /**
     * Where an axis must reach: the data's end, or a little past the last marker beyond it (room for the line and
     * its label, which sits left of it).
     */
    private static double markersEnd(ChartSpec spec, double[] range) {
        double end = range[1];
        for (ChartSpec.Marker m : spec.markers()) {
            if (m.x() > end) {
                end = m.x() + 0.03 * (m.x() - range[0]);
            }
        }
        return end;
    }

    /** Whether every x of the chart is a whole number: the axis counts something (declarations), and has no half. */
    static boolean countsOnX(ChartSpec spec) {
        return spec.series().stream()
                .filter(s -> s.x() != null)
                .flatMapToDouble(s -> Arrays.stream(s.x()))
                .allMatch(x -> Double.isFinite(x) && x == Math.rint(x));
    }

    private static double[] xRange(ChartSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Series s : spec.series()) {
            for (double x : s.x() == null ? new double[0] : s.x()) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi == lo ? lo + 1 : hi};
    }

    /**
     * A series' name as its legend entry: broken at spaces into lines when wider than the legend allows. XChart cuts a
     * legend entry wider than 45% of the chart with an ellipsis, and a phone's legend, below the plot in letters 1.7
     * times as large, read "Liberal Democrat candida…" (london-2028's trend); it draws each line of a name that has
     * several. A single word too wide stays whole, for XChart to cut.
     */
    static String legendLabel(String name, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        java.awt.Font font = chart.getStyler().getLegendFont();
        double room = 0.45 * chart.getWidth();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        if (font.getStringBounds(name, frc).getWidth() <= room) {
            return name;
        }
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringBounds(longer, frc).getWidth() > room) {
                lines.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return lines.append(line).toString();
    }

    /**
     * The axis titles' letters made smaller, never below 70%, when a title is longer than its axis: XChart draws each
     * on one line, and a phone's run-off chart lost its x title's end ("...of the two finalists' votes (%" ran off
     * the image) and its chance chart its y title's ("± Monte Carlo standard e" at the top). Measured before XChart
     * lays the chart out, so the axes' lengths are estimated: the x title is centred under the plot, about four
     * fifths of the canvas wide; the y title beside the plot, which is the chart's height ({@code chartHeight}, the
     * canvas less the footer) less the names or dates under it, the x title, a legend below, the title and padding.
     */
    static void fitAxisTitles(Chart<?, ?> chart, ChartSpec spec, Size size, int chartHeight) {
        if (!(chart.getStyler() instanceof org.knowm.xchart.style.AxesChartStyler styler)) {
            return;
        }
        // From the size's own letters, not the styler's, so that painting twice (PNG, then SVG) shrinks once.
        Font font = size.text();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        double line = font.getStringBounds("Xg", frc).getHeight();
        Font ticks = styler.getAxisTickLabelsFont();
        List<String> names = chart instanceof CategoryChart ? spec.categories() : List.of("Sept '26");
        double widest = names.stream()
                .mapToDouble(n -> ticks.getStringBounds(n, frc).getWidth())
                .max()
                .orElse(0);
        double angle = Math.toRadians(styler.getXAxisLabelRotation());
        double under = widest * Math.sin(angle) + line * (1 + Math.cos(angle));
        double legend = 0;
        if (size.legendBelow()) {
            Font legendFont = styler.getLegendFont();
            legend = spec.series().stream()
                            .filter(ChartSpec.Series::inLegend)
                            .mapToDouble(x -> legendLabel(x.name(), chart).split("\n").length)
                            .sum()
                    * 1.25
                    * legendFont.getStringBounds("Xg", frc).getHeight();
        }
        double title = size.legendBelow() || spec.title().isEmpty()
                ? 0
                : 2 * size.title().getSize2D();
        double yRoom = chartHeight - under - legend - title - 4 * styler.getChartPadding();
        double scale = Math.min(
                1,
                Math.min(
                        0.8
                                * size.width()
                                / font.getStringBounds(spec.xLabel() + " ", frc).getWidth(),
                        yRoom / font.getStringBounds(spec.yLabel() + " ", frc).getWidth()));
        if (scale < 1) {
            styler.setAxisTitleFont(font.deriveFont((float) (font.getSize2D() * Math.max(0.7, scale))));
        }
    }

    /**
     * The title's letters made smaller, never below 60%, when it is wider than the plot it is centred over (about four
     * fifths of the canvas, the legend beside it): XChart draws it on one line, and the second round's title of two
     * full names ("Second round, Luiz Inácio Lula da Silva v Jair Bolsonaro: Luiz Inácio Lula da Silva's share") lost
     * its first words off the image's left edge. A phone's chart has no title (its page's caption carries it).
     */
    static void fitTitle(Chart<?, ?> chart, ChartSpec spec, Size size) {
        if (size.legendBelow() || spec.title().isEmpty()) {
            return;
        }
        Font font = size.title();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, false);
        double width = font.getStringBounds(spec.title() + " ", frc).getWidth();
        // The plot, which the title is centred over, is what the legend beside it leaves: a consortium's name in the
        // legend (Korea's "Embrain Public, Kstat Research, Korea Research, Hankook Research") left it far less than
        // four fifths of the canvas, and the title's first letters ran off the left edge.
        double widest = spec.series().stream()
                .filter(ChartSpec.Series::inLegend)
                .mapToDouble(s -> size.text().getStringBounds(s.name(), frc).getWidth())
                .max()
                .orElse(0);
        double room = Math.min(
                0.8 * size.width(), size.width() - widest - 4 * size.text().getSize2D());
        double scale = room / width;
        if (scale < 1) {
            chart.getStyler().setChartTitleFont(font.deriveFont((float) (font.getSize2D() * Math.max(0.6, scale))));
        }
    }

    static void style(Styler s, Size size) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(size.title());
        s.setChartTitleBoxVisible(false);
        s.setLegendPosition(size.legendBelow() ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendFont(size.text());
        s.setAnnotationTextFont(size.small());
        s.setAnnotationTextPanelFont(size.small());
        s.setAnnotationTextPanelBorderColor(Color.WHITE);
        s.setAnnotationTextPanelBackgroundColor(new Color(255, 255, 255, 0));
        s.setAnnotationTextPanelFontColor(new Color(90, 90, 90));
        s.setAnnotationTextFontColor(new Color(60, 60, 60));
        s.setAnnotationLineColor(new Color(70, 70, 70));
        s.setAnnotationLineStroke(
                new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        s.setChartPadding((int) Math.round(14 * size.scale()));
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setPlotGridLinesColor(new Color(225, 225, 225));
            a.setAxisTitleFont(size.text());
            a.setAxisTickLabelsFont(size.text());
            // The y ticks spaced for the letters (style runs once a chart): XChart's hint is in pixels of its own
            // letter size, so a phone's chart, drawn with letters 1.7 times as large, ticked a race's shares every 2
            // points, 25 labels down the axis.
            a.setYAxisTickMarkSpacingHint((int) Math.round(a.getYAxisTickMarkSpacingHint() * size.scale()));
            a.setAxisTickMarksColor(new Color(160, 160, 160));
            a.setErrorBarsColorSeriesColor(true);
        }
    }

    static double yTop(ChartSpec spec) {
        double max = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Series s : spec.series()) {
            for (double v : s.y()) {
                max = Math.max(max, v);
            }
        }
        return Double.isNaN(spec.yCap()) ? max : Math.min(max, spec.yCap());
    }

    static org.knowm.xchart.style.markers.Marker marker(String name) {
        return switch (name == null ? "" : name) {
            case "square" -> SeriesMarkers.SQUARE;
            case "diamond" -> SeriesMarkers.DIAMOND;
            case "triangle" -> SeriesMarkers.TRIANGLE_UP;
            case "triangle-down" -> SeriesMarkers.TRIANGLE_DOWN;
            case "cross" -> SeriesMarkers.CROSS;
            case "plus" -> SeriesMarkers.PLUS;
            case "open-circle" -> new OpenMarker(OpenMarker.Kind.CIRCLE);
            case "open-square" -> new OpenMarker(OpenMarker.Kind.SQUARE);
            case "open-diamond" -> new OpenMarker(OpenMarker.Kind.DIAMOND);
            case "open-triangle" -> new OpenMarker(OpenMarker.Kind.TRIANGLE);
            case "open-triangle-down" -> new OpenMarker(OpenMarker.Kind.TRIANGLE_DOWN);
            case "asterisk" -> new OpenMarker(OpenMarker.Kind.ASTERISK);
            default -> SeriesMarkers.CIRCLE;
        };
    }

    /**
     * The label of a date axis's tick at {@code epochDays} on an axis {@code days} long. Under ten days a tick may
     * fall within a day (the runs of one night), so its time is shown; but a tick at midnight is a day, and is
     * labelled by its date: a campaign of a week's polls (New York 2021's five, 14 to 20 June) was labelled "00:00"
     * at every tick of the phone's chart, with no date at all, and "14 Jun 00:00" on the wide one.
     */
    static String dateTick(double epochDays, double days, boolean phone) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.round(epochDays * 86_400), 0, ZoneOffset.UTC);
        String pattern;
        if (days < 10) {
            boolean midnight = t.toLocalTime().equals(LocalTime.MIDNIGHT);
            pattern = midnight ? "d MMM" : phone ? "HH:mm" : "d MMM HH:mm";
        } else {
            pattern = phone ? (days > 366 ? "MMM ''yy" : "d MMM ''yy") : "d MMM yyyy";
        }
        return t.format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
    }
}
