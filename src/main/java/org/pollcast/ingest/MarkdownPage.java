package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.Printable;

/**
 * A poll table published as a Markdown pipe table (a blog post, a GitHub page, a "copy as Markdown" of the
 * encyclopedia's table): {@code | Pollster | Fieldwork | Khan | ... |} over a {@code |---|---|} line, under {@code ##}
 * headings that title it as an encyclopedia's sections do, a {@code #} heading (or a front matter {@code title:}) as
 * the page's title, and a line of bold text straight above a table as its title line. It is rebuilt as HTML, each row
 * keeping its source line, for {@link HtmlPollTableReader}. Cells may hold {@code **bold**}, {@code [text](address)}
 * links (a row's citation), {@code <br>} and {@code \|}. Markdown has no spanned cells: a table whose first round and
 * run-off sit under "First round"/"Second round" groups is read from its column names alone. A line of names with no
 * figure straight under the delimiter is a second header line (candidates under parties), as a copy of a table with
 * two header rows writes it.
 */
final class MarkdownPage {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    /**
     * A heading as the encyclopedia's own markup writes one ({@code = Title =}, {@code ==Vote share==}), which stored
     * plain-text copies of its pages keep above tables they print as pipe rows.
     */
    private static final Pattern WIKI_HEADING = Pattern.compile("^(={1,6})\\s*([^=].*?)\\s*\\1\\s*$");
    /** A delimiter row: cells of hyphens, perhaps with a colon either side ({@code |---|:---:|}, GFM's {@code |-|-|}). */
    private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern YEAR_LINE = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern FRONT_TITLE = Pattern.compile("^title:\\s*[\"']?(.*?)[\"']?\\s*$");

    private MarkdownPage() {}

