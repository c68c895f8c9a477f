package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.simulate.LiveForecast;

/**
 * The London-wide projection as percentile bands, drawn inline as SVG with real text: one row per candidate (per
 * party, for the list vote of an election without a Mayor), the
 * 90% range (5th to 95th percentile) pale, the 50% range (25th to 75th) stronger, the median a black bar, and the
 * numbers written beside it. Bands, never a single jittering number: the page says how sure the projection is.
 */
final class NightBands {
    /** Narrow enough that, shrunk to a 360 px phone column, its 15 px letters still read at about 10 px. */
    private static final int WIDTH = 520;

    /** Room for the names, at least: a Mayor's candidates' names fit it on one line. */
    private static final int LEFT = 128;

    /**
     * A name's width per character at 15 px, a little over what DejaVu Sans measures for mixed-case names in Chromium
     * (7.4 to 8.5 px): "Ken Livingstone" 118.8 px, "Christian Peoples Alliance" 193.0.
     */
    private static final double CHAR = 8.4;

    /** The most characters kept on one line: 15 fit in {@link #LEFT} less the gap before the bar. */
    private static final int ONE_LINE = 15;

    /** The widest the names' column grows, for a long party name on two lines. */
    private static final int LEFT_MAX = 200;

    private static final int RIGHT = 132;
    private static final int ROW = 40;
    private static final int TOP = 26;

    private NightBands() {}

    /** The candidates shown: those whose 95th percentile reaches 1%, by chance then share. */
    static List<LiveForecast.Candidate> shown(NightInput in) {
        List<LiveForecast.Candidate> out = new ArrayList<>();
        for (LiveForecast.Candidate c : in.ranked()) {
            if (c.firstPref().p95() >= 1) {
                out.add(c);
            }
        }
        return out;
    }

    static String svg(NightInput in, Palette palette) {
        List<LiveForecast.Candidate> rows = shown(in);
        double max = 10;
        for (LiveForecast.Candidate c : rows) {
            max = Math.max(max, c.firstPref().p95());
        }
        max = Math.ceil(max / 10) * 10;
        int left = left(rows);
        int plot = WIDTH - left - RIGHT;
        int height = TOP + ROW * rows.size() + 8;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"bands\" id=\"night-bands\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(text(alt(in)))
                .append("\">\n");
        for (int t = 0; t <= max; t += 10) {
            double x = left + plot * t / max;
            s.append("<line x1=\"")
                    .append(num(x, 1))
                    .append("\" x2=\"")
                    .append(num(x, 1))
                    .append("\" y1=\"")
                    .append(TOP - 6)
                    .append("\" y2=\"")
                    .append(height - 4)
                    .append("\" stroke=\"#dddddd\"/><text x=\"")
                    .append(num(x, 1))
                    .append("\" y=\"14\" font-size=\"14\" fill=\"#444444\" text-anchor=\"middle\">")
                    .append(t)
                    .append("%</text>");
        }
        s.append('\n');
        Palette.Shades colours = palette.shades();
        for (int i = 0; i < rows.size(); i++) {
            LiveForecast.Candidate c = rows.get(i);
            String colour = colours.hex(c.id(), c.party());
            int y = TOP + ROW * i;
            double lo = left + plot * c.firstPref().p05() / max;
            double hi = left + plot * c.firstPref().p95() / max;
            double q1 = left + plot * c.firstPref().p25() / max;
            double q3 = left + plot * c.firstPref().p75() / max;
            double mid = left + plot * c.firstPref().p50() / max;
            s.append("<g class=\"band-row\">");
            name(s, c.name(), left - 8, y);
            rect(s, lo, hi, y + 6, 20, Colours.overWhite(colour, 0.35), Colours.outline(colour));
            rect(s, q1, q3, y + 6, 20, Colours.overWhite(colour, 0.8), Colours.outline(colour));
            s.append("<rect x=\"")
                    .append(num(mid - 1.5, 1))
                    .append("\" y=\"")
                    .append(y + 2)
                    .append("\" width=\"3\" height=\"28\" fill=\"#1d1d1d\"/><text x=\"")
                    .append(num(Math.max(hi, q3) + 8, 1))
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" font-size=\"14\" fill=\"#1d1d1d\">")
                    .append(num(c.firstPref().p50(), 1))
                    .append("% (")
                    .append(num(c.firstPref().p05(), 1))
                    .append("–")
                    .append(num(c.firstPref().p95(), 1))
                    .append(")</text></g>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /**
     * The names' column: {@link #LEFT}, or wider to fit the longest line of a name wrapped in two ("Christian" /
     * "Peoples Alliance"), up to {@link #LEFT_MAX}.
     */
    static int left(List<LiveForecast.Candidate> rows) {
        int longest = 0;
        for (LiveForecast.Candidate c : rows) {
            for (String line : nameLines(c.name())) {
                longest = Math.max(longest, line.length());
            }
        }
        return longest <= ONE_LINE ? LEFT : (int) Math.min(LEFT_MAX, Math.ceil(longest * CHAR) + 12);
    }

    /**
     * A name on one line, or, past {@value #ONE_LINE} characters (a party's: "Women's Equality Party"), on two split at
     * the space that leaves the shorter longest line; a name without a space stays whole.
     */
    static List<String> nameLines(String name) {
        if (name.length() <= ONE_LINE) {
            return List.of(name);
        }
        int best = -1;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            if (best < 0 || Math.max(i, name.length() - i - 1) < Math.max(best, name.length() - best - 1)) {
                best = i;
            }
        }
        return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
    }

    /** A row's name, right-aligned at {@code x}: centred on the bar on one line, about it on two at 14 px. */
    private static void name(StringBuilder s, String name, int x, int y) {
        List<String> lines = nameLines(name);
        if (lines.size() == 1) {
            s.append("<text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" font-size=\"15\" fill=\"#1d1d1d\" text-anchor=\"end\">")
                    .append(text(name))
                    .append("</text>");
            return;
        }
        s.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y + 14)
                .append("\" font-size=\"14\" fill=\"#1d1d1d\" text-anchor=\"end\">");
        for (int i = 0; i < lines.size(); i++) {
            s.append("<tspan x=\"")
                    .append(x)
                    .append(i == 0 ? "\">" : "\" dy=\"15\">")
                    .append(text(lines.get(i)))
                    .append("</tspan>");
        }
        s.append("</text>");
    }

