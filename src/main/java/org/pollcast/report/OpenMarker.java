package org.pollcast.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A pollster's marker drawn as an outline (an open circle, square, diamond or triangle) or as an asterisk: with
 * XChart's seven filled and line shapes they give a chart thirteen markers, where seven were repeated from the eighth
 * pollster on (Germany's eleven firms, New York's eleven).
 */
final class OpenMarker extends Marker {
    /** The shapes, by the names a {@link ChartSpec.Series} gives them. */
    enum Kind {
        CIRCLE,
        SQUARE,
        DIAMOND,
        TRIANGLE,
        TRIANGLE_DOWN,
        ASTERISK
    }

    private final Kind shape;

    OpenMarker(Kind shape) {
        this.shape = shape;
    }

    Kind kind() {
        return shape;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        Stroke before = g.getStroke();
        g.setStroke(new BasicStroke(Math.max(1.2f, size / 5f)));
        // A little smaller than the filled shapes' box, so the outline's width does not make it look larger.
        double h = 0.45 * size;
        switch (shape) {
            case CIRCLE -> g.draw(new Ellipse2D.Double(x - h, y - h, 2 * h, 2 * h));
            case SQUARE -> g.draw(new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h));
            case DIAMOND ->
                g.draw(polygon(
                        new double[] {x, x + 1.2 * h, x, x - 1.2 * h}, new double[] {y - 1.2 * h, y, y + 1.2 * h, y}));
            case TRIANGLE ->
                g.draw(polygon(new double[] {x - 1.1 * h, x + 1.1 * h, x}, new double[] {y + h, y + h, y - 1.1 * h}));
            case TRIANGLE_DOWN ->
                g.draw(polygon(new double[] {x - 1.1 * h, x + 1.1 * h, x}, new double[] {y - h, y - h, y + 1.1 * h}));
            case ASTERISK -> {
                double d = h * Math.sqrt(0.5);
                g.draw(new Line2D.Double(x - h, y, x + h, y));
                g.draw(new Line2D.Double(x, y - h, x, y + h));
                g.draw(new Line2D.Double(x - d, y - d, x + d, y + d));
                g.draw(new Line2D.Double(x - d, y + d, x + d, y - d));
            }
        }
        g.setStroke(before);
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
