package org.pollcast.report;

import java.util.ArrayList;
import java.util.List;

/** Where a chart writes its lines' names, so that colour is never the only way to tell them apart. */
final class DirectLabels {
    private DirectLabels() {}

    /**
     * Where the series' name goes on the chart, so colour is not the only cue: above the peak of a distribution; for
     * a line over time, the line's end (the renderer moves the name right of it by its width in pixels).
     */
    static double[] labelPoint(ChartSpec spec, ChartSpec.Series s, double[] range) {
        int at = s.x().length - 1;
        if (!spec.dateAxis()) {
            for (int i = 0; i < s.y().length; i++) {
                at = s.y()[i] > s.y()[at] ? i : at;
            }
            return new double[] {s.x()[at], s.y()[at] + 0.04 * ChartRenderer.yTop(spec)};
        }
        return new double[] {s.x()[at], s.y()[at]};
    }

    /**
     * The centre {@code x} of a name {@code half} wide on each side, moved in so that the whole name lies between
     * {@code min} and {@code max}; a name wider than the axis is centred on it.
     */
    static double inside(double x, double half, double min, double max) {
        if (2 * half >= max - min) {
            return (min + max) / 2;
        }
        return Math.max(min + half, Math.min(max - half, x));
    }

    /** Whether a series rises past its chart's capped value axis ({@link ChartSpec#yCap}). */
    static boolean offScale(ChartSpec spec, ChartSpec.Series s) {
        for (double v : s.y()) {
            if (v > spec.yCap()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves labels at the lines' ends apart, at least {@code gap} apart, keeping their order: from the bottom up,
     * so labels of lines on the floor (0%) stack upwards instead of falling below the axis.
     */
    static void separate(List<double[]> at, double gap) {
        List<double[]> byY = new ArrayList<>(at);
        byY.sort((a, b) -> Double.compare(a[1], b[1]));
        for (int i = 1; i < byY.size(); i++) {
            byY.get(i)[1] = Math.max(byY.get(i)[1], byY.get(i - 1)[1] + gap);
        }
    }

    /** Labels over neighbouring peaks that would overlap: the later one moves up a line. */
    static void unclutterPeaks(List<double[]> at, double width, double line) {
        List<double[]> byX = new ArrayList<>(at);
        byX.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 1; i < byX.size(); i++) {
            double[] left = byX.get(i - 1);
            double[] here = byX.get(i);
            if (here[0] - left[0] < width && Math.abs(here[1] - left[1]) < line) {
                here[1] = Math.max(here[1], left[1]) + line;
            }
        }
    }
}
