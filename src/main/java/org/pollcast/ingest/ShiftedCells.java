package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row whose figures a copy moved into the wrong columns. Mirrors of the encyclopedia that print a table as text
 * drop the cells of candidates a poll did not ask (a spanned "not asked" cell, or none at all), so each figure after
 * the gap sits one column or more to the left, and the row ends in empty cells. The table's {@code Lead} column
 * gives it away: the row's lead cell is empty and its last figure is the lead of its two largest figures. The 2025
 * Polish table's January rows came so: IPSOS's 14–16 January poll (Others 3, Don't know 15, lead 10) was read as 3
 * for a candidate not standing, Others 15 and 10 undecided, and stored with no complaint. Which columns are missing
 * cannot be told from the row, so it is refused, naming the figure and its column; the page's rows are the check.
 */
final class ShiftedCells {
    private static final Pattern FIGURE = Pattern.compile("^\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*%?\\s*$");

    private ShiftedCells() {}

    /** Why the row's figures sit in the wrong columns, and the column whose figure says so. */
    record Shift(String column, String why) {}

    /** Why the row's figures sit in the wrong columns, or null where nothing says so. */
    static Shift of(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns) {
        int lead = -1;
        for (int c = 0; c < columns.size(); c++) {
            HtmlColumns.Column col = columns.get(c);
            if (col.group().isEmpty() && Columns.normalise(col.leaf()).equals("lead")) {
                lead = c;
            }
        }
        // A row that stops before its lead column (a text copy printing one cell to a line keeps no empty cell for
        // the one it lost: the Welsh Election Study's July 2024 row, its Others cell gone, read the lead 1 as Others)
        // has its lead cell empty as much as a row that prints it blank.
        if (lead < 0 || (lead < row.size() && !row.get(lead).text().isBlank())) {
            return null;
        }
        int last = -1;
        for (int c = Math.min(lead, row.size()) - 1; c >= 0; c--) {
            String text = row.get(c).text();
            if (!text.isBlank()) {
                last = figure(text) == null ? -1 : c;
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        List<Double> options = new ArrayList<>();
        for (int c = 0; c < last; c++) {
            Double f = columns.get(c).isOption() ? figure(row.get(c).text()) : null;
            if (f != null && (c == 0 || row.get(c) != row.get(c - 1))) {
                options.add(f);
            }
        }
        if (options.size() < 3) {
            return null;
        }
        options.sort((a, b) -> Double.compare(b, a));
        double leadOfTwo = options.get(0) - options.get(1);
        double printed = figure(row.get(last).text());
        if (leadOfTwo <= 0 || Math.abs(printed - leadOfTwo) > 0.051) {
            return null;
        }
        return new Shift(
                columns.get(last).leaf(),
                String.format(
                        Locale.ROOT,
                        "the row's figures sit in the wrong columns: its '%s' cell is empty, and its last figure, %s under '%s',"
                                + " is the lead of its two largest (%s − %s), as a copy that dropped the cells of candidates"
                                + " not asked prints a row; give the row as the page prints it",
                        columns.get(lead).leaf(),
                        row.get(last).text(),
                        columns.get(last).leaf(),
                        plain(options.get(0)),
                        plain(options.get(1))));
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Double figure(String text) {
        Matcher m = FIGURE.matcher(TableText.clean(text));
        return m.matches() ? Double.valueOf(m.group(1).replace(',', '.')) : null;
    }
}
