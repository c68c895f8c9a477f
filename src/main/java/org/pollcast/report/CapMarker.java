package org.pollcast.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A short, thick horizontal bar: the end of a range drawn over a bar chart's stacks. XChart's own error bars are
 * a one-pixel line with three-pixel ends, which vanish on a phone over a coloured bar.
 */
final class CapMarker extends Marker {
    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        double w = 1.8 * size;
        double h = Math.max(2, size / 3.0);
        g.fill(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h));
    }
}
