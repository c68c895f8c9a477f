package org.pollcast.report;

import java.awt.Color;
import java.util.Locale;

/**
 * Colour arithmetic for accessible charts (WCAG 2.1): relative luminance and contrast ratio, a darker outline
 * for a pale fill, the text colour that reads on a fill, and how a colour looks to readers with the three
 * kinds of colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1), so the palette can be
 * checked for parties that would look alike.
 */
public final class Colours {
    /** WCAG 1.4.11: graphics need 3:1 against their background; below that a fill gets an outline. */
    public static final double GRAPHIC_CONTRAST = 3.0;
    /** WCAG 1.4.3: normal text needs 4.5:1. */
    public static final double TEXT_CONTRAST = 4.5;

    private static final double[][] PROTAN = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
    };
    private static final double[][] DEUTAN = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
    };
    private static final double[][] TRITAN = {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
    };

    /** The colour-vision deficiencies checked: each simulated by a linear-RGB matrix. */
    public enum Vision {
        PROTANOPIA(PROTAN),
        DEUTERANOPIA(DEUTAN),
        TRITANOPIA(TRITAN);

        private final double[][] m;

        Vision(double[][] m) {
            this.m = m;
        }
    }

    private Colours() {}

    /** WCAG relative luminance of #RRGGBB. */
    public static double luminance(String hex) {
        double[] l = linear(Color.decode(hex));
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    /** WCAG contrast ratio, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The outline for a fill on white: the fill itself when it stands out on its own, otherwise the fill darkened
     * until it has 3:1 against white, so a pale party keeps its hue but its shape shows.
     */
    public static String outline(String fill) {
        String c = fill;
        for (int i = 0; i < 20 && contrast(c, "#FFFFFF") < GRAPHIC_CONTRAST; i++) {
            c = scale(c, 0.85);
        }
        return c;
    }

    /** Black or white text, whichever has more contrast on {@code fill}. */
    public static String textOn(String fill) {
        return contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") ? "#000000" : "#FFFFFF";
    }

    /** {@code fill} laid over white at {@code opacity} (0–1): the colour a reader sees. */
    public static String overWhite(String fill, double opacity) {
        Color c = Color.decode(fill);
        return hex(
                255 + opacity * (c.getRed() - 255),
                255 + opacity * (c.getGreen() - 255),
                255 + opacity * (c.getBlue() - 255));
    }

    /** How {@code hex} looks with the given deficiency, as #RRGGBB. */
    public static String seenWith(Vision v, String hex) {
        double[] l = linear(Color.decode(hex));
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(1, Math.max(0, v.m[i][0] * l[0] + v.m[i][1] * l[1] + v.m[i][2] * l[2]));
        }
        return hex(255 * gamma(out[0]), 255 * gamma(out[1]), 255 * gamma(out[2]));
    }

    /** CIE76 colour difference (Euclidean in CIELAB): about 2.3 is just noticeable, 10+ is plainly different. */
    public static double deltaE(String a, String b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(String hex) {
        double[] l = linear(Color.decode(hex));
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double[] linear(Color c) {
        return new double[] {lin(c.getRed()), lin(c.getGreen()), lin(c.getBlue())};
    }

    private static double lin(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double l) {
        return l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
    }

    private static String scale(String hex, double k) {
        Color c = Color.decode(hex);
        return hex(c.getRed() * k, c.getGreen() * k, c.getBlue() * k);
    }

    private static String hex(double r, double g, double b) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(Math.min(255, Math.max(0, r))),
                Math.round(Math.min(255, Math.max(0, g))),
                Math.round(Math.min(255, Math.max(0, b))));
    }
}
