package org.pollcast.report;

import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The report page's small formatting pieces. Every string that came from data goes through {@link #text}, so a
 * pollster called {@code <script>} shows as text.
 */
final class Html {

    /** "A", "A and B", "A, B and C": items as a sentence lists them. */
    static String andList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private Html() {}

    /** {@code s} with its first letter upper case: "the Democratic nominee" as a heading. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Escapes a data string for HTML text and attribute values. */
    static String text(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    /**
     * A chance (0 to 1) as plain text in percent, by the one rule for chances ({@link Tables#tenths}): "70.1%",
     * "{@code <0.1%}" for one that came up in a few simulations, "0%" for one that never did. Plain text: its
     * "{@code <}" is escaped where it goes into the page ({@link #text}).
     */
    static String pct(double p) {
        return Double.isNaN(p) ? "–" : Tables.chance(p, true) + "%";
    }

    /**
     * A Monte Carlo standard error {@code se} of a chance over {@code sims} simulations, in percent, escaped for the
     * page, as the command line's win_se ({@link Tables#chanceError}): "0.15%", "{@code <0.01%}". {@link #pct}'s one
     * decimal printed a 1.6% chance's 0.04 as "0.0%", an error of none.
     */
    static String se(double se, long sims) {
        return Double.isNaN(se) ? "–" : text(Tables.chanceError(100 * se, sims) + "%");
    }

    static String num(double v, int places) {
        return Double.isNaN(v) ? "–" : Tables.zeroUnsigned(String.format(Locale.ROOT, "%." + places + "f", v));
    }

    /**
     * A difference in points to one decimal with its sign ("+2.3", "-0.4"), and "0.0" for anything that rounds to
     * zero ({@link Tables#signed(double, int)}).
     */
    static String signed(double v) {
        return Double.isNaN(v) ? "–" : Tables.signed(v, 1);
    }

    /** The odds readers know: "1 in 10", "1 in 20", ... Anything finer reads as false precision ("92 in 93"). */
    private static final int[] ODDS = {10, 20, 50, 100, 200};

    /**
     * A probability as readers say it: "7 in 10". Tenths hide the tails, where "1 in 10" and "1 in 100" differ
     * in kind, so below 1 in 10 (and above 9 in 10) the odds snap to the nearest of 1 in 10, 20, 50, 100, 200.
     */
    static String chance(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        if (p >= 0.995) {
            return "almost certain";
        }
        if (p < 0.005) {
            return "less than 1 in 200";
        }
        if (p < 0.095) {
            return "1 in " + snap(1 / p);
        }
        if (p > 0.905) {
            int n = snap(1 / (1 - p));
            return (n - 1) + " in " + n;
        }
        return Math.round(10 * p) + " in 10";
    }

    /** The entry of {@link #ODDS} nearest to {@code n} on a log scale. */
    private static int snap(double n) {
        int best = ODDS[0];
        for (int o : ODDS) {
            best = Math.abs(Math.log(o / n)) < Math.abs(Math.log(best / n)) ? o : best;
        }
        return best;
    }

    private static final java.util.regex.Pattern ODDS_WORDS = java.util.regex.Pattern.compile("(\\d+) in (\\d+)");

    /**
     * {@code phrase} after "a" or "an" as it is read aloud: "an 8 in 10", "an 11 in 12", "an almost certain", "a 9 in
     * 10", "a 1 in 20".
     */
    static String withArticle(String phrase) {
        java.util.regex.Matcher m = LEADING_NUMBER.matcher(phrase);
        boolean vowel = m.lookingAt()
                ? m.group().startsWith("8")
                        || m.group().equals("11")
                        || m.group().equals("18")
                : !phrase.isEmpty() && "aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + phrase;
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("\\d+");

    /**
     * How often a favourite with chance {@code p} loses, in the words of {@link #chance}: "a 6 in 10 favourite loses
     * 4 times in 10".
     */
    static String favouriteLoses(double p) {
        return loses(p, "favourite");
    }

    /** "a 4 in 10 {@code who} loses 6 times in 10": a close race's likelier candidate is no favourite. */
    static String loses(double p, String who) {
        String odds = chance(p);
        java.util.regex.Matcher m = ODDS_WORDS.matcher(odds);
        if (!m.matches()) {
            return "even an almost certain " + who + " can lose";
        }
        int in = Integer.parseInt(m.group(2));
        int loses = in - Integer.parseInt(m.group(1));
        return withArticle(odds) + " " + who + " loses " + loses + (loses == 1 ? " time in " : " times in ") + in;
    }

    /** A probability as a percentage with the same in words beside it: "70.2% (7 in 10)". */
    static String pctChance(double p) {
        return text(pct(p)) + " <span class=\"odds\">(" + chance(p) + ")</span>";
    }

    /**
     * A data table: {@code header} and {@code rows} are already-escaped HTML cells. The wrapper scrolls
     * sideways on its own, so a wide table never widens the page on a phone; it is focusable so a keyboard
     * can scroll it too.
     */
    static void table(StringBuilder h, String id, String caption, List<String> header, List<List<String>> rows) {
        h.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(caption)
                .append("\"><table");
        if (id != null) {
            h.append(" id=\"").append(id).append('"');
        }
        h.append("><caption>").append(caption).append("</caption><thead><tr>");
        for (String c : header) {
            h.append("<th scope=\"col\">").append(c).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                // The first cell names the row: a header cell, so screen readers announce it with each value.
                h.append(i == 0 ? "<th scope=\"row\">" : "<td>")
                        .append(row.get(i))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    static void notes(StringBuilder h, List<String> notes) {
        for (String note : notes) {
            h.append("<p class=\"note\">").append(text(note)).append("</p>\n");
        }
    }
}