    private static void rect(StringBuilder s, double from, double to, int y, int h, String fill, String stroke) {
        s.append("<rect x=\"")
                .append(num(from, 1))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(num(Math.max(1, to - from), 1))
                .append("\" height=\"")
                .append(h)
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1\"/>");
    }

    /** What the chart shows, for screen readers. */
    static String alt(NightInput in) {
        List<String> parts = new ArrayList<>();
        for (LiveForecast.Candidate c : shown(in)) {
            parts.add(c.name() + " most likely " + num(c.firstPref().p50(), 1) + "% (90% range "
                    + num(c.firstPref().p05(), 1) + " to " + num(c.firstPref().p95(), 1) + ")");
        }
        return "Bands of each " + (in.listLed() ? "party's projected " : "candidate's projected ") + in.wide()
                + " share of " + in.votes() + ": "
                + String.join("; ", parts)
                + ". Narrow bands mean the declarations so far leave little doubt.";
    }

    /** The table behind the chart: every percentile and the chance of winning. */
    static ChartFigures.Data data(NightInput in) {
        List<List<String>> rows = new ArrayList<>();
        for (LiveForecast.Candidate c : in.projection().candidates()) {
            rows.add(List.of(
                    text(c.name()),
                    NightPage.pctChance(c.pWin(), in.projection().decided()),
                    num(c.firstPref().p05(), 1),
                    num(c.firstPref().p25(), 1),
                    num(c.firstPref().p50(), 1),
                    num(c.firstPref().p75(), 1),
                    num(c.firstPref().p95(), 1),
                    String.format(Locale.ROOT, "%,d", c.votesCounted())));
        }
        return new ChartFigures.Data(
                List.of(
                        in.listLed() ? "Party" : "Candidate",
                        in.listLed() ? "Chance of " + in.most() : "Chance of winning",
                        "5th",
                        "25th",
                        "Median",
                        "75th",
                        "95th",
                        "Votes counted"),
                rows);
    }
}
