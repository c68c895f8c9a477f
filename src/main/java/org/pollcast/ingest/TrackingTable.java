package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A firm's tracking table in its release: the options as rows and the firm's successive surveys as columns, each
 * headed by its fieldwork dates without a year ({@code Apr 25-26}, {@code May 13}, {@code June 23}), perhaps a last
 * column of changes ({@code +/- in last week}). A page store prints such a table one cell to a line, the cells
 * parted by a line holding a bar alone or by blank lines (Forum Research's Toronto releases of 2023):
 *
 * <pre>
 * %
 * |
 * Apr 25-26
 * |
 * ...
 * Olivia Chow
 * |
 * 31
 * </pre>
 *
 * <p>Read as prose, the release was refused as having "no list of a poll's figures", though it holds every poll
 * the firm made of the race. The table is found by its header, a run of two or more date cells; each row is a label
 * and then exactly one cell per column, a figure or a dash (not asked); the rows end at the first that does not fit,
 * so a copy cut short inside a row leaves that row out rather than shifting its figures into other columns, and a
 * row that does not fit before the page ends is named in every poll's notes ({@link Found#unread}).
 */
final class TrackingTable {
    /** A column's heading: a month's name (or its first three letters) and a day or a range of days, no year. */
    private static final Pattern DATE_CELL = Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "(?:\\s*[-–]\\s*(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?"
                    + "\\d{1,2}(?:st|nd|rd|th)?)?");
    /** A change column's heading: {@code +/- in last week}, {@code +/-}, {@code Change}. */
    private static final Pattern CHANGE_HEADING =
            Pattern.compile("(?i)(\\+\\s*/\\s*-|±|change|chg\\.?|diff\\.?|net change).*");
    /** A survey's cell: a share, or a dash where the option was not asked. */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,2}(?:\\.\\d)?\\s?%?|<\\s?1\\s?%?|[-–—]");
    /** A change column's cell: {@code +7}, {@code -3}, {@code 0}, {@code N/A}, a dash. */
    private static final Pattern CHANGE = Pattern.compile("(?i)[+\\-–−±]?\\s?\\d{1,2}(?:\\.\\d)?|n/?a|new|[-–—]");
    /** A row's label: a name, with a letter and no figure. */
    private static final Pattern LABEL = Pattern.compile("(?=.*\\p{L})[^\\d]{2,60}");

    /** A cell and the page's line it is on. */
    record Cell(String text, int line) {}

    /** One option's row: its label and its figure in each survey's column. */
    record Row(Cell label, List<Cell> figures) {}

    /**
     * The table found: the surveys' headings, in the page's order; the rows; the index (in the page's lines) of the
     * first heading cell's line, above which the title and the release's dateline stand; the label of the first row
     * that did not fit the columns where one did not (a cell missing or extra: its figures cannot be placed under their
     * surveys, so it and the rows after it are not read, and the polls must say so), else null.
     */
    record Found(List<Cell> columns, List<Row> rows, int headerAt, Cell unread) {}

    private TrackingTable() {}

    /** The first tracking table in {@code lines}, a release page's non-blank lines. */
    static Optional<Found> find(List<ReleasePageReader.Line> lines) {
        List<Cell> cells = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (!t.equals("|")) {
                cells.add(new Cell(t, lines.get(i).number()));
                index.add(i);
            }
        }
        for (int start = 0; start < cells.size(); start++) {
            int k = start;
            while (k < cells.size() && DATE_CELL.matcher(cells.get(k).text()).matches()) {
                k++;
            }
            int dates = k - start;
            if (dates < 2) {
                continue;
            }
            boolean change = k < cells.size()
                    && CHANGE_HEADING.matcher(cells.get(k).text()).matches();
            int width = dates + (change ? 1 : 0);
            List<Row> rows = rows(cells, change ? k + 1 : k, dates, width);
            if (rows.size() >= 2) {
                int next = (change ? k + 1 : k) + rows.size() * (width + 1);
                Cell unread = next + width < cells.size()
                                && LABEL.matcher(cells.get(next).text()).matches()
                        ? cells.get(next)
                        : null;
                return Optional.of(new Found(cells.subList(start, k), rows, index.get(start), unread));
            }
            start = k - 1;
        }
        return Optional.empty();
    }

    private static List<Row> rows(List<Cell> cells, int from, int dates, int width) {
        List<Row> rows = new ArrayList<>();
        int at = from;
        while (at + width < cells.size() && LABEL.matcher(cells.get(at).text()).matches()) {
            List<Cell> figures = new ArrayList<>();
            boolean fits = true;
            for (int c = 0; c < width && fits; c++) {
                String t = cells.get(at + 1 + c).text();
                fits = c < dates
                        ? FIGURE.matcher(t).matches()
                        : CHANGE.matcher(t).matches();
                if (c < dates) {
                    figures.add(cells.get(at + 1 + c));
                }
            }
            if (!fits) {
                break;
            }
            rows.add(new Row(cells.get(at), figures));
            at += width + 1;
        }
        return rows;
    }
}
