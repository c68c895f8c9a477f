package org.pollcast.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text front ends (wikitext, Markdown) share when they rebuild a page as HTML for {@link
 * HtmlPollTableReader}: escaping, the few inline tags an encyclopedia's source or a blog may hold, and the attribute
 * that carries a table row's source line, so that a problem names the line the user can open, not a rendered row.
 */
final class PageMarkup {
    /** The attribute of a rebuilt {@code <tr>} that holds the 1-based line of the source the row was written on. */
    static final String SOURCE_LINE = "data-pollcast-line";

    /**
     * The attribute of a rebuilt {@code <tr>} that the source ends inside: a Markdown table's last row, on the page's
     * last line, with fewer cells than its header (a copy saved part-way). Its value is "cells of header cells".
     */
    static final String CUT_ROW = "data-pollcast-cut";

    /**
     * The attribute of a rebuilt {@code <tr>} a cell short inside the table, the next row's date where a figure
     * belongs ({@link CellLinesTable}): an event between polls, or a poll whose copy lost a cell, whose figures cannot
     * be placed. Its value is "cells of header cells".
     */
    static final String SHORT_ROW = "data-pollcast-short";

    /**
     * The attribute of a rebuilt {@code <tr>} whose cells the copy prints over several lines: a Markdown row with fewer
     * cells than its header, the next line a cell or two ending in a bar ({@code 28.3 106/110 |}), as text mirrors of
     * the encyclopedia's Spanish tables print each party's cell. Its value is "cells of header cells".
     */
    static final String SPLIT_ROW = "data-pollcast-split";

    /**
     * The attribute of a rebuilt {@code <tr>} whose line of words parted by spaces does not split into its header's
     * columns ({@link SpacedTable}): a figure too many or too few, or no date where the header has one. Its value says
     * why, and the reader refuses the row with it.
     */
    static final String UNSPLIT_ROW = "data-pollcast-unsplit";

    /**
     * The attribute of a rebuilt {@code <table>} whose source cannot span a cell over lines (Markdown): where the page
     * spanned a survey's firm and date cells over its lines (an American table's likely and registered voters), the
     * copy leaves them blank on the later lines, and {@link HtmlPollTableReader} reads such a line as the span.
     */
    static final String SPANLESS_TABLE = "data-pollcast-spanless";

    /**
     * Inline HTML tags a page's source may hold and that are kept as tags: line breaks (a pollster's client on a line
     * of its own), emphasis, small print, spans, and the footnote markers the front ends write. Anything else in
     * angle brackets is text, as the encyclopedia prints it.
     */
    private static final Pattern ALLOWED_TAG = Pattern.compile(
            "</?(?:br|small|big|span|sup|sub|s|del|ins|u|b|i|em|strong|abbr|div|p|center|font|code|a)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    private PageMarkup() {}

    /** {@code text} with {@code <}, {@code >}, {@code "} and {@code &} escaped, for HTML text or an attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with its allowed tags kept and every other {@code <} escaped; entities ({@code &ndash;}) are left
     * for the HTML parser to decode.
     */
    static String keepTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher m = ALLOWED_TAG.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text.substring(at, m.start()).replace("<", "&lt;"));
            out.append(m.group());
            at = m.end();
        }
        out.append(text.substring(at).replace("<", "&lt;"));
        return out.toString();
    }

    /** The opening of a rebuilt page: its title (or none) as {@code <title>} and {@code <h1>}, as a saved page has. */
    static void open(StringBuilder html, String title) {
        html.append("<!DOCTYPE html><html><head>");
        if (title != null && !title.isBlank()) {
            html.append("<title>")
                    .append(escape(title))
                    .append("</title></head><body><h1>")
                    .append(escape(title))
                    .append("</h1>\n");
        } else {
            html.append("</head><body>\n");
        }
    }
}
