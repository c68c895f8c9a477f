package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A poll table printed one cell to a line, as text copies of encyclopedia pages print them: the column names, a line
 * each ({@code Polling firm}, {@code Fieldwork date}, {@code Sample size}, {@code R}, {@code SV}, ..., {@code Lead}),
 * then each row's cells a line each, every cell printed ({@code –} where the page has a dash). Read as prose, the 2021
 * Norwegian page's mirror gave "no list of a poll's figures". The width is the number of name lines before the first
 * row, found where a row's date cell falls: the rows are cut at that width only while each row's cell under the date
 * column holds a date; a row a cell short (the next row's date where a figure belongs) is kept short and marked, and
 * the reader passes it over as an event or refuses it as a poll whose cells cannot be placed, rather than shifting
 * figures into the wrong parties' columns. A last row the copy cuts off is left out, as its last figure may be cut too.
 */
final class CellLinesTable {
    /** The columns a poll table opens with: its first name must be one of them. */
    private static final Set<String> OPENING = Set.of("pollster", "pollster_client");

    private static final Set<String> DATED = Set.of("dates", "fieldwork_end", "fieldwork_start", "published");

    private static final Pattern MONTH = Pattern.compile(
            "(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b.*\\d.*|.*\\d.*\\b(jan|feb|mar|apr|may"
                    + "|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*");
    private static final Pattern NUMERIC_DATE = Pattern.compile(".*\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b.*");

    /** The table starting at line {@code start}: its header, its rows, and the line after its last. */
    record Found(
            List<String> header,
            List<List<String>> rows,
            List<Integer> rowLines,
            int end,
            List<String> cut,
            int cutLine,
            Set<Integer> shortRows,
            int overlongLine) {}

    private CellLinesTable() {}

    /** The table whose first name is line {@code start}, or null when none starts there. */
    static Found at(String[] lines, int start) {
        Found found = barCell(lines[start]) ? atBarCells(lines, start) : atWrappedNames(lines, start);
        if (found == null) {
            return null;
        }
        List<String> header = FlattenedHeader.placed(found.header(), found.rows());
        return header == found.header()
                ? found
                : new Found(
                        header,
                        found.rows(),
                        found.rowLines(),
                        found.end(),
                        found.cut(),
                        found.cutLine(),
                        found.shortRows(),
                        found.overlongLine());
    }

    /**
     * A table of bare lines whose names include one the copy wrapped after a slash ({@code Others/} over {@code
     * Undecided}, as the page breaks the heading): the two lines are one name. Counted as two, the header was a name
     * wider than the rows, and its last name (a candidate's) was dropped as no column of its own.
     */
    private static Found atWrappedNames(String[] lines, int start) {
        List<String> cells = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        boolean joined = false;
        int k = start;
        for (; k < lines.length && k < start + 60; k++) {
            String s = lines[k].strip();
            if (s.isEmpty() || isDate(s)) {
                break;
            }
            if (s.endsWith("/") && k + 1 < lines.length && wrapsName(s.replace("/", "x"), lines[k + 1].strip())) {
                cells.add(s + lines[k + 1].strip());
                origin.add(k);
                k++;
                joined = true;
                continue;
            }
            cells.add(s);
            origin.add(k);
        }
        if (!joined
                || (start > 0
                        && !lines[start - 1].isBlank()
                        && !field(lines[start - 1]).isEmpty())) {
            return atLines(lines, start);
        }
        for (; k < lines.length; k++) {
            cells.add(lines[k]);
            origin.add(k);
        }
        Found found = atLines(cells.toArray(String[]::new), 0);
        return found == null ? null : mappedBack(found, origin, lines.length);
    }

    /**
     * A table printed one cell to a line, each cell after a bar ({@code |Dates}, {@code |Pollster}, {@code |Tory}, ...,
     * then {@code |14–17 Jun}, {@code |Focaldata}, {@code |21%}, ...), as a page store keeps a news site's table (Left
     * Foot Forward's 2024 UK poll tracker); a header cell the copy wrapped ({@code |Lib} over {@code Dems}) is one
     * name. Read as prose, the page was refused as having "no list of a poll's figures". The cells are read as {@link
     * #atLines} reads a table of bare lines, and its lines are the page's.
     */
    private static Found atBarCells(String[] lines, int start) {
        if (start > 0 && barCell(lines[start - 1])) {
            return null; // inside a run of cells, not at its head
        }
        List<String> cells = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        int k = start;
        for (; k < lines.length; k++) {
            String s = lines[k].strip();
            if (barCell(s)) {
                cells.add(s.substring(1).strip());
                origin.add(k);
            } else if (!cells.isEmpty() && wrapsName(cells.get(cells.size() - 1), s)) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + s);
            } else {
                break;
            }
        }
        Found found = atLines(cells.toArray(String[]::new), 0);
        if (found == null) {
            return null;
        }
        return mappedBack(found, origin, k);
    }

    /** A table read from a list of cells, its line numbers those of the page's lines the cells came from. */
    private static Found mappedBack(Found found, List<Integer> origin, int blockEnd) {
        List<Integer> rowLines =
                found.rowLines().stream().map(line -> origin.get(line - 1) + 1).toList();
        int end = found.end() < origin.size() ? origin.get(found.end()) : blockEnd;
        int cutLine = found.cut() == null ? 0 : origin.get(Math.min(found.cutLine() - 1, origin.size() - 1)) + 1;
        return new Found(
                found.header(),
                found.rows(),
                rowLines,
                end,
                found.cut(),
                cutLine,
                found.shortRows(),
                found.overlongLine() > 0 ? origin.get(found.overlongLine() - 1) + 1 : 0);
    }

    /** A line holding one cell after a bar, and no other bar. */
    private static boolean barCell(String line) {
        String s = line.strip();
        return s.length() > 1 && s.startsWith("|") && s.indexOf('|', 1) < 0;
    }

    /**
     * Whether {@code line}, with no bar, is the rest of the name {@code cell} that a copy wrapped: a short word or two
     * with no figure, after a cell with none ({@code Lib} then {@code Dems}); a byline after the last row's figure is not.
     */
    private static boolean wrapsName(String cell, String line) {
        return !line.isEmpty()
                && line.length() <= 30
                && !line.matches(".*\\d.*")
                && !cell.isEmpty()
                && !cell.matches(".*\\d.*");
    }

    private static Found atLines(String[] lines, int start) {
        if (start > 0 && !lines[start - 1].isBlank() && !field(lines[start - 1]).isEmpty()) {
            return null; // inside a run of names, not at its head
        }
        if (start + 3 >= lines.length || !opens(lines, start)) {
            return null;
        }
        int dateColumn = -1;
        for (int k = 0; k < 3 && start + k < lines.length; k++) {
            if (DATED.contains(field(lines[start + k]))) {
                dateColumn = k;
                break;
            }
        }
        if (dateColumn < 0) {
            return null;
        }
        // The width: the first count of name lines after which a row's date cell holds a date.
        for (int width = dateColumn + 3; width <= 60 && start + width + dateColumn < lines.length; width++) {
            String firstCell = lines[start + width].strip();
            if (firstCell.isEmpty()) {
                return null; // a blank line ends the names before any row
            }
            // The first row may be the result's, its name spanning the first cells: its date then stands further left.
            if ((isDate(lines[start + width + dateColumn]) || spannedRow(lines, start + width, width, dateColumn) > 0)
                    && !isDate(lines[start + width - 1])
                    && !Columns.field(firstCell).isPresent()
                    && names(lines, start, width)) {
                return rows(lines, start, rowWidth(lines, start + width, width, dateColumn), start + width, dateColumn);
            }
        }
        return null;
    }

    /**
     * The number of cells a row holds, where a second header row follows the names: the page's row naming each
     * coalition's member parties under its column ({@code ODS}, {@code KDU–ČSL}, {@code TOP 09} under {@code SPOLU}, as
     * the text copy of the 2021 Czech table prints them after {@code Opp.}). Those names are no columns of their own:
     * counted as such, every row was read seven cells too wide and the page gave no poll. The rows' width is then the
     * distance from one row's date cell to the next, the same for at least three rows running and less than the names
     * counted; else (dates a line or two apart, as a table with two date columns prints them, or rows spaced unevenly
     * by events) the names' count stands.
     */
    private static int rowWidth(String[] lines, int firstRow, int width, int dateColumn) {
        int last = -1;
        int gap = 0;
        int run = 0;
        for (int j = firstRow + dateColumn; j < lines.length && j < firstRow + 12 * width; j++) {
            if (lines[j].isBlank()) {
                break;
            }
            if (!rowDate(lines[j])) {
                continue;
            }
            if (last >= 0) {
                int g = j - last;
                if (g < 3) {
                    return width;
                }
                run = g == gap ? run + 1 : 1;
                gap = g;
                if (run >= 3 && gap < width && gap >= dateColumn + 3) {
                    return droppedAreNames(lines, firstRow - width + gap, firstRow) ? gap : width;
                }
            }
            last = j;
        }
        return width;
    }

    /**
     * Whether the header's lines {@code from} to {@code to}, those a narrower row leaves without a cell, are names of
     * their own (a coalition's member parties), not columns the reader uses: a "Lead", a sample or an "Others" left out
     * because the rows printed no blank cell of theirs would put each row's lead under Others (review).
     */
    private static boolean droppedAreNames(String[] lines, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String name = TableText.clean(lines[k].strip());
            if (Columns.field(name).isPresent() || OTHERS_NAME.matcher(name).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern OTHERS_NAME = Pattern.compile("(?i)oth(?:er)?s?\\.?");

    /**
     * A row's date cell: its dates, a month alone ("Sep", the Czech table's Phoenix Research poll, whose page gives no
     * days: read as no date, it ended the table there and every poll below it was lost), or the label of election
     * night's exit poll in their place ("Exit Poll"). A month's name or abbreviation exactly: a prefix let "Novus",
     * "Marist" and "Decided" start rows, and a table of dates then firms was cut after each date (review).
     */
    private static boolean rowDate(String line) {
        return isDate(line) || MONTH_ALONE.matcher(line.strip()).matches() || TableText.isExitPollLabel(line.strip());
    }

    private static final Pattern MONTH_ALONE =
            Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\\.?"
                    + "|january|february|march|april|june|july|august|september|october|november|december");

    private static Found rows(String[] lines, int start, int width, int firstRow, int dateColumn) {
        List<String> header = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            header.add(lines[start + k].strip());
        }
        unflattenTrailingName(header);
        int textColumn = textColumn(header, dateColumn);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<Integer> shortRows = new ArrayList<>();
        int i = firstRow;
        while (i + dateColumn < lines.length) {
            int under = continuedRow(lines, i, rows, width, textColumn);
            if (under > 0) {
                // A survey's second line under the same date and firm, which the page spans over both ("Likely voter
                // (51.6%)" and its figures under Activa's 2-5 November 2021 row, as the Chilean table prints it): a
                // copy prints a spanned cell once, so the line starts at the text column. Read as a row of its own,
                // its label stood where a date belongs and the table was refused as having lost columns' names.
                List<String> row = new ArrayList<>(rows.get(rows.size() - 1).subList(0, textColumn));
                for (int k = 0; k < under; k++) {
                    row.add(lines[i + k].strip());
                }
                rows.add(row);
                rowLines.add(i + 1);
                i += under;
                continue;
            }
            if (!rowDate(lines[i + dateColumn])) {
                int spanned = spannedRow(lines, i, width, dateColumn);
                if (spanned == 0) {
                    if (!rows.isEmpty()
                            && i + 1 < lines.length
                            && FIGURE.matcher(lines[i].strip()).matches()
                            && FIGURE.matcher(lines[i + 1].strip()).matches()) {
                        // Figures go on where the next row's firm belongs: the rows are wider than the names, whose
                        // columns the copy dropped (the 2025 Czech table heads its parties with logos, which a text
                        // copy prints as nothing: nine names over rows of 21 to 23 cells). Read at the names' width,
                        // the first row's figures stood under the wrong parties and the rest of the table was lost.
                        return new Found(header, rows, rowLines, i, null, 0, Set.copyOf(shortRows), i + 1);
                    }
                    int resumes = rows.isEmpty() ? 0 : noteLines(lines, i, dateColumn);
                    if (resumes == 0) {
                        break;
                    }
                    // A note the page spans over the table between two polls ("Third televised debate (in French,
                    // September 20, 2018)"), a line of its own in a copy printed one cell to a line: its date is in
                    // its words, not in the date column, so the table ended there and every poll below it was lost
                    // without a word (the 2018 Quebec page's datadosen copy kept 8 of its 13 polls). Each note is
                    // a row of one cell, which the page's rules pass over as an event.
                    for (int k = 0; k < resumes; k++) {
                        rows.add(List.of(lines[i + k].strip()));
                        rowLines.add(i + k + 1);
                    }
                    i += resumes;
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (int k = 0; k < spanned; k++) {
                    row.add(lines[i + k].strip());
                }
                rows.add(row);
                rowLines.add(i + 1);
                i += spanned;
                continue;
            }
            List<String> row = new ArrayList<>();
            // A blank cell of a column of words (the type of poll, which the page leaves empty for most firms) prints
            // no line: where a figure stands in its place, the cell is empty and the figures are the options'. Read
            // at the width, each such row took the next row's date and was refused as short, its figures unread.
            boolean dropped = textColumn > dateColumn
                    && i + textColumn < lines.length
                    && FIGURE.matcher(lines[i + textColumn].strip()).matches();
            int k = 0;
            for (int at = 0; at < width; at++) {
                if (dropped && at == textColumn) {
                    row.add("");
                    continue;
                }
                if (i + k >= lines.length || lines[i + k].isBlank()) {
                    break;
                }
                row.add(lines[i + k].strip());
                k++;
            }
            int cells = row.size();
            int shortAt = nextRowInside(header, row, dateColumn);
            if (shortAt > 0) {
                // A date where a figure belongs is the next row's: this one is short. An event's line (a date and
                // what happened, "6 Aug 2024", "Eluned Morgan becomes First Minister of Wales") spans the page's row,
                // and a copy that lost a cell (a poll whose Others cell the page left blank) prints one cell fewer.
                // Cut at the width, every row after it was read a cell out, under the wrong parties; or, as the
                // event's date fills a date column, the event took the next poll's cells and was refused as a poll
                // by 'Eluned Morgan'. Kept short and marked so, the page's rules read it: an event's row is passed
                // over, and a poll with a dropped cell is refused, naming the column its lead slid into where the
                // table has a lead, else saying which cells it kept (a short row read as it stood put its figures
                // under the wrong parties: review).
                shortRows.add(rows.size());
                rows.add(List.copyOf(row.subList(0, shortAt)));
                rowLines.add(i + 1);
                i += dropped && shortAt > textColumn ? shortAt - 1 : shortAt;
                continue;
            }
            if (cells < width) {
                // The copy ends, or a blank line does, inside this row: its last figure may be cut too ("23" of
                // 23.9), so the row is no poll; what follows is read as the page's text. At the text's end it is
                // the copy's cut, which the reader names.
                boolean atEnd = true;
                for (int j = i + k; j < lines.length; j++) {
                    atEnd &= lines[j].isBlank();
                }
                return new Found(
                        header,
                        rows,
                        rowLines,
                        atEnd ? lines.length : i,
                        atEnd ? row : null,
                        i + 1,
                        Set.copyOf(shortRows),
                        0);
            }
            rows.add(row);
            rowLines.add(i + 1);
            i += k;
        }
        return new Found(header, rows, rowLines, i, null, 0, Set.copyOf(shortRows), 0);
    }

    /**
     * Puts back at the end a column of those naming another candidate or no one ({@code Others/None}) that a copy
     * printed before the options' names. A page whose header has two rows (the dates, firm and type of poll, a colour
     * cell over each candidate, and {@code Others/None}, each spanning both rows; then the candidates' names under
     * their colours, as the 2021 Chilean table heads them) prints as text its first row's words and then its second
     * row's: the spanned column after the candidates comes out before them. Read in that order, every figure stood
     * one candidate to the left (Cadem's Boric 27 as Artés's, Kast's 29 as Sichel's, and Kast given the row's dash),
     * and the polls were stored so, without a word. Only where the names before it are all columns of the poll's
     * particulars (dates, firm, type, sample) and every name after it is an option's.
     */
    static void unflattenTrailingName(List<String> header) {
        for (int o = 1; o < header.size() - 2; o++) {
            String name = TableText.clean(header.get(o));
            if (!"dont_know".equals(Columns.field(name).orElse(""))
                    && !OTHERS_NAME.matcher(name).matches()) {
                continue;
            }
            boolean particularsBefore = true;
            for (int b = 0; b < o; b++) {
                String f = Columns.field(TableText.clean(header.get(b))).orElse("");
                particularsBefore &= !f.isEmpty() && !f.equals("dont_know");
            }
            boolean optionsAfter = true;
            for (int a = o + 1; a < header.size(); a++) {
                optionsAfter &= Columns.field(TableText.clean(header.get(a))).isEmpty();
            }
            if (particularsBefore && optionsAfter) {
                header.add(header.remove(o));
            }
            return;
        }
    }

    /**
     * The column of words that a row may leave blank (the type of poll, its mode or population) straight before the
     * options' columns, or -1. One after the figures (the Quebec table's closing "Method") is no such column: a row
     * missing a cell there is short, as before.
     */
    private static int textColumn(List<String> header, int dateColumn) {
        for (int c = dateColumn + 1; c + 2 < header.size(); c++) {
            String f = Columns.field(TableText.clean(header.get(c))).orElse("");
            if ((f.equals("mode") || f.equals("population"))
                    && Columns.field(TableText.clean(header.get(c + 1))).isEmpty()
                    && Columns.field(TableText.clean(header.get(c + 2))).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The number of cells of a row at line {@code i} that goes on under the previous row's spanned date and firm (a
     * cell of words under the text column, then figures to the table's end), or 0 when none starts there.
     */
    private static int continuedRow(String[] lines, int i, List<List<String>> rows, int width, int textColumn) {
        if (textColumn < 1 || rows.isEmpty() || rows.get(rows.size() - 1).size() != width) {
            return 0;
        }
        int under = width - textColumn;
        if (under < 3 || i + under > lines.length) {
            return 0;
        }
        String label = lines[i].strip();
        // A result row ("2021 election result", "First round result" and its figures) is no survey's second line: read
        // as one, it was stored as a poll under the row above's date and firm (the review).
        if (label.isEmpty()
                || FIGURE.matcher(label).matches()
                || rowDate(label)
                || TableText.isResultLabel(TableText.clean(label))) {
            return 0;
        }
        for (int k = 1; k < under; k++) {
            if (!FIGURE.matcher(lines[i + k].strip()).matches()) {
                return 0;
            }
        }
        return under;
    }

    /**
     * The number of cells of a row at line {@code i} whose first cells the page spans, so that its date stands left of
     * the date column, or 0 when none is there: the result's row ("2021 Scottish Parliament election", "6 May 2021",
     * its figures: the name spans the pollster's and client's cells) and an event's ("4 May 2021", "BBC Scotland
     * leaders' debate"). It ends where the next row starts (a cell of words, not a figure, with a date where a row
     * holds its date, or a date itself, an event's or a result's), and must be followed by one. Cut at the table's
     * width, the result's row took the header's last name ("Lead") as its first cell, the header was read one name
     * short, and the page was read as one poll by a pollster "Lead" with the result's figures, its polls lost.
     */
    private static int spannedRow(String[] lines, int i, int width, int dateColumn) {
        for (int d = 0; d < dateColumn && i + d < lines.length; d++) {
            if (lines[i + d].isBlank() || !isDate(lines[i + d])) {
                continue;
            }
            int most = width - (dateColumn - d);
            for (int p = d + 1; p <= most && i + p < lines.length; p++) {
                String cell = lines[i + p].strip();
                if (cell.isEmpty()) {
                    return 0;
                }
                if (FIGURE.matcher(cell).matches()) {
                    continue;
                }
                boolean nextRow =
                        isDate(cell) || (i + p + dateColumn < lines.length && isDate(lines[i + p + dateColumn]));
                if (nextRow) {
                    return p;
                }
            }
            return 0;
        }
        return 0;
    }

    /**
     * The number of note lines from line {@code i} (one to three, each words with no figure of its own cell, as the
     * page's spanned notes of debates and campaign dates print) after which a row resumes: a firm's name, not a
     * figure, with a row's date in the date column. 0 when none: the table ends at {@code i}.
     */
    private static int noteLines(String[] lines, int i, int dateColumn) {
        for (int n = 1; n <= 3 && i + n + dateColumn < lines.length; n++) {
            String note = lines[i + n - 1].strip();
            if (note.isEmpty() || note.length() > 200 || FIGURE.matcher(note).matches() || rowDate(note)) {
                return 0;
            }
            String next = lines[i + n].strip();
            if (!next.isEmpty()
                    && !FIGURE.matcher(next).matches()
                    && !rowDate(next)
                    && rowDate(lines[i + n + dateColumn])) {
                return n;
            }
        }
        return 0;
    }

    /** A cell of a figure, a dash or a share ("47.7%", "–", "1,144", "Tie" is words): never a row's first cell. */
    private static final Pattern FIGURE = Pattern.compile("[–—−-]|[<>~]?\\d[\\d.,]*\\s*%?");

    /**
     * Where, in {@code row} (read at the table's width), the next row starts because a cell past the date column holds
     * a date where the header names no date (so it is the next row's date cell), or 0 when the row is whole. The
     * row must keep more cells than the date column, so a cut is never before a row's own date.
     */
    private static int nextRowInside(List<String> header, List<String> row, int dateColumn) {
        for (int k = dateColumn + 1; k < row.size(); k++) {
            int start = k - dateColumn;
            if (start > dateColumn
                    && rowDate(row.get(k))
                    && !DATED.contains(field(header.get(k)))
                    && !row.get(k).matches(".*\\d+(\\.\\d+)?\\s*%.*")) {
                return start;
            }
        }
        return 0;
    }

    /**
     * Whether line {@code start} opens a poll table's names: the pollster's column, or the dates' with the pollster's
     * straight after it ({@code Dates}, {@code Pollster}, as news sites print their trackers).
     */
    private static boolean opens(String[] lines, int start) {
        String first = field(lines[start]);
        return OPENING.contains(first) || (DATED.contains(first) && OPENING.contains(field(lines[start + 1])));
    }

    /** Whether the {@code width} lines from {@code start} are all names: none empty, none a date. */
    private static boolean names(String[] lines, int start, int width) {
        for (int k = 0; k < width; k++) {
            String s = lines[start + k].strip();
            if (s.isEmpty() || s.length() > 40 || isDate(s)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDate(String line) {
        String s = line.strip();
        return s.length() <= 40
                && (MONTH.matcher(s).matches() || NUMERIC_DATE.matcher(s).matches());
    }

    private static String field(String line) {
        return Columns.field(line.strip()).orElse("");
    }
}
