package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * The polls of a wide CSV (one row per poll, a column per option), read as they are asked for. Besides rows of
 * polls it reads what a published table keeps when it is copied into a spreadsheet and saved as CSV, as the
 * HTML reader reads the page itself:
 * <ul>
 * <li>a second header line ({@code ,,,,Khan,Hall}) under the first ({@code Pollster,Client,...,Labour,Conservative}):
 * a line before the first poll that is blank under every named column and gives words, no figures, under option
 * columns; its words join the option's header ("Labour Khan"), as a page's header rows do;
 * <li>a line of one cell: a year divider ({@code 2024}) that dates the polls below it whose dates give no year,
 * or a note; neither is a poll;
 * <li>the election's result printed among the polls ({@code Election results,,2 May 2024,...}), which is no poll.
 * </ul>
 * Cells lose their footnote markers ({@code Savanta[2]}) as the page's do (see {@link TableText}).
 */
final class WideCsvPolls implements RawPolls {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern FIGURE = Pattern.compile("[<~]?\\s*\\d[\\d.,]*\\s*%?");

    private final String source;
    private final CsvTable table;
    private final CsvPollReader.Layout layout;
    private final List<Integer> options;
    private final List<Integer> unnamed;
    private final List<String> optionNames;
    private final Iterator<CsvTable.Row> rows;
    private Integer year;
    private boolean pollSeen;
    private RawPoll next;

    WideCsvPolls(
            String source,
            CsvTable table,
            CsvPollReader.Layout layout,
            List<Integer> options,
            List<Integer> unnamed,
            Integer contextYear) {
        this.source = source;
        this.table = table;
        this.layout = layout;
        this.options = options;
        this.unnamed = unnamed;
        this.optionNames = new ArrayList<>(table.header());
        this.year = contextYear;
        this.rows = table.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            next = poll(rows.next());
        }
        return next != null;
    }

    @Override
    public RawPoll next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawPoll poll = next;
        next = null;
        return poll;
    }

    @Override
    public void close() {
        table.close();
    }

    /** The poll of {@code row}, or null for a line that is none (a header line, a divider, a note, the result). */
    private RawPoll poll(CsvTable.Row row) {
        for (int col : unnamed) {
            if (!row.get(col).isBlank()) {
                throw new BadInputException(
                        source + ":" + row.line() + ": column " + (col + 1) + " has a value but no header");
            }
        }
        if (!pollSeen && isHeaderLine(row)) {
            for (int col : options) {
                String words = TableText.clean(row.get(col));
                if (!words.isEmpty()) {
                    optionNames.set(col, (optionNames.get(col).trim() + " " + words).trim());
                }
            }
            return null;
        }
        List<String> filled = row.values().stream().filter(v -> !v.isBlank()).toList();
        if (filled.size() == 1) {
            Matcher y = YEAR.matcher(TableText.clean(filled.get(0)));
            if (y.matches()) {
                year = Integer.valueOf(y.group());
            }
            return null;
        }
        Map<String, RawPoll.RawField> fields = CsvPollReader.fields(table, row, layout, year);
        if (TableText.isResultLabel(CsvPollReader.value(fields, "pollster"))
                || TableText.isResultLabel(row.get(layout.dates()).trim())) {
            return null;
        }
        pollSeen = true;
        List<RawShare> shares = new ArrayList<>();
        for (int col : options) {
            shares.add(new RawShare(
                    optionNames.get(col),
                    TableText.clean(row.get(col)),
                    optionNames.get(col),
                    Location.line(row.line())));
        }
        SourceRows sourceRows =
                new SourceRows(table.header(), List.of(new SourceRows.Row(Location.line(row.line()), row.values())));
        return new RawPoll(Location.line(row.line()), fields, shares, sourceRows, List.of());
    }

    /**
     * True for a second header line: blank under every column the vocabulary names (pollster, dates, sample, lead),
     * and words, none of them a figure, under at least one option column.
     */
    private boolean isHeaderLine(CsvTable.Row row) {
        boolean words = false;
        for (int c = 0; c < row.values().size(); c++) {
            String cell = TableText.clean(row.get(c));
            if (cell.isEmpty()) {
                continue;
            }
            if (!options.contains(c) || FIGURE.matcher(cell).matches() || PollShares.isNotReported(cell)) {
                return false;
            }
            words = true;
        }
        return words;
    }
}
