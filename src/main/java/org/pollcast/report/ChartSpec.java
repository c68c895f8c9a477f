package org.pollcast.report;

import java.util.List;

/**
 * The data behind one chart, independent of how it is drawn: what tests check. {@code kind} is
 * {@code xy} (numeric or date x, as epoch days) or {@code category} (bars over {@link #categories}).
 *
 * @param markers vertical reference lines (x value and label), e.g. election day or 50%
 * @param zeroLine draw a horizontal line at y = 0
 * @param yCap where the value axis ends though some values run past it (NaN: at the largest value); the values
 *     themselves are kept whole, for the chart's table and alt text
 */
public record ChartSpec(
        String id,
        String kind,
        String title,
        String footer,
        String xLabel,
        String yLabel,
        List<String> categories,
        List<Series> series,
        List<Marker> markers,
        boolean zeroLine,
        boolean dateAxis,
        double yCap) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }

    /** A chart whose value axis reaches its largest value. */
    public ChartSpec(
            String id,
            String kind,
            String title,
            String footer,
            String xLabel,
            String yLabel,
            List<String> categories,
            List<Series> series,
            List<Marker> markers,
            boolean zeroLine,
            boolean dateAxis) {
        this(id, kind, title, footer, xLabel, yLabel, categories, series, markers, zeroLine, dateAxis, Double.NaN);
    }

    /**
     * One series: {@code style} is {@code line}, {@code dashed}, {@code dots} or {@code bars}; in a category chart
     * also {@code stacked} (bar segments that add up, in the order given), {@code range} (a whisker over the
     * stacks: {@code y} its middle, {@code error} its half-width) and {@code cap} (a short thick bar at {@code y},
     * for a range's ends); {@code error} is the half-width of an error bar per point, or null; {@code marker} a
     * marker shape name for dots.
     */
    public record Series(
            String name,
            String colour,
            double[] x,
            double[] y,
            double[] error,
            String style,
            String marker,
            boolean inLegend) {}

    public record Marker(double x, String label) {}
}
