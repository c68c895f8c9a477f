package org.pollcast.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A party's cell that prints the poll's share over the firm's seat projection on a line below, in a smaller font, as
 * the encyclopedia's Spanish and Portuguese poll tables do ({@code 33.1<br><small>150/155</small>}, and {@code ?} over
 * the seats where a firm gave seats alone). The share is the poll; the seats are the firm's translation of it into a
 * house, which pollcast works out for itself, so the line is set aside. Read whole, "33.1 150/155" refused the page as
 * not a number.
 *
 * <p>A copy of such a page as text (a Markdown or plain mirror of the article) loses the line break and prints the two
 * on one line, {@code 33.1 150/155} or {@code ? 13}: read so too. A blind trial on Spain found every mirror that
 * prints the tables' rows rendering them this way, and each cell refused as not a number.
 */
final class SeatProjectionLine {
    /** A projection: whole seats, or a range of them ("150/155", "150–155"). */
    private static final Pattern SEATS = Pattern.compile("\\d{1,3}(?:\\s*[/–-]\\s*\\d{1,3})?");

    /** A share (or "?") and a projection on one line, where a text copy lost the break between them. */
    private static final Pattern ONE_LINE = Pattern.compile("(\\S+)\\s+(" + SEATS.pattern() + ")");

    private SeatProjectionLine() {}

    /** The cell's text, or only its first line where that is a share (or "?") and the line under it seats. */
    static String share(TableGrid.Cell cell) {
        Element e = cell.element();
        Element br = e.selectFirst("> br");
        if (br == null) {
            return oneLine(cell.text());
        }
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        StringBuilder into = before;
        for (Node n : e.childNodes()) {
            if (n == br) {
                into = after;
            } else if (n instanceof TextNode t) {
                into.append(t.text()).append(' ');
            } else if (n instanceof Element child) {
                into.append(child.text()).append(' ');
            }
        }
        String first = TableText.clean(before.toString());
        String second = TableText.clean(after.toString());
        return isShareOrUnknown(first) && SEATS.matcher(second).matches() ? first : cell.text();
    }

    /**
     * The share of a cell printing it and the projection on one line ("33.1 150/155"), else the cell as it is. The
     * share has its decimals (or is "?"), as the tables print it: two whole numbers with a space between are one
     * number with a thousands space ("12 345"), which read so would be 12.
     */
    static String oneLine(String text) {
        Matcher m = ONE_LINE.matcher(text);
        return m.matches()
                        && isShareOrUnknown(m.group(1))
                        && (m.group(1).matches(".*\\d[.,]\\d.*") || PollShares.isNotReported(m.group(1)))
                ? m.group(1)
                : text;
    }

    private static boolean isShareOrUnknown(String first) {
        return HtmlColumns.isShare(first) || (!first.isEmpty() && PollShares.isNotReported(first));
    }
}
