package org.pollcast.report;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
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
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font FOOTER = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartRenderer() {}

    private static final int FOOTER_HEIGHT = 30;

    /**
     * Writes {@code <id>.png} and {@code <id>.svg} into {@code dir}: the chart drawn into the top of the canvas
     * and the source footer in a strip below it, on the same Graphics2D for both formats.
     */
    public static void write(ChartSpec spec, Path dir) throws IOException {
        Chart<?, ?> chart = build(spec);
        Files.createDirectories(dir);
        ImageIO.write(image(chart, spec), "png", dir.resolve(spec.id() + ".png").toFile());
        VectorGraphics2D svg = new VectorGraphics2D();
        paint(chart, spec, svg);
        try (OutputStream out = Files.newOutputStream(dir.resolve(spec.id() + ".svg"))) {
            Processors.get("svg")
                    .getDocument(svg.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT))
                    .writeTo(out);
        }
    }

    /**
     * Writes only {@code <id>.png}: the report's charts. Their SVG would hold every letter as drawn outlines
     * (XChart draws text as shapes), hundreds of KB per chart and unreadable to screen readers; the page
     * carries the chart's words and numbers as HTML instead.
     */
    public static void writePng(ChartSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        ImageIO.write(
                image(build(spec), spec), "png", dir.resolve(spec.id() + ".png").toFile());
    }

    /** The chart as an image (what the PNG holds), e.g. to display in a notebook. */
    public static BufferedImage image(ChartSpec spec) {
        return image(build(spec), spec);
    }

    private static BufferedImage image(Chart<?, ?> chart, ChartSpec spec) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint(chart, spec, g);
        g.dispose();
        return image;
    }

    private static void paint(Chart<?, ?> chart, ChartSpec spec, Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        chart.paint(g, WIDTH, HEIGHT - FOOTER_HEIGHT);
        g.setColor(new Color(100, 100, 100));
        g.setFont(FOOTER);
        g.drawString(spec.footer(), 16, HEIGHT - 11);
    }

    static Chart<?, ?> build(ChartSpec spec) {
        return spec.kind().equals("category") ? category(spec) : xy(spec);
    }

    private static XYChart xy(ChartSpec spec) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(spec.title())
                .xAxisTitle(spec.xLabel())
                .yAxisTitle(spec.yLabel())
                .build();
        style(chart.getStyler());
        chart.getStyler().setDatePattern("d MMM yyyy");
        chart.getStyler().setXAxisLabelRotation(0);
        if (spec.yLabel().contains("%")) {
            chart.getStyler().setYAxisMin(0.0); // shares and probabilities are never negative
        }
        if (!spec.dateAxis()) {
            chart.getStyler().setXAxisDecimalPattern("0");
        }
        for (ChartSpec.Series s : spec.series()) {
            XYSeries series;
            if (spec.dateAxis()) {
                List<Date> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (int i = 0; i < s.x().length; i++) {
                    x.add(new Date((long) (s.x()[i] * 86_400_000d)));
                    y.add(s.y()[i]);
                }
                series = chart.addSeries(s.name(), x, y);
            } else {
                series = s.error() == null
                        ? chart.addSeries(s.name(), s.x(), s.y())
                        : chart.addSeries(s.name(), s.x(), s.y(), s.error());
            }
            Color colour = Palette.color(s.colour());
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            series.setShowInLegend(s.inLegend());
            switch (s.style()) {
                case "dots" -> {
                    series.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
                    series.setMarker(marker(s.marker()));
                }
                case "dashed" -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(
                            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f));
                }
                default -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(2.6f));
                }
            }
        }
        for (ChartSpec.Marker m : spec.markers()) {
            double x = spec.dateAxis() ? m.x() * 86_400_000d : m.x();
            chart.addAnnotation(new AnnotationLine(x, true, false));
            if (!m.label().isEmpty()) {
                // Left of the line, so a label at the right edge is not cut off.
                double shift = spec.dateAxis() ? 9 * 86_400_000d : 3;
                chart.addAnnotation(new AnnotationText(m.label(), x - shift, yTop(spec), false));
            }
        }
        if (spec.zeroLine()) {
            chart.addAnnotation(new AnnotationLine(0, false, false));
        }
        return chart;
    }

    private static CategoryChart category(ChartSpec spec) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(spec.title())
                .xAxisTitle(spec.xLabel())
                .yAxisTitle(spec.yLabel())
                .build();
        style(chart.getStyler());
        // One bar per category (a series per candidate, each with one value) or distributions laid over each
        // other: overlap instead of side-by-side slots.
        chart.getStyler().setOverlapped(oneValuePerCategory(spec));
        if (spec.categories().size() <= 8) {
            chart.getStyler().setLabelsVisible(true);
            chart.getStyler().setLabelsFont(TEXT);
            chart.getStyler().setDecimalPattern("0.0");
        }
        if (spec.id().equals("win-probability")
                || spec.id().equals("blocs")
                || spec.id().equals("runoff-pairs")) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(100.0);
        }
        boolean single = oneValuePerCategory(spec);
        for (ChartSpec.Series s : spec.series()) {
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (int i = 0; i < s.y().length; i++) {
                // In a one-bar-per-category chart, other series' empty slots are gaps, not bars labelled 0.0.
                y.add(single && s.y()[i] == 0 ? null : s.y()[i]);
                err.add(s.error() == null ? 0 : s.error()[i]);
            }
            CategorySeries series = s.error() == null
                    ? chart.addSeries(s.name(), spec.categories(), y)
                    : chart.addSeries(s.name(), spec.categories(), y, err);
            Color c = Palette.color(s.colour());
            series.setFillColor(
                    chart.getStyler().isOverlapped() && !single
                            ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 150)
                            : c);
            series.setLineColor(c);
            series.setShowInLegend(s.inLegend());
        }
        if (spec.zeroLine()) {
            chart.addAnnotation(new AnnotationLine(0, false, false));
        }
        return chart;
    }

    private static boolean oneValuePerCategory(ChartSpec spec) {
        if (spec.series().size() < 2) {
            return false;
        }
        for (int c = 0; c < spec.categories().size(); c++) {
            int nonZero = 0;
            for (ChartSpec.Series s : spec.series()) {
                nonZero += s.y()[c] != 0 ? 1 : 0;
            }
            if (nonZero > 1) {
                return false;
            }
        }
        return true;
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(TITLE);
        s.setChartTitleBoxVisible(false);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendFont(TEXT);
        s.setAnnotationTextFont(FOOTER);
        s.setAnnotationTextPanelFont(FOOTER);
        s.setAnnotationTextPanelBorderColor(Color.WHITE);
        s.setAnnotationTextPanelBackgroundColor(new Color(255, 255, 255, 0));
        s.setAnnotationTextPanelFontColor(new Color(90, 90, 90));
        s.setAnnotationTextFontColor(new Color(60, 60, 60));
        s.setAnnotationLineColor(new Color(70, 70, 70));
        s.setAnnotationLineStroke(
                new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        s.setChartPadding(14);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setPlotGridLinesColor(new Color(225, 225, 225));
            a.setAxisTitleFont(TEXT);
            a.setAxisTickLabelsFont(TEXT);
            a.setAxisTickMarksColor(new Color(160, 160, 160));
            a.setErrorBarsColorSeriesColor(true);
        }
    }

    private static double yTop(ChartSpec spec) {
        double max = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Series s : spec.series()) {
            for (double v : s.y()) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static org.knowm.xchart.style.markers.Marker marker(String name) {
        return switch (name == null ? "" : name) {
            case "square" -> SeriesMarkers.SQUARE;
            case "diamond" -> SeriesMarkers.DIAMOND;
            case "triangle" -> SeriesMarkers.TRIANGLE_UP;
            case "triangle-down" -> SeriesMarkers.TRIANGLE_DOWN;
            case "cross" -> SeriesMarkers.CROSS;
            case "plus" -> SeriesMarkers.PLUS;
            default -> SeriesMarkers.CIRCLE;
        };
    }
}
