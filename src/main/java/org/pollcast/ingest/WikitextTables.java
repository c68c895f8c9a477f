package org.pollcast.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * The second pass over an encyclopedia page's source (after {@link WikitextExpansion}): its headings, lines of text
 * and tables ({@code {|}, {@code |+} caption, {@code |-} rows, {@code !} and {@code |} cells, {@code !!} and
 * {@code ||} between cells of one line, {@code attributes | text}) written as the HTML the wiki renders, with each
 * row's source line on its {@code <tr>} ({@link PageMarkup#SOURCE_LINE}), and the footnotes as the page's reference
 * list. {@link HtmlPollTableReader} then reads it as it reads a saved page.
 */
final class WikitextTables {
    private static final Pattern INDENT = Pattern.compile("^[:\\s]+");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.*?)\\s*\\1\\s*$");
    /** Attributes a cell or table may carry that the reader uses (spans; the rest is kept for nothing but harm). */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

    private final String name;
    private final int[] sourceLines;
    private final StringBuilder html = new StringBuilder();
    /** Open tables, innermost first: each remembers whether a row and a cell are open and where it began. */
    private final Deque<Table> open = new ArrayDeque<>();

    private static final class Table {
        final int line;
        boolean rowOpen;
        String cellTag;

        Table(int line) {
            this.line = line;
        }
    }

    private WikitextTables(String name, int[] sourceLines) {
        this.name = name;
        this.sourceLines = sourceLines;
    }

    /** The page {@code expanded} as HTML, titled {@code title} (or null). */
    static String html(String name, WikitextExpansion.Result expanded, String title) {
        WikitextTables tables = new WikitextTables(name, expanded.sourceLines());
        PageMarkup.open(tables.html, title);
        String[] lines = expanded.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            tables.line(lines[i], i < expanded.sourceLines().length ? expanded.sourceLines()[i] : i + 1);
        }
        if (!tables.open.isEmpty()) {
            throw new BadInputException(name + ":" + tables.open.getLast().line + ": the table that starts on this"
                    + " line has no closing '|}' line: the text was copied or saved part-way, and its last row may be"
                    + " cut short; copy the whole table");
        }
        tables.notes(expanded.notes());
        tables.html.append("</body></html>\n");
        return tables.html.toString();
    }

    private void line(String raw, int line) {
        String s = raw.strip();
        if (s.startsWith(":") && INDENT.matcher(s).replaceFirst("").startsWith("{|")) {
            s = INDENT.matcher(s).replaceFirst(""); // ":{|" indents a table under the line above: a table all the same
        }
        if (s.startsWith("{|")) {
            closeCell();
            open.push(new Table(line));
            html.append("<table").append(attributes(s.substring(2))).append(">\n");
            return;
        }
        if (open.isEmpty()) {
            text(s);
            return;
        }
        Table table = open.peek();
        if (s.startsWith("|}")) {
            closeRow();
            open.pop();
            html.append("</table>\n");
            String rest = s.substring(2).strip();
            if (!rest.isEmpty()) {
                line(rest, line);
            }
        } else if (s.startsWith("|+")) {
            closeRow();
            Cell c = Cell.of(s.substring(2));
            html.append("<caption>").append(WikiInline.html(c.text())).append("</caption>\n");
        } else if (s.startsWith("|-")) {
            closeRow();
        } else if (s.startsWith("!") || s.startsWith("|")) {
            boolean header = s.startsWith("!");
            if (!table.rowOpen) {
                html.append("<tr ")
                        .append(PageMarkup.SOURCE_LINE)
                        .append("=\"")
                        .append(line)
                        .append("\">");
                table.rowOpen = true;
            }
            for (String cell : WikiBars.cells(s.substring(1), header)) {
                closeCell();
                Cell c = Cell.of(cell);
                table.cellTag = header ? "th" : "td";
                html.append('<')
                        .append(table.cellTag)
                        .append(attributes(c.attributes()))
                        .append('>')
                        .append(WikiInline.html(c.text()));
            }
        } else if (table.cellTag != null) {
            html.append('\n').append(WikiInline.html(s)); // a cell's text, continued on the next line
        } else if (s.startsWith("{{") || s.startsWith("&#123;&#123;")) {
            // An unknown template's text, kept as text by WikitextTemplates, standing where rows are.
            String shown = s.replace("&#123;", "{").replace("&#124;", "|").replace("&#91;", "[");
            throw new BadInputException(name + ":" + line + ": " + clip(shown) + ": a template pollcast cannot expand"
                    + " writes this table's cells or rows; open the page in a browser and save it as HTML (or copy the"
                    + " rendered table), and ingest that");
        }
        // other text between a table's rows is put before the table by the wiki: it is no cell, and is left out
    }

    /** A line outside tables: a heading, or a paragraph (a bold line is a table's title line). */
    private void text(String s) {
        if (s.isEmpty()) {
            return;
        }
        Matcher h = HEADING.matcher(s);
        if (h.matches()) {
            int level = h.group(1).length();
            html.append("<h")
                    .append(level)
                    .append('>')
                    .append(WikiInline.html(h.group(2)))
                    .append("</h")
                    .append(level)
                    .append(">\n");
        } else {
            html.append("<p>").append(WikiInline.html(s)).append("</p>\n");
        }
    }

    private void closeCell() {
        Table t = open.peek();
        if (t != null && t.cellTag != null) {
            html.append("</").append(t.cellTag).append('>');
            t.cellTag = null;
        }
    }

    private void closeRow() {
        closeCell();
        Table t = open.peek();
        if (t != null && t.rowOpen) {
            html.append("</tr>\n");
            t.rowOpen = false;
        }
    }

    /** The page's footnotes as its reference list, where {@link RowCitation} finds the address a marker cites. */
    private void notes(Map<String, String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        html.append("<ol class=\"references\">\n");
        notes.forEach((key, text) -> html.append("<li id=\"cite_note-")
                .append(PageMarkup.escape(key))
                .append("\">")
                .append(WikiInline.html(text.replace('\n', ' ')))
                .append("</li>\n"));
        html.append("</ol>\n");
    }

    /** A cell's attributes (before its first lone bar, when that part holds no link or markup) and its text. */
    record Cell(String attributes, String text) {
        static Cell of(String cell) {
            int bar = -1;
            for (int k = 0; k < cell.length(); k++) {
                char c = cell.charAt(k);
                if (c == '[' || c == '<' || c == '{') {
                    break; // a link or markup comes first: the whole is text
                }
                if (c == '|') {
                    bar = k;
                    break;
                }
            }
            return bar < 0
                    ? new Cell("", cell.strip())
                    : new Cell(cell.substring(0, bar), cell.substring(bar + 1).strip());
        }
    }

    /** The attributes the reader may use, written as HTML; the others are dropped. */
    static String attributes(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String attr = m.group(1).toLowerCase(Locale.ROOT);
            if (attr.equals("rowspan")
                    || attr.equals("colspan")
                    || attr.equals("class")
                    || attr.equals("style")
                    || attr.equals("data-sort-value")
                    || attr.equals("scope")) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                out.append(' ')
                        .append(attr)
                        .append("=\"")
                        .append(PageMarkup.escape(value))
                        .append('"');
            }
        }
        return out.toString();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
