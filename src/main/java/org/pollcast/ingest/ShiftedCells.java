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
    /** A lead column's name, normalised: "Lead", or one of a table's numbered leads ("Lead #1", "Lead #2"). */
    private static final Pattern LEAD = Pattern.compile("lead(_\\d)?");

    private static final Pattern FIGURE = Pattern.compile("^\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*%?\\s*$");

    private ShiftedCells() {}

    /** Why the row's figures sit in the wrong columns, and the column whose figure says so. */
    record Shift(String column, String why) {}

    /**
     * A row's cells of what the candidates leave (Others, Null, Blank, Undecided), to be left unread, and why; with
     * {@link #blanked} the row without them.
     */
    record Unread(List<Integer> columns, String why) {
        List<TableGrid.Cell> blanked(List<TableGrid.Cell> row) {
            List<TableGrid.Cell> out = new ArrayList<>(row);
            for (int c : columns) {
                if (c < out.size()) {
                    TableGrid.Cell cell = out.get(c);
                    out.set(c, new TableGrid.Cell(cell.element(), cell.header(), "", cell.rowspan(), cell.colspan()));
                }
            }
            return out;
        }
    }

    /**
     * A row of a two-candidate table whose copy lost a cell among what the candidates leave: its Lead cell empty, and its
     * last figure, under one of those columns, the lead of the two, while both candidates' cells hold a figure. The
     * candidates' figures stand where they belong; which of the cells after them went cannot be told, so none of them
     * is read. wikimili's copies print rows so: the 2019 Istanbul table's PİAR (48.5, 48.7, then 0.2 under Others),
     * stored with others 0.2, and the 2025 Ecuadorian run-off's twelve rows (Comunicaliza's 41.5, 41.1, 8.0, 9.5, then
     * 0.4 under Undecided), stored with the lead as their undecided. Null where the row is not so.
     */
    static Unread leadUnderRemainder(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, boolean leadsPrinted) {
        int lead = lastLead(columns);
        if (lead < 0 || (lead < row.size() && !row.get(lead).text().isBlank())) {
            return null;
        }
        int last = -1;
        for (int c = Math.min(lead, row.size()) - 1; c >= 0 && last < 0; c--) {
            if (!row.get(c).text().isBlank()) {
                last = c;
            }
        }
        if (last < 0 || figure(row.get(last).text()) == null || !isRemainder(columns.get(last))) {
            return null;
        }
        // Two candidates' columns only: with more, a candidate not asked loses its cell too, and the figures after it
        // sit under the wrong candidates (the 2025 Polish table's IPSOS row: Others 3 under a candidate), which of()
        // refuses.
        long candidates =
                columns.stream().filter(c -> isShare(c) && !isRemainder(c)).count();
        if (candidates != 2) {
            return null;
        }
        List<Integer> unread = new ArrayList<>();
        int first = firstShare(columns);
        for (int c = 0; c < lead; c++) {
            HtmlColumns.Column col = columns.get(c);
            if (isShare(col)
                    && !isRemainder(col)
                    && (c >= row.size() || figure(row.get(c).text()) == null)) {
                return null; // a candidate's cell empty: which went cannot be told (of() and the remainder rule say)
            }
            if (isRemainder(col) && c >= first) {
                unread.add(c);
            }
        }
        List<Double> options = largestFirst(row, columns, last);
        if (!isLeadOfTwo(row, last, options, 2)) {
            return null;
        }
        if (!leadsPrinted) {
            // Where the table's rows do not print their leads as a rule (the Ecuadorian copy's every row lost one),
            // the row's own sum must say the figure is no share: without it the row is nearer 100 (Tino Electoral's
            // 52.4, 45.1, 2.5 make 100; with its 7.3, 107.3). A real undecided that happens to equal the lead makes
            // the row whole (review).
            double with = 0;
            for (int c = first; c <= last; c++) {
                Double f = figure(row.get(c).text());
                with += f == null ? 0 : f;
            }
            double without = with - figure(row.get(last).text());
            if (Math.abs(without - 100) >= Math.abs(with - 100)) {
                return null;
            }
        }
        return new Unread(
                unread,
                String.format(
                        Locale.ROOT,
                        "its lead, %s (%s − %s), is printed under '%s' and its '%s' cell is empty, as a copy that lost"
                                + " a cell prints a row: its candidates' figures are read, its %s figures are not",
                        row.get(last).text().strip(),
                        plain(options.get(0)),
                        plain(options.get(1)),
                        columns.get(last).leaf(),
                        columns.get(lead).leaf(),
                        String.join(
                                ", ",
                                unread.stream().map(c -> columns.get(c).leaf()).toList())));
    }

    /** The table's last lead column ("Lead", "Lead #2"), or -1. */
    private static int lastLead(List<HtmlColumns.Column> columns) {
        int lead = -1;
        for (int c = 0; c < columns.size(); c++) {
            HtmlColumns.Column col = columns.get(c);
            if (col.group().isEmpty()
                    && LEAD.matcher(Columns.normalise(col.leaf())).matches()) {
                lead = c;
            }
        }
        return lead;
    }

    /**
     * Whether most of a table's rows of figures print their lead: only then does a row's empty Lead cell say its copy
     * lost a cell. A table whose rows leave the lead blank as a rule has rows whose undecided equals the lead of the
     * two by chance (review: a constructed Istanbul table lost two real polls so).
     */
    static boolean leadsPrinted(List<List<TableGrid.Cell>> rows, List<HtmlColumns.Column> columns) {
        int lead = lastLead(columns);
        if (lead < 0) {
            return false;
        }
        int printing = 0;
        int polls = 0;
        for (List<TableGrid.Cell> row : rows) {
            if (optionFigures(row, columns, lead) >= 2) {
                polls++;
                printing += lead < row.size() && figure(row.get(lead).text()) != null ? 1 : 0;
            }
        }
        return printing >= 2 && printing * 2 > polls;
    }

    /**
     * Whether the row's figure in column {@code last} is the lead of its two largest {@code options} (to a rounding),
     * among {@code least} options or more.
     */
    private static boolean isLeadOfTwo(List<TableGrid.Cell> row, int last, List<Double> options, int least) {
        if (options.size() < least) {
            return false;
        }
        double leadOfTwo = options.get(0) - options.get(1);
        return leadOfTwo > 0 && Math.abs(figure(row.get(last).text()) - leadOfTwo) <= 0.051;
    }

    /** The first column of the candidates' shares, or the columns' count where there is none. */
    private static int firstShare(List<HtmlColumns.Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (isShare(columns.get(c)) && !isRemainder(columns.get(c))) {
                return c;
            }
        }
        return columns.size();
    }

    /** Why the row's figures sit in the wrong columns, or null where nothing says so. */
    static Shift of(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns) {
        int lead = -1;
        int firstLead = -1;
        for (int c = 0; c < columns.size(); c++) {
            HtmlColumns.Column col = columns.get(c);
            if (col.group().isEmpty()
                    && LEAD.matcher(Columns.normalise(col.leaf())).matches()) {
                lead = c;
                firstLead = firstLead < 0 ? c : firstLead;
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
        if (firstLead >= 0 && firstLead < lead && last == firstLead) {
            return twoLeads(row, columns, last, lead);
        }
        List<Double> options = largestFirst(row, columns, last);
        if (!isLeadOfTwo(row, last, options, 3)) {
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

    /**
     * A table with two lead columns, the first two's and the second and third's ("Lead #1", "Lead #2": the 2018 Turkish
     * presidential table), whose row lost a cell: its last lead cell is empty and its two leads sit one column left,
     * the first under the last candidate. wikimili's copy prints the İYİ Party's poll of 6 June so (Erdoğan 42.0, İnce
     * 22.4, Akşener 22.7, Demirtaş 11.0, Karamollaoğlu 1.9, then 19.3 and 0.3 where Perinçek and Lead #1 stand), which
     * was refused as shares summing to 119.3, a message that hid which cell went. Null where the figures are not so.
     */
    private static Shift twoLeads(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, int second, int lead) {
        int first = second - 1;
        Double secondLead = figure(row.get(second).text());
        Double firstLead = first >= 0 ? figure(row.get(first).text()) : null;
        if (secondLead == null || firstLead == null || !columns.get(first).isOption()) {
            return null;
        }
        List<Double> options = largestFirst(row, columns, first);
        if (options.size() < 3) {
            return null;
        }
        double one = options.get(0) - options.get(1);
        double two = options.get(1) - options.get(2);
        if (one <= 0 || Math.abs(firstLead - one) > 0.051 || Math.abs(secondLead - two) > 0.051) {
            return null;
        }
        return new Shift(
                columns.get(first).leaf(),
                String.format(
                        Locale.ROOT,
                        "the row's figures sit in the wrong columns: its '%s' cell is empty, and its last two figures,"
                                + " %s under '%s' and %s under '%s', are the leads of its three largest (%s − %s, %s −"
                                + " %s), as a copy that lost a cell prints a row: which candidate's figure went cannot"
                                + " be told; give the row as the page prints it",
                        columns.get(lead).leaf(),
                        row.get(first).text(),
                        columns.get(first).leaf(),
                        row.get(second).text(),
                        columns.get(second).leaf(),
                        plain(options.get(0)),
                        plain(options.get(1)),
                        plain(options.get(1)),
                        plain(options.get(2))));
    }

    /**
     * The poll rows of a table all stop short of a column its average row fills. An average has a figure only where the
     * polls it averages have one, so where no poll row reaches the column the copy dropped a cell of each row and
     * every figure after the gap sits a column left of its party. Electoral Calculus's 2019 table as the store copies
     * it lost each row's empty UKIP cell: the Greens' 2 was read as UKIP's and the Brexit Party's 3 as the Greens',
     * and stored without a word, while its AVERAGE row still printed the Brexit Party's 3.2. Which cell went cannot
     * be told, so the rows are refused. Null where the table has no average row, or its polls reach its columns.
     *
     * @param grid the table's rows below its header
     * @param pollRows the indices in {@code grid} of the rows read as polls (an average's among them)
     */
    static Shift shortOfAverage(
            List<List<TableGrid.Cell>> grid, List<Integer> pollRows, List<HtmlColumns.Column> columns) {
        int pollster = -1;
        for (int c = 0; c < columns.size() && pollster < 0; c++) {
            String field = columns.get(c).field();
            pollster = "pollster".equals(field) || "pollster_client".equals(field) ? c : -1;
        }
        if (pollster < 0) {
            return null;
        }
        int pollsReach = -1;
        int polls = 0;
        for (int r : pollRows) {
            List<TableGrid.Cell> row = grid.get(r);
            if (pollster < row.size()
                    && !PollAverages.isAverage(row.get(pollster).text())) {
                pollsReach = Math.max(pollsReach, lastOptionFigure(row, columns));
                polls++;
            }
        }
        if (polls < 2) {
            return null;
        }
        for (List<TableGrid.Cell> row : grid) {
            if (pollster >= row.size()
                    || !PollAverages.isAverage(row.get(pollster).text())) {
                continue;
            }
            int reach = lastOptionFigure(row, columns);
            if (pollsReach >= 0 && reach > pollsReach && !isRemainder(row, columns, reach)) {
                return new Shift(
                        columns.get(reach).leaf(),
                        String.format(
                                Locale.ROOT,
                                "the table's '%s' row has a figure under '%s' (%s), where no poll row of the table has"
                                        + " one, and an average holds figures only where its polls do: the copy dropped"
                                        + " a cell of each row, so every figure after the gap sits a column left of its"
                                        + " party, and which cell went cannot be told; give the rows as the page prints"
                                        + " them",
                                TableText.clean(row.get(pollster).text()),
                                columns.get(reach).leaf(),
                                TableText.clean(row.get(reach).text())));
            }
        }
        return null;
    }

    /**
     * A table copied without its spans (a Markdown or text copy) whose last column holds what a poll leaves to no
     * named candidate ("Blank, null, others, undecided", "Others", "Don't know"), which its rows print:
     * {@link RemainderColumn#of} finds the rows that stop short of it. Null where the table has no such column, or
     * fewer than two rows print a figure in it.
     *
     * @param grid the table's rows below its header
     */
    static RemainderColumn remainderColumn(List<List<TableGrid.Cell>> grid, List<HtmlColumns.Column> columns) {
        int remainder = -1;
        for (int c = columns.size() - 1; c >= 0 && remainder < 0; c--) {
            HtmlColumns.Column col = columns.get(c);
            if (col.leaf().isBlank()
                    || (col.isOption()
                            && LEAD.matcher(Columns.normalise(col.leaf())).matches())) {
                continue; // a lead, or an unheaded column at the table's end (a copy's last bar)
            }
            if ("dont_know".equals(col.field()) || (col.isOption() && OptionResolver.othersLine(col.leaf()))) {
                remainder = c;
            } else if (col.isOption() || col.field() == null) {
                break; // a candidate's column is last: the table has no remainder column at its end
            }
        }
        if (remainder < 0) {
            return null;
        }
        // Two rows printing it show the column is the table's; a share of the rows would not do, for where a copy
        // shifted half of a short table's rows (two of the Costa Rican copy's four) they are not the fewer.
        int printing = 0;
        for (List<TableGrid.Cell> row : grid) {
            if (optionFigures(row, columns, remainder) >= 2
                    && remainder < row.size()
                    && figure(row.get(remainder).text()) != null) {
                printing++;
            }
        }
        if (printing < 2) {
            return null;
        }
        // The candidate columns some poll row fills, found once: a row's gap is asked of them, not of every row again.
        boolean[] filled = new boolean[columns.size()];
        for (List<TableGrid.Cell> row : grid) {
            if (optionFigures(row, columns, remainder) >= 2) {
                for (int c = 0; c < Math.min(remainder, row.size()); c++) {
                    filled[c] |= figure(row.get(c).text()) != null;
                }
            }
        }
        return new RemainderColumn(remainder, filled, columns);
    }

    /**
     * The last column of a spanless table's rows that holds their remainder ({@link #remainderColumn}). A copy that
     * drops the cells of candidates a poll did not ask prints the row's figures from the left and pads it with empty
     * cells to the table's width: its figures then sit under the wrong candidates and its remainder cell is empty.
     * wikimili-style copies of the 2022 Costa Rican table printed Demoscopia's nine figures so, and its undecided 35.3
     * was stored as a candidate's share (Quesada, who won under 1%), with Araya's 20.2 where Figueres's belongs.
     *
     * @param filled the columns before it that some row of two option figures or more fills
     */
    record RemainderColumn(int column, boolean[] filled, List<HtmlColumns.Column> columns) {
        /**
         * Why the row's figures sit in the wrong columns: it prints options' figures, then nothing to the remainder
         * column, the remainder cell included, under option columns other rows fill. Null where the row is not so.
         */
        Shift of(List<TableGrid.Cell> row) {
            if (optionFigures(row, columns, column) < 2
                    || (column < row.size() && !row.get(column).text().isBlank())) {
                return null;
            }
            int last = -1;
            for (int c = Math.min(column, row.size()) - 1; c >= 0 && last < 0; c--) {
                if (!row.get(c).text().isBlank()) {
                    last = c;
                }
            }
            if (last < 0 || figure(row.get(last).text()) == null) {
                return null;
            }
            // Only a candidate's column in the gap says a cell went: a row printing its candidates' figures and
            // nothing under Others before an empty Undecided (the 2019 Istanbul table's PİAR row, Yıldırım 48.5,
            // İmamoğlu 48.7) is a poll that published no others, and was refused.
            int gap = 0;
            for (int c = last + 1; c < column; c++) {
                if (isShare(columns.get(c)) && filled[c] && !isRemainder(columns.get(c))) {
                    gap++;
                }
            }
            if (gap == 0) {
                return null;
            }
            return new Shift(
                    columns.get(column).leaf(),
                    String.format(
                            Locale.ROOT,
                            "the row's figures may sit in the wrong columns: it prints nothing under '%s' nor under the"
                                    + " %d candidate column%s before it, where the table's other rows print figures, as"
                                    + " a copy that dropped the cells of candidates not asked prints a row (its figures"
                                    + " moved left, empty cells at its end); which figure is whose cannot be told from"
                                    + " this copy; read the page itself, or give the row as the page prints it",
                            columns.get(column).leaf(),
                            gap,
                            gap == 1 ? "" : "s"));
        }
    }

    /** The option figures a row prints before column {@code end}, leads not counted. */
    private static int optionFigures(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, int end) {
        int n = 0;
        for (int c = 0; c < Math.min(end, row.size()); c++) {
            if (isShare(columns.get(c)) && figure(row.get(c).text()) != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the row's figure in column {@code c} is what its other options' figures leave of 100: an aggregator's
     * line that works out "Other/Undecided" for itself (RealClearPolitics' 46.0, 42.3 and 11.7) beside polls that leave
     * that column blank is no shifted table.
     */
    private static boolean isRemainder(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, int c) {
        double others = 0;
        for (int j = 0; j < Math.min(row.size(), columns.size()); j++) {
            Double f = j == c || !isShare(columns.get(j))
                    ? null
                    : figure(row.get(j).text());
            others += f == null ? 0 : f;
        }
        Double here = figure(row.get(c).text());
        return here != null && Math.abs(100 - others - here) <= 0.15;
    }

    /** Whether a column holds what the candidates leave: Others, Undecided, Don't know, Blank, Null. */
    private static boolean isRemainder(HtmlColumns.Column col) {
        return "dont_know".equals(col.field())
                || (col.isOption() && OptionResolver.othersLine(col.leaf()))
                || (!col.isOption()
                        && col.field() == null
                        && !LEAD.matcher(Columns.normalise(col.leaf())).matches());
    }

    /** An option's column that is not a lead: its figures are shares of the vote. */
    private static boolean isShare(HtmlColumns.Column col) {
        return col.isOption() && !LEAD.matcher(Columns.normalise(col.leaf())).matches();
    }

    /** The last option column, not a lead, in which the row prints a figure; -1 where it prints none. */
    private static int lastOptionFigure(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns) {
        for (int c = Math.min(row.size(), columns.size()) - 1; c >= 0; c--) {
            if (isShare(columns.get(c)) && figure(row.get(c).text()) != null) {
                return c;
            }
        }
        return -1;
    }

    /** The options' figures of the row's cells before {@code end}, a spanned cell counted once, largest first. */
    private static List<Double> largestFirst(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, int end) {
        List<Double> options = new ArrayList<>();
        for (int c = 0; c < end; c++) {
            Double f = columns.get(c).isOption() ? figure(row.get(c).text()) : null;
            if (f != null && (c == 0 || row.get(c) != row.get(c - 1))) {
                options.add(f);
            }
        }
        options.sort((a, b) -> Double.compare(b, a));
        return options;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Double figure(String text) {
        Matcher m = FIGURE.matcher(TableText.clean(text));
        return m.matches() ? Double.valueOf(m.group(1).replace(',', '.')) : null;
    }
}