    /** The HTML of the Markdown page {@code doc}. */
    static String html(SourceDocument doc) {
        String[] lines = doc.text(HtmlPollTableReader.MAX_PAGE_CHARS).split("\r?\n", -1);
        int first = 0;
        String title = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    first = i + 1;
                    break;
                }
                Matcher m = FRONT_TITLE.matcher(lines[i].strip());
                if (m.matches() && title == null) {
                    title = m.group(1);
                }
            }
        }
        if (title == null) {
            int at = titleLine(lines, first);
            if (at >= 0) {
                title = lines[at].strip();
                first = at + 1;
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = first; i < lines.length; i++) {
            String s = lines[i].strip();
            CellLinesTable.Found oneCellALine = CellLinesTable.at(lines, i);
            if (oneCellALine != null && oneCellALine.overlongLine() > 0) {
                throw new BadInputException(doc.name() + ":" + oneCellALine.overlongLine() + ": the poll table whose"
                        + " column names start on line " + (i + 1) + " names "
                        + oneCellALine.header().size()
                        + " columns, but its row on line "
                        + oneCellALine.rowLines().get(oneCellALine.rowLines().size() - 1)
                        + " goes on past them ('"
                        + Printable.oneLine(lines[oneCellALine.overlongLine() - 1].strip())
                        + "' where the next row's first cell belongs): the copy lost the names of some columns (a"
                        + " party's logo in the header prints no text), so which figure is under which party cannot"
                        + " be told; save the page as HTML, or copy the table as Markdown or CSV with every column"
                        + " named");
            }
            if (oneCellALine != null) {
                body.append("<table class=\"wikitable\" " + PageMarkup.SPANLESS_TABLE + ">\n");
                row(body, oneCellALine.header(), i + 1, "th");
                for (int r = 0; r < oneCellALine.rows().size(); r++) {
                    List<String> cells = oneCellALine.rows().get(r);
                    row(
                            body,
                            cells,
                            oneCellALine.rowLines().get(r),
                            "td",
                            oneCellALine.shortRows().contains(r)
                                    ? PageMarkup.SHORT_ROW + "=\"" + cells.size() + " of "
                                            + oneCellALine.header().size() + "\" "
                                    : "");
                }
                if (oneCellALine.cut() != null) {
                    cutRow(
                            body,
                            oneCellALine.cut(),
                            oneCellALine.cutLine(),
                            oneCellALine.header().size());
                }
                body.append("</table>\n");
                i = oneCellALine.end() - 1;
                continue;
            }
            int wrapEnd = wrappedHeaderAt(lines, i);
            if (wrapEnd > i) {
                // A header the copy wrapped over lines: one line of cells from here to the delimiter.
                StringBuilder joined = new StringBuilder(s);
                for (int k = i + 1; k <= wrapEnd; k++) {
                    joined.append(' ').append(lines[k].strip());
                }
                s = joined.toString();
                i = wrapEnd;
            }
            boolean delimited = i + 1 < lines.length && startsTable(s, lines[i + 1].strip());
            if (delimited || startsUndelimitedTable(lines, i)) {
                body.append("<table class=\"wikitable\" " + PageMarkup.SPANLESS_TABLE + ">\n");
                int headerLine = i + 1;
                i += delimited ? 2 : 1;
                boolean underHeader = true;
                int width = cells(s).size();
                Logical second = logical(lines, i, width);
                List<String> groups = null;
                if (second != null && groupsOverHeader(cells(s), cells(second.text()))) {
                    // The first line names only the groups of columns ("Parties", "Blocs"), spans the copy cannot
                    // keep; the line under the delimiter is the header the figures sit under.
                    groups = nonEmpty(cells(s));
                    headerLine = i + 1;
                    s = second.text();
                    i = second.last() + 1;
                    second = logical(lines, i, width);
                    if (second != null && subColumnLabels(cells(second.text()))) {
                        // The names of a spanned column's parts ("All parties | Above 2%" under "Lead"), moved to the
                        // line's start: no poll's row, and no column of their own the figures sit under.
                        i = second.last() + 1;
                        second = logical(lines, i, width);
                    }
                }
                List<String> head = cells(s);
                if (second != null
                        && !spannedHeader(head, cells(second.text()))
                        && spannedHeader(imagesBlanked(head), cells(second.text()))) {
                    // The first header row held each candidate's portrait, which a text copy writes as the image's
                    // file name ("File:Norbert Hofer 2016 (cropped).JPG"); the rendered page shows no words there, and
                    // the names below are the columns' (the rightwiki copy of the 2016 Austrian presidential table).
                    head = imagesBlanked(head);
                }
                int[] blocs = groups == null ? null : blocRun(groups, cells(s));
                if (blocs != null) {
                    // The group of blocs over its columns, as the page spans it: the reader leaves sums of parties out.
                    blocHeader(body, cells(s), blocs, groups.get(groups.size() - 1), headerLine);
                    underHeader = false;
                } else if (second != null && spannedHeader(head, cells(second.text()))) {
                    // The first header line's own columns spanned both header rows: the names below fill its empty
                    // cells, as they do on the rendered page, not the first columns.
                    row(body, head, headerLine, "th", true);
                    row(body, nonEmpty(cells(second.text())), i + 1, "th");
                    i = second.last() + 1;
                    underHeader = false;
                } else if (second != null && movedGroupNames(cells(s), cells(second.text()))) {
                    // The names of a group's columns, which the copy moved to the line's start: the figures sit under
                    // the first line's columns, the group's among them, so that line is the header.
                    row(body, s, headerLine, "th");
                    i = second.last() + 1;
                    underHeader = false;
                } else {
                    row(body, s, headerLine, "th");
                }
                List<String> previous = null; // the last poll's row, for a line that copies its spanned cells
                List<Integer> spanned = null; // the columns whose dash in the result row spans the rows below
                List<String> headerCells = cells(s);
                for (Logical line = logical(lines, i, width);
                        line != null && !headsNextTable(lines, i);
                        line = logical(lines, i, width)) {
                    // Markdown has no closing line to show a table ends where it should: a last row short of cells
                    // with nothing after it is a copy saved part-way, marked for the reader to refuse.
                    if (line.last() == i && cutOff(lines, i, width) && !isNames(line.text())) {
                        cutRow(body, cells(line.text()), i + 1, width);
                        i++;
                        break;
                    }
                    // A row whose cells go on over the lines below it: read as it is, its first party's figure was a
                    // poll of that party alone, and its other figures were lost (or, under a header whose logos the
                    // copy dropped, read under the wrong parties). A row that begins with no bar and whose lines hold
                    // exactly the header's cells together was joined above: its figures fall under their columns.
                    if (line.last() == i && continuesBelow(lines, i, width)) {
                        List<String> cells = cells(lines[i].strip());
                        row(
                                body,
                                cells,
                                i + 1,
                                "td",
                                PageMarkup.SPLIT_ROW + "=\"" + cells.size() + " of " + width + "\" ");
                        i++;
                        // Its cells go on until the header's width: a line after that is the next row's, which such a
                        // copy starts without a bar too. So does a line whose first cell is words (the next firm's
                        // name), where this row's copy dropped cells and never reached the width: taken as this row's,
                        // the next poll was lost and the table ended there without a word.
                        for (int had = cells.size();
                                had < width
                                        && i < lines.length
                                        && continuation(lines[i].strip())
                                        && !startsWithWords(lines[i].strip());
                                i++) {
                            had += cells(lines[i].strip()).size();
                        }
                        continue;
                    }
                    // A copy of a table with two header rows (candidates under parties) keeps the second as the first
                    // line of the body: a line of names with no figure, before any poll, is the header's.
                    underHeader &= isNames(line.text());
                    List<String> cells = cells(line.text());
                    if (!underHeader && spanned != null) {
                        List<String> filled = underSpannedDashes(spanned, cells);
                        if (filled == null) {
                            spanned = null; // the dash's span ended: rows below have the column's cell of their own
                        } else {
                            row(body, filled, i + 1, "td");
                            previous = filled;
                            i = line.last() + 1;
                            continue;
                        }
                    }
                    if (!underHeader && previous == null && spanned == null) {
                        spanned = spannedDashes(cells, headerCells);
                        if (spanned != null && !spansRowsBelow(spanned, lines, line.last() + 1, width)) {
                            spanned = null;
                        }
                        if (spanned != null) {
                            row(body, cells, i + 1, "td"); // the result row: the reader leaves it out
                            i = line.last() + 1;
                            continue;
                        }
                    }
                    if (!underHeader) {
                        List<String> read = unshifted(previous, cells);
                        // The next line of the survey is set against this one as the page shows it, spans filled.
                        List<String> shown = new ArrayList<>(read);
                        if (read != cells) {
                            for (int k = 0; k < shown.size() && shown.get(k).isEmpty(); k++) {
                                shown.set(k, previous.get(k));
                            }
                        }
                        cells = read;
                        // A note spanning the table (a debate's date: one cell of words, the rest empty) is no row a
                        // poll's cells are set against: below it, the poll above it still is (the 2018 Quebec page's
                        // wikimili copy dropped the Leger row's link cell under "Second televised debate ...", and set
                        // against the note the row was refused as a cell short).
                        if (shown.stream().filter(c -> !c.isBlank()).count() > 1) {
                            previous = shown;
                        }
                    }
                    row(body, cells, i + 1, underHeader ? "th" : "td");
                    i = line.last() + 1;
                }
                i--;
                body.append("</table>\n");
                continue;
            }
            Matcher h = HEADING.matcher(s);
            if (!h.matches()) {
                h = WIKI_HEADING.matcher(s);
            }
            if (h.matches()) {
                int level = h.group(1).length();
                if (level == 1 && title == null) {
                    title = plainText(h.group(2));
                    continue; // the page's title, written as the h1 below
                }
                body.append("<h")
                        .append(level)
                        .append('>')
                        .append(inline(h.group(2)))
                        .append("</h")
                        .append(level)
                        .append(">\n");
            } else if (sectionLine(lines, i)) {
                // A line naming a ballot alone is a section heading whose markup a text copy dropped ("Constituency
                // vote" over the 2021 Scottish page's first table, its sentence and "Poll results" between): read as a
                // paragraph, the table's polls were of no stated ballot, and a survey's constituency figures met its
                // list figures as the same poll.
                body.append("<h2>")
                        .append(inline(EDIT_LINK.matcher(s).replaceAll("").strip()))
                        .append("</h2>\n");
            } else if (YEAR_LINE.matcher(s).matches() && tableBelow(lines, i)) {
                // A line of a year alone is a section heading whose markup a text copy dropped ("2021" over the IPFS
                // copy's table of January 2021): read as a paragraph, the table's dates without a year took the
                // election's, and its January 2021 polls were stored as of January 2022.
                body.append("<h3>").append(s).append("</h3>\n");
            } else if (!s.isEmpty()) {
                body.append("<p>").append(inline(s)).append("</p>\n");
            }
        }
        StringBuilder html = new StringBuilder();
        PageMarkup.open(html, title);
        html.append(body).append("</body></html>\n");
        return html.toString();
    }

    /**
     * The line of the page's title where a text copy of an encyclopedia page prints it as its first line, no heading
     * markup left ("Opinion polling for the 2024 Romanian presidential election", as the stored copies of the
     * encyclopedia's mirrors open): a line naming an election and its year, no table's and no sentence's. Read as a
     * paragraph, the page had no title, and a table's dates printed without a year ("30 Oct – 5 Nov", a Romanian
     * table's row under a 2024 title) were refused as of no known election; -1 where the first line is no such title.
     */
    private static int titleLine(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean title = s.length() <= 150
                    && !s.contains("|")
                    && !s.endsWith(".")
                    && !HEADING.matcher(s).matches()
                    && !WIKI_HEADING.matcher(s).matches()
                    && TITLE_ELECTION_YEAR.matcher(s).find();
            return title ? i : -1;
        }
        return -1;
    }

    /** A page title's election and year: "Opinion polling for the 2024 Romanian presidential election". */
    private static final Pattern TITLE_ELECTION_YEAR = Pattern.compile(
            "(?i)^(?:opinion polling (?:for|in) (?:the )?)?(?:\\S+ ){0,3}(?:19|20)\\d{2}\\b[^.]*\\b(election|referendum|primary)s?\\b");

    /** Whether some line of {@code text} starts a table: what {@link PollFormat#detect} asks, read as this reads. */
    static boolean hasTable(String text) {
        String previous = null;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String s = line.strip();
            if (previous != null && startsTable(previous, s)) {
                return true;
            }
            previous = s;
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (startsUndelimitedTable(lines, i) || CellLinesTable.at(lines, i) != null) {
                return true;
            }
            // A header a copy wrapped over lines, as html() reads it (the IPFS copy of the 2022 Brazilian page, its
            // last header line "Lead |" over the delimiter): unseen here, the page was taken for a table copied as
            // plain text and refused, though --format markdown read it.
            if (wrappedHeaderAt(lines, i) > i) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} starts a table printed without a delimiter row: a line of three or more cells between
     * bars, with more such lines straight under it and no delimiter among them. Stored text copies of encyclopedia
     * pages print tables so ({@code | Polling firm | Fieldwork date | ... |} then a line per poll); read as prose, the
     * 2017 Norwegian page gave "no table". The first line is the header, as under a delimiter.
     */
    private static boolean startsUndelimitedTable(String[] lines, int i) {
        String s = lines[i].strip();
        if (s.startsWith("|") && s.endsWith("|")) {
            if (s.length() < 2 || cells(s).size() < 3) {
                return false;
            }
            if (i > 0 && lines[i - 1].strip().startsWith("|")) {
                return false; // inside a block of rows, not at its head
            }
            int rows = 0;
            for (int k = i + 1; k < lines.length && lines[k].strip().startsWith("|"); k++) {
                if (DELIMITER.matcher(lines[k].strip()).matches()) {
                    return false; // a table with its delimiter further down: its header is that line's
                }
                rows++;
            }
            return rows >= 1 && cells(lines[i + 1].strip()).size() >= 3;
        }
        return startsOpenTable(lines, i);
    }

    /**
     * Whether line {@code i} starts a table whose lines end in a bar but do not open with one, and have no delimiter
     * row: {@code Dates | Pollster | Tory | Labour | ... | Other |} over {@code 26-27 Jun | Techne | 19% | 41% | ... |},
     * as a news site's poll tracker (Left Foot Forward's of the 2024 UK general election) is stored. Read as prose, the
     * page was refused as a table "copied as plain text" whose cells "cannot be told apart", though every cell is
     * between bars. Only a header of three or more cells with two or more lines straight under it of exactly its
     * cells: a paragraph that happens to end in a bar is no table.
     */
    private static boolean startsOpenTable(String[] lines, int i) {
        String s = lines[i].strip();
        if (!openRow(s) || !isNames(s)) {
            return false;
        }
        if (i > 0 && openRow(lines[i - 1].strip())) {
            return false; // inside a block of rows, not at its head
        }
        int width = cells(s).size();
        if (width < 3) {
            return false;
        }
        int rows = 0;
        for (int k = i + 1; k < lines.length && openRow(lines[k].strip()); k++) {
            if (cells(lines[k].strip()).size() == width) {
                rows++;
            }
        }
        return rows >= 2 && i + 1 < lines.length && cells(lines[i + 1].strip()).size() == width;
    }

    /** A line of cells ending in a bar, with no bar before its first cell, and no delimiter. */
    private static boolean openRow(String s) {
        return s.length() > 1
                && !s.startsWith("|")
                && s.endsWith("|")
                && !s.startsWith("#")
                && !DELIMITER.matcher(s).matches();
    }

    /** A row of a table as one line of text, though a copy may have wrapped it, and the last source line it takes. */
    private record Logical(String text, int last) {}

    /**
     * The row of a table of {@code width} cells starting at line {@code i}, or null where the table has ended. A copy
     * that breaks a cell's line break into the text wraps a row over lines ({@code LATE POLL: IPSOS LATE POLL |}, then
     * {@code 28 June 2020 | - | 1.6% | ...}, as the IPFS copy of the 2020 Polish table prints every row): lines with no
     * bar before them, each ending with one, are one row when together they hold exactly the table's cells. Read line
     * by line, the first was no row and the table ended with its header.
     */
    private static Logical logical(String[] lines, int i, int width) {
        if (i >= lines.length) {
            return null;
        }
        String s = lines[i].strip();
        // A first cell broken over lines: its words, then a line ending with its bar, then the row's other cells. A
        // mirror (findatwiki) so prints a firm whose cell held a footnote and a tag ("Sifo better source needed ]",
        // "|", "4-6 Sep 2022 | 2,230 | ... |"), and another a date beside its label ("23 March 2024", "(Exit Poll) |",
        // the Slovak table's exit poll): the table ended at the words, and the polls below them were lost without a
        // word, or the page refused as having none.
        if (!s.isEmpty() && s.indexOf('|') < 0 && i + 2 < lines.length) {
            String second = lines[i + 1].strip();
            String rest = lines[i + 2].strip();
            String joined = s + " " + second + " " + rest;
            if (!second.isEmpty()
                    && second.indexOf('|') == second.length() - 1
                    && !rest.startsWith("|")
                    && rest.endsWith("|")
                    && cells(joined).size() == width) {
                return new Logical(joined, i + 2);
            }
        }
        boolean wraps = !s.startsWith("|")
                && s.endsWith("|")
                && !s.startsWith("#")
                && !DELIMITER.matcher(s).matches()
                && cells(s).size() < width;
        if (wraps) {
            StringBuilder joined = new StringBuilder(s);
            int k = i + 1;
            while (k < lines.length && cells(joined.toString()).size() < width) {
                String next = lines[k].strip();
                // Each wrapped line ends in a bar: a line of prose after a short last row (Left Foot Forward's
                // "AVERAGE" row, a cell short, then the author's byline) is no part of it.
                if (next.isEmpty()
                        || next.startsWith("|")
                        || !next.endsWith("|")
                        || DELIMITER.matcher(next).matches()) {
                    break;
                }
                joined.append(' ').append(next);
                k++;
            }
            if (cells(joined.toString()).size() == width) {
                return new Logical(joined.toString(), k - 1);
            }
        }
        return isRow(s) ? new Logical(s, i) : null;
    }

    /**
     * The last line of a header that a copy wrapped over lines from line {@code i}, or -1: lines that each end with a
     * bar, the last straight over a delimiter row with as many cells as the lines hold together. Mirrors of the
     * encyclopedia break a header cell's line break ({@code Sample<br>size}) into the text, so the 2025 Polish table's
     * header came as {@code Polling firm/Link | Fieldwork date |}, {@code Sample size |}, one candidate a line, then
     * {@code Others | Don't know | Lead |}; read from its last line alone, the table had no pollster or date column and
     * the page was refused.
     */
    private static int wrappedHeaderEnd(String[] lines, int i) {
        int cells = 0;
        for (int k = i; k + 1 < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty() || !line.endsWith("|") || DELIMITER.matcher(line).matches()) {
                return -1;
            }
            cells += cells(line).size();
            String next = lines[k + 1].strip();
            if (next.indexOf('|') >= 0 && DELIMITER.matcher(next).matches()) {
                return k > i && cells == cells(next).size() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * {@link #wrappedHeaderEnd} asked only at the head of a block of lines ending in a bar (-1 elsewhere): asked at every
     * line, a long run of such lines was scanned to its end once for each of them.
     */
    private static int wrappedHeaderAt(String[] lines, int i) {
        return i > 0 && lines[i - 1].strip().endsWith("|") ? -1 : wrappedHeaderEnd(lines, i);
    }

    /**
     * The row {@code cells} with the cells it shares with the row above put back in their place. A converter that
     * drops spanned cells ({@code rowspan}) writes a survey's second line with its own cells first and the spanned ones
     * as empty cells at the end: the mirrors of the encyclopedia's Brazilian tables print a survey's scenarios as
     * {@code 33% | 15% | ... | 26% | 18% | |||} under {@code Exame/IDEIA | 24−28 Jan | 1,200 | 36% | ...}, and its
     * result's {@code Total votes | 41.3% | ... | ||} under {@code Results | 2 Oct | Valid votes | 43.2% | ...}. Read
     * as they are, the figures fell under the firm, date and sample columns and the whole page was refused. A row
     * whose {@code k} trailing empty cells, moved to its front, make its cells words where the row above has words and
     * figures where it has figures (and not so before) is such a line: its front cells are left empty, the span the
     * reader takes from the row above. A row that merely ends with an empty cell (a firm that gave no undecided) still
     * has its firm under the firm and its date under the date, and stays as it is.
     */
    static List<String> unshifted(List<String> above, List<String> cells) {
        // A line the converter moved starts with a cell of its own; a blank first cell is a span left in place.
        if (above == null || above.size() != cells.size() || cells.get(0).isBlank()) {
            return cells;
        }
        int k = 0;
        while (k < cells.size() && cells.get(cells.size() - 1 - k).isBlank()) {
            k++;
        }
        if (k == 0 || k >= cells.size() - 1) {
            return cells;
        }
        int width = cells.size();
        int asIs = 0;
        for (int j = 0; j < width - k; j++) {
            asIs += kind(cells.get(j)) == kind(above.get(j)) ? 0 : 1;
        }
        if (asIs == 0) {
            return cells;
        }
        // The dropped cells are where the row's own cells, once they make room, fall under cells of their kind: at
        // the front where the row above spans a survey's firm, date and sample over its scenarios (Brazil's), or in
        // the middle where it spans only a date another firm's poll shares (Taiwan's 2024 table prints ETtoday's
        // `| ETtoday | 1,295 | 35.4% | ... | |` under Mirror Media's `| Mirror Media | 30–31 December 2023 | 1,099 |`:
        // moved to the front, the firm fell under the date and the page was refused as a poll with no firm).
        for (int at = 0; at + k < width; at++) {
            boolean middle = at > 0;
            // In the middle the cells taken from above are another poll's: a date or a sample it shares, never its
            // shares (the Japanese 2021 copy's short row `16–17 Oct | | 49.1 | ...` under an eleven-figure poll took
            // seven of its figures, LDP 34 where it printed 49.1, into the rejects file to be corrected and stored).
            if (above.subList(at, at + k).stream().anyMatch(c -> c.isBlank() || middle && !sharedByTwoPolls(c))) {
                continue;
            }
            int moved = 0;
            for (int j = 0; j < width - k && moved == 0; j++) {
                // A dash above is a cell the row above left without a figure (an election's result row has no
                // method, `—`): it says nothing of what the column holds, so a poll's `IVR` under it is no misfit.
                // Set against it, the 2018 Quebec page's Forum row that the wikimili copy printed without its link
                // cell was refused as a cell short, where the same row under a poll's row was read.
                String over = above.get(j < at ? j : j + k);
                moved += kind(cells.get(j)) == kind(over) || isDash(over) ? 0 : 1;
            }
            if (moved > 0) {
                continue;
            }
            List<String> fixed = new ArrayList<>(cells.subList(0, at));
            for (int j = 0; j < k; j++) {
                // At the front the reader takes the span from the row above (a survey's further line); in the middle
                // the row is a poll of its own that shares the cell, which is the page's cell above it.
                fixed.add(at == 0 ? "" : above.get(at + j));
            }
            fixed.addAll(cells.subList(at, width - k));
            return fixed;
        }
        return cells;
    }

    /**
     * The columns in which the election's result row, the table's first row, prints a dash that spans the poll rows
     * below it ({@code rowspan}), or null. The encyclopedia's 2022 Danish table prints the Vegan Party's G column as
     * one "—" from the result row down, and its result row spans its label over the firm and date columns: {@code 2022
     * election result | – | 27.5 | ... | 0.5 | — | 9.3 | ... | 7.0 | |}. A Markdown copy drops the spanned cells, so
     * that row is its label's span short and each poll row under it the dash's span short, both padded with empty
     * cells at the end: read as written, every figure after K fell one column left, M's 8.5 under G. Only where the
     * row is a result row ({@link TableText#isResultLabel}) whose cell under the date column is no date (its label
     * spans it), ends in at least as many empty cells as it is short, and holds a dash among its figures. How short
     * it is comes from the header, not its padding: its first figure is the first option's ({@code header}'s first
     * column that is none of a poll's particulars), for a row may end in empty cells of its own (a result row with no
     * lead), and counted with them every dash was put a column too far right, M's figures under Æ (the review).
     */
    static List<Integer> spannedDashes(List<String> cells, List<String> header) {
        if (cells.size() < 4 || !TableText.isResultLabel(TableText.clean(cells.get(0)))) {
            return null;
        }
        int trailing = 0;
        while (trailing < cells.size() - 1
                && cells.get(cells.size() - 1 - trailing).isBlank()) {
            trailing++;
        }
        if (trailing == 0 || kind(cells.get(1)) == Kind.DATE || cells.get(1).isBlank()) {
            return null;
        }
        int firstOption = -1;
        for (int c = 1; c < header.size() && firstOption < 0; c++) {
            firstOption = Columns.field(TableText.clean(header.get(c))).isEmpty() ? c : -1;
        }
        int firstFigure = -1;
        for (int j = 1; j < cells.size() && firstFigure < 0; j++) {
            String cell = TableText.clean(cells.get(j)).strip();
            firstFigure = !cell.isEmpty() && !isDash(cell) && isFigure(cell) ? j : -1;
        }
        int pad = firstOption - firstFigure;
        if (firstOption < 0 || firstFigure < 0 || pad < 1 || pad > trailing) {
            return null;
        }
        List<Integer> dashes = new ArrayList<>();
        boolean figures = false;
        for (int j = 1; j < cells.size() - pad; j++) {
            String cell = TableText.clean(cells.get(j)).strip();
            if (!isDash(cell)) {
                figures |= isFigure(cell) && !cell.isEmpty();
            } else if (figures) {
                dashes.add(j + pad);
            }
        }
        return dashes.isEmpty() ? null : List.copyOf(dashes);
    }

    /**
     * Whether the first two poll rows from line {@code i} (or the one, where only one follows) each end in as many empty
     * cells as the result row has spanning dashes: a page's dash spans a run of rows, and one row whose own last cell is
     * empty (a poll printing no lead) is no span. Taken for one, a dash that was the result's own "did not stand" moved
     * that poll's figures a column right (M's 8.5 under Æ, the review).
     */
    private static boolean spansRowsBelow(List<Integer> dashes, String[] lines, int i, int width) {
        int seen = 0;
        for (int at = i; seen < 2 && !headsNextTable(lines, at); ) {
            Logical row = logical(lines, at, width);
            if (row == null) {
                break;
            }
            if (underSpannedDashes(dashes, cells(row.text())) == null) {
                return false;
            }
            seen++;
            at = row.last() + 1;
        }
        return seen > 0;
    }

    /**
     * The poll row {@code cells} with its empty cells at the end put back in the columns {@code dashes}, which the
     * result row's dash spans ({@link #spannedDashes}), or null where the row does not end in as many empty cells
     * (the span has ended, and the row has a cell of its own there).
     */
    static List<String> underSpannedDashes(List<Integer> dashes, List<String> cells) {
        int n = dashes.size();
        if (cells.size() <= n + 1 || cells.get(0).isBlank()) {
            return null;
        }
        for (int k = 0; k < n; k++) {
            if (!cells.get(cells.size() - 1 - k).isBlank()) {
                return null;
            }
        }
        List<String> fixed = new ArrayList<>(cells.subList(0, cells.size() - n));
        for (int d : dashes) {
            if (d > fixed.size()) {
                return null;
            }
            fixed.add(d, "");
        }
        return fixed;
    }

    /** What a cell holds, as far as a dropped cell's place goes: a figure, a date, or other words. */
    private enum Kind {
        FIGURE,
        DATE,
        WORDS
    }

    private static Kind kind(String cell) {
        if (isFigure(cell)) {
            return Kind.FIGURE;
        }
        return CellLinesTable.isDate(TableText.clean(cell)) ? Kind.DATE : Kind.WORDS;
    }

    /**
     * A cell two polls of a table may share, one spanning both rows: a date, words (a mode), or a sample ({@code 1,000},
     * {@code 1.099}, {@code 1200}); never a share nor a dash in a share's column (review: a "—" taken from a result row
     * moved every figure after it a column right, M's 6.4 where the poll printed 8.5).
     */
    private static boolean sharedByTwoPolls(String cell) {
        Kind kind = kind(cell);
        return kind == Kind.DATE
                || kind == Kind.WORDS
                || withoutFootnotes(cell).matches("\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d{3,}");
    }

    /** A cell's text without its footnote marks ("1,099[a]" is "1,099"). */
    private static String withoutFootnotes(String cell) {
        return TableText.clean(cell).replaceAll("\\[[^\\]]*\\]", "").strip();
    }

    /** A cell of a dash alone ({@code —}, {@code –}, {@code -}, {@code −}): not given. */
    private static boolean isDash(String cell) {
        return TableText.clean(cell).strip().matches("[-–−—]");
    }

    /** A cell of a figure, a dash or a bracketed n/a ({@code 33%}, {@code 1,200}, {@code −}, {@code (N/A)}), not words. */
    private static boolean isFigure(String cell) {
        String t = withoutFootnotes(cell);
        return t.isEmpty() || t.matches("(?i)[-–−—_+0-9.,%?\\s]+|\\(?n/?a\\)?");
    }

    /**
     * The encyclopedia's section edit link as text copies keep it beside a heading ({@code [edit]}, {@code [ edit ]},
     * and a word-swapping mirror's {@code [ tweak]}).
     */
    private static final Pattern EDIT_LINK = Pattern.compile(TableText.EDIT_LINK);

    /** The most lines of prose, chart captions and subheadings between a section's heading and its table. */
    private static final int SECTION_REACH = 8;

    /**
     * Whether line {@code i} is a section heading naming a ballot or round that a text copy printed as a bare line
     * ("Constituency vote", "Regional vote[edit]"): a short line of no cells that {@link ScopeWords#ofSectionRow} reads
     * as a scope, with a table starting within {@link #SECTION_REACH} lines below it and no other such line between.
     * A chart's legend ("Regional vote Constituency vote" far above a table) and prose that mentions a ballot are not.
     */
    private static boolean sectionLine(String[] lines, int i) {
        if (!isSectionWords(lines[i])) {
            return false;
        }
        for (int j = i + 1, seen = 0; j < lines.length && seen < SECTION_REACH; j++) {
            String s = lines[j].strip();
            if (s.isEmpty()) {
                continue;
            }
            if ((j + 1 < lines.length && startsTable(s, lines[j + 1].strip()))
                    || wrappedHeaderAt(lines, j) > j
                    || startsUndelimitedTable(lines, j)
                    || CellLinesTable.at(lines, j) != null) {
                return true;
            }
            if (isSectionWords(lines[j]) || isRow(s)) {
                return false;
            }
            seen++;
        }
        return false;
    }

    private static boolean isSectionWords(String line) {
        String s = EDIT_LINK.matcher(line.strip()).replaceAll("").strip();
        return !s.isEmpty() && s.indexOf('|') < 0 && ScopeWords.ofSectionRow(s) != null;
    }

    /**
     * Whether the next non-blank line after {@code i} starts a table (a line of cells over a delimiter row, or a header
     * wrapped over lines): a year alone heads only such a table; elsewhere (an infobox's, a navigation box's) it is
     * text, and read as a heading it would date the tables of a later section without a year of their own.
     */
    private static boolean tableBelow(String[] lines, int i) {
        int j = i + 1;
        while (j < lines.length && lines[j].isBlank()) {
            j++;
        }
        return j + 1 < lines.length
                && (startsTable(lines[j].strip(), lines[j + 1].strip()) || wrappedHeaderAt(lines, j) > j);
    }

    /**
     * Whether line {@code i} is the header of another table: a line of cells over a delimiter row. Copies of the
     * encyclopedia print one table straight under another with no blank line between (the 2022 Brazilian page's
     * aggregators' table over its polls' table, on wikimili): read as rows of the first, the polls' header and its
     * delimiter became two rows of a table with no pollster or date column, and the page was refused.
     */
    private static boolean headsNextTable(String[] lines, int i) {
        return i + 1 < lines.length && startsTable(lines[i].strip(), lines[i + 1].strip());
    }

    /**
     * Whether the (stripped) lines {@code row} and {@code next} start a table: a line of cells over a delimiter row.
     * The delimiter row has a bar, as GFM's must to have as many cells as the line above: a line with a bar over a
     * rule ({@code ---}) is a paragraph and a rule.
     */
    private static boolean startsTable(String row, String next) {
        return isRow(row) && next.indexOf('|') >= 0 && DELIMITER.matcher(next).matches();
    }

    /**
     * Whether line {@code i} is a row the copy cut off: the text's last line, with fewer cells than the header, with a
     * closing bar or without ({@code | Kantar TNS | 1–6 Sep 2017 | 2,004 | – | 2.9 | 5.7}, where a stored copy of the 2017
     * Norwegian page ends; {@code 6 Feb–5 Mar | Taloustutkimus | 14.1 | 16.2 |}, where the 2019 Finnish one does). Its
     * last figure may be cut too; read as a poll it was stored naming two parties, and the full row from another copy
     * then conflicted with it.
     */
    private static boolean cutOff(String[] lines, int i, int width) {
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return cells(lines[i].strip()).size() < width;
    }

    /**
     * Whether line {@code i}, a row with fewer cells than the header's {@code width}, goes on over the next line: a
     * cell or more ending in a bar that no row would start with ({@code 28.3 106/110 |}, {@code [a] | [a] | 1.5 0 |}),
     * and not so many that the line could be a row of its own.
     */
    private static boolean continuesBelow(String[] lines, int i, int width) {
        int have = cells(lines[i].strip()).size();
        if (have >= width || i + 1 >= lines.length) {
            return false;
        }
        String next = lines[i + 1].strip();
        return continuation(next) && have + cells(next).size() <= width;
    }

    /**
     * Whether a line's first cell is words, as a poll's row begins (its firm), not a figure, a dash or a footnote
     * marker ({@code 31.0 130}, {@code –}, {@code [a]}), as a row's continued cells are.
     */
    private static boolean startsWithWords(String s) {
        List<String> cells = cells(s);
        return !cells.isEmpty()
                && TableText.clean(cells.get(0)).replaceAll("\\[[^\\]]*\\]", "").matches(".*\\p{L}\\p{L}.*");
    }

    /** A line of a row's cells continued: ends in a bar, does not start with one, and is no delimiter. */
    private static boolean continuation(String s) {
        return !s.isEmpty()
                && !s.startsWith("|")
                && s.endsWith("|")
                && !DELIMITER.matcher(s).matches();
    }

    private static boolean isRow(String s) {
        return s.startsWith("|") || (s.indexOf('|') > 0 && s.indexOf('|') < s.length() - 1 && !s.startsWith("#"));
    }

    /**
     * A row of names: some text, and no digit in any cell but a footnote marker's ({@code Duda PiS [1]}, as a mirror
     * copies the 2020 Polish table's header: read as a poll, its names were refused as a row of no election).
     */
    private static boolean isNames(String line) {
        List<String> cells = cells(line).stream().map(TableText::clean).toList();
        return cells.stream().anyMatch(c -> !c.isBlank()) && cells.stream().noneMatch(c -> c.matches(".*\\d.*"));
    }

    /**
     * Whether {@code second}, the line of names under the header {@code first}, was the page's second header row under
     * columns that spanned both: {@code | Poll source | Date(s) administered | Don't know | Others | | | |} over {@code
     * | Duda PiS | Trzaskowski PO | Biedroń LEFT | | | |}, as a mirror's copy of the 2020 Polish table writes its
     * header. Markdown cannot span a cell, so the copy writes the second row's names first and pads the line; they
     * belong in the first line's empty cells, in order. Laid under the first columns instead, the candidates took the
     * pollster, date and don't-know columns, and every row was refused. Only when the names come first on their line
     * and match the first line's empty cells in number; a second line of candidates under their parties, each under
     * its own column, is read as written.
     */
    static boolean spannedHeader(List<String> first, List<String> second) {
        if (!isNames(String.join(" | ", second))
                || first.isEmpty()
                || first.get(0).isBlank()) {
            return false;
        }
        int names = nonEmpty(second).size();
        for (int k = names; k < second.size(); k++) {
            if (!second.get(k).isBlank()) {
                return false; // a gap among the names: they sit under columns of their own
            }
        }
        long empty = first.stream().filter(String::isBlank).count();
        return names > 0 && empty == names;
    }

    /**
     * Whether {@code second}, the line of names under the header {@code first}, holds the names of one group's columns
     * that the copy moved to the line's start, and which no empty cell of {@code first} can take: {@code | Polling firm
     * | Fieldwork date | ... | GL–PvdA | FvD | ... | |} over {@code | PvdA | GL | ||||...}, as a mirror's copy of the 2023
     * Dutch table writes the joint list's group over its two parties' columns of earlier polls. The copy keeps one
     * column for the group, and its rows one figure there. Laid under the first columns, the parties took the pollster
     * and date columns ("Polling firm PvdA"), and the whole table was refused as having no pollster column. Only when
     * the first line begins with the pollster's column, which no party's name heads, and the names come first on their
     * line and outnumber the first line's empty cells ({@link #spannedHeader} takes them where they match).
     */
    static boolean movedGroupNames(List<String> first, List<String> second) {
        if (!isNames(String.join(" | ", second))
                || first.isEmpty()
                || second.isEmpty()
                || second.get(0).isBlank()
                || !Columns.field(TableText.clean(first.get(0)))
                        .filter("pollster"::equals)
                        .isPresent()) {
            return false;
        }
        List<String> named = nonEmpty(second);
        // A group has two parts at least; a row of one cell under the header is a section's ("Second round", "2021"),
        // and taken for a group's names it was dropped, its run-off polls read as first preferences (review).
        if (named.size() < 2 || named.stream().anyMatch(n -> ScopeWords.ofSectionRow(TableText.clean(n)) != null)) {
            return false;
        }
        int names = named.size();
        for (int k = names; k < second.size(); k++) {
            if (!second.get(k).isBlank()) {
                return false;
            }
        }
        return names > first.stream().filter(String::isBlank).count();
    }

    /**
     * Whether {@code first}, the line over a table's delimiter, names only the groups its columns fall in, and
     * {@code second}, the line under the delimiter, is the header: {@code Parties | Blocs | ||||...} over {@code Polling
     * firm | Fieldwork date | Sample size | A | V | ... | Red | Blue | Lead | |}, as the wikimili and wikiclassic copies
     * of the 2022 Danish table print it (the page spans "Parties" over the party columns and "Blocs" over the blocs').
     * Markdown cannot span a cell, so the group names sit in the first columns; taken as the header, the group names
     * were joined to the pollster and date columns ("Parties Polling firm") and the page was refused as having no
     * pollster column. Only when the group names come first, are fewer than half the cells and name no pollster, and
     * the line below is as wide and begins with the pollster's column.
     */
    static boolean groupsOverHeader(List<String> first, List<String> second) {
        List<String> named = nonEmpty(first);
        if (named.isEmpty() || named.size() * 2 > first.size() || second.size() != first.size()) {
            return false;
        }
        for (int k = named.size(); k < first.size(); k++) {
            if (!first.get(k).isBlank()) {
                return false; // a gap among the names: they sit over columns of their own
            }
        }
        return named.stream().noneMatch(n -> Columns.field(TableText.clean(n)).isPresent())
                && isNames(String.join(" | ", first))
                && Columns.field(TableText.clean(second.get(0)))
                        .filter("pollster"::equals)
                        .isPresent();
    }

    /**
     * The columns {@code [from, to)} that the last of the dropped {@code groups} spans where it is a group of blocs
     * ("Blocs": Red, Blue, sums of the parties each bloc holds), or null: those between the header's others column and
     * its lead, as the encyclopedia's Danish tables place them, one to four of them. Without the group, "Red" and
     * "Blue" were read as parties no election has, and every poll was refused.
     */
    static int[] blocRun(List<String> groups, List<String> header) {
        String last = Columns.normalise(TableText.clean(groups.get(groups.size() - 1)));
        if (!(last.equals("bloc") || last.equals("blocs") || last.equals("blocks"))) {
            return null;
        }
        int others = -1;
        for (int c = 0; c < header.size(); c++) {
            String n = Columns.normalise(TableText.clean(header.get(c)));
            if (n.equals("others") || n.equals("other")) {
                others = c;
            } else if (others >= 0 && n.startsWith("lead")) {
                int span = c - others - 1;
                return span >= 1 && span <= 4 ? new int[] {others + 1, c} : null;
            }
        }
        return null;
    }

    /** The header {@code cells} as two rows: the group {@code name} over the columns {@code run}, the rest spanning both. */
    private static void blocHeader(StringBuilder html, List<String> cells, int[] run, String name, int lineNumber) {
        html.append("<tr ")
                .append(PageMarkup.SOURCE_LINE)
                .append("=\"")
                .append(lineNumber)
                .append("\">");
        for (int c = 0; c < cells.size(); c++) {
            if (c == run[0]) {
                html.append("<th colspan=\"")
                        .append(run[1] - run[0])
                        .append("\">")
                        .append(inline(name))
                        .append("</th>");
                c = run[1] - 1;
                continue;
            }
            html.append("<th rowspan=\"2\">").append(inline(cells.get(c))).append("</th>");
        }
        html.append("</tr>\n");
        row(html, cells.subList(run[0], run[1]), lineNumber, "th");
    }

    /**
     * Whether {@code cells}, the line under a header found below a line of groups ({@link #groupsOverHeader}), names
     * only the parts of a spanned column, moved to its start: {@code All parties | Above 2% | ||||...} under the Danish
     * table's {@code Lead}. A label may hold a figure ("Above 2%"), which {@link #isNames} takes for a row's: read as
     * a poll's row, its cells were the row above the first poll's, and each poll was set one column right of its own.
     */
    static boolean subColumnLabels(List<String> cells) {
        List<String> named = nonEmpty(cells);
        if (named.isEmpty() || named.size() * 2 > cells.size()) {
            return false;
        }
        for (int k = named.size(); k < cells.size(); k++) {
            if (!cells.get(k).isBlank()) {
                return false;
            }
        }
        return named.stream()
                .map(TableText::clean)
                .allMatch(n -> n.matches(".*\\p{L}\\p{L}.*")
                        && !isFigure(n)
                        && kind(n) != Kind.DATE
                        && !TableText.isResultLabel(n));
    }

    /** A cell that is an image's file name alone, as a text copy writes a picture: {@code File:Khol (cropped).jpg}. */
    private static final Pattern IMAGE_CELL =
            Pattern.compile("(?i)(?:File|Image):[^|]*\\.(?:jpe?g|png|svg|gif|webp|tiff?)");

    /** {@code cells} with each image's file name left empty, as the rendered page shows no words in its place. */
    static List<String> imagesBlanked(List<String> cells) {
        return cells.stream()
                .map(c -> IMAGE_CELL.matcher(TableText.clean(c)).matches() ? "" : c)
                .toList();
    }

    private static List<String> nonEmpty(List<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).toList();
    }

    /**
     * The header line {@code cells} whose named cells span the header's two rows ({@code rowspan="2"}), its empty cells
     * left over the second row's names as the page's colour bars are.
     */
    private static void row(StringBuilder html, List<String> cells, int lineNumber, String tag, boolean spanNamed) {
        html.append("<tr ")
                .append(PageMarkup.SOURCE_LINE)
                .append("=\"")
                .append(lineNumber)
                .append("\">");
        for (String cell : cells) {
            html.append('<').append(tag);
            if (spanNamed && !cell.isBlank()) {
                html.append(" rowspan=\"2\"");
            }
            html.append('>').append(inline(cell)).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }

    /**
     * A row the copy cut off, kept with {@link PageMarkup#CUT_ROW} for the reader to refuse as its poll (--skip-invalid
     * writes it to the rejects file): read as it is, it would be a poll of the few parties before the cut.
     */
    private static void cutRow(StringBuilder html, List<String> cells, int lineNumber, int width) {
        row(html, cells, lineNumber, "td", PageMarkup.CUT_ROW + "=\"" + cells.size() + " of " + width + "\" ");
    }

    private static void row(StringBuilder html, String line, int lineNumber, String tag) {
        row(html, cells(line), lineNumber, tag, "");
    }

    private static void row(StringBuilder html, List<String> cells, int lineNumber, String tag) {
        row(html, cells, lineNumber, tag, "");
    }

    /** A {@code <tr>} of {@code cells}, {@code attributes} (each followed by a space) before its source line's. */
    private static void row(StringBuilder html, List<String> cells, int lineNumber, String tag, String attributes) {
        html.append("<tr ")
                .append(attributes)
                .append(PageMarkup.SOURCE_LINE)
                .append("=\"")
                .append(lineNumber)
                .append("\">");
        for (String cell : cells) {
            html.append('<')
                    .append(tag)
                    .append('>')
                    .append(inline(cell))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        html.append("</tr>\n");
    }

    /** The cells of a row: split at bars that are not escaped ({@code \|}), without the outer bars. */
    static List<String> cells(String line) {
        String s = line;
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A cell's or a line's inline Markdown as HTML. */
    private static String inline(String text) {
        String t = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(PageMarkup.escape(m.group(1))));
        t = FOOTNOTE.matcher(t).replaceAll("");
        t = LINK.matcher(t)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "<a class=\"external\" href=\"" + PageMarkup.escape(m.group(2)) + "\">" + m.group(1) + "</a>"));
        t = BOLD.matcher(t)
                .replaceAll(
                        m -> Matcher.quoteReplacement("<b>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</b>"));
        t = ITALIC.matcher(t).replaceAll(m -> Matcher.quoteReplacement("<i>" + m.group(1) + "</i>"));
        return PageMarkup.keepTags(t);
    }

    private static String plainText(String text) {
        return LINK.matcher(text).replaceAll("$1").replace("**", "").replace("`", "");
    }
}
