package org.pollcast.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;

/**
 * The polls of a wide CSV (one row per poll, a column per option), read as they are asked for. Besides rows of
 * polls it reads what a published table keeps when it is copied into a spreadsheet and saved as CSV, as the
 * HTML reader reads the page itself:
 * <ul>
 * <li>header lines under the first ({@code ,,,,Khan,Hall} under {@code Pollster,Client,...,Labour,Conservative}),
 * and column groups ({@code First round,,,,Second round,,} over the candidates' names): see {@link WideHeader};
 * <li>a line of one cell: a year divider ({@code 2024}, {@code 2016 polls}: see {@link TableText#dividerYear}) that
 * dates the polls below it whose dates give no year, or a note; neither is a poll;
 * <li>the election's result printed among the polls ({@code Election results,,2 May 2024,...}), which is no poll.
 * </ul>
 * Cells lose their footnote markers ({@code Savanta[2]}) as the page's do (see {@link TableText}).
 *
 * <p>A row gives one poll per group that names a scope and holds figures, with that scope, and one of the columns
 * under no such group: a row of a table with {@code First round} and {@code Second round} groups is the survey's
 * first-preference poll and its run-off, which share pollster, client, dates and sample, as the HTML reader reads
 * the page's row. A group of blanks and dashes gives no poll (a survey that published only its head-to-head gives its
 * run-off alone); a row with no figures at all is one poll, which validation refuses.
 */
final class WideCsvPolls implements RawPolls {
    private final String source;
    private final CsvTable table;
    private final CsvPollReader.Layout layout;
    private final WideHeader header;
    private final Iterator<CsvTable.Row> rows;
    private final Deque<RawPoll> pending = new ArrayDeque<>();
    private WideHeader.Settled columns;
    /** The option columns of each poll a row gives: one list per scope its groups name, in column order. */
    private List<List<WideHeader.Option>> pollColumns;

    private Integer year;
    /** The year of the last divider line (null before one): what a rejects file repeats above a rejected row. */
    private Integer dividerYear;

    WideCsvPolls(String source, CsvTable table, CsvPollReader.Layout layout, Integer contextYear) {
        this.source = source;
        this.table = table;
        this.layout = layout;
        this.header = new WideHeader(table);
        this.year = contextYear;
        this.rows = table.iterator();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && rows.hasNext()) {
            pending.addAll(polls(rows.next()));
        }
        if (columns == null) {
            settle(); // a file of header lines alone: its groups are still checked
        }
        return !pending.isEmpty();
    }

    @Override
    public RawPoll next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    @Override
    public void close() {
        table.close();
    }

    /** The polls of {@code row}: none for a line that is no poll (a header line, a divider, a note, the result). */
    private List<RawPoll> polls(CsvTable.Row row) {
        if (columns == null && header.absorb(row)) {
            return List.of();
        }
        if (columns == null) {
            settle();
        }
        columns.unnamed().forEach((col, group) -> {
            if (!row.get(col).isBlank()) {
                throw new BadInputException(source + ":" + row.line() + ": column " + (col + 1)
                        + (group.isEmpty() ? "" : " (under '" + group + "')") + " has a value but no header");
            }
        });
        List<String> filled = row.values().stream().filter(v -> !v.isBlank()).toList();
        if (filled.size() == 1) {
            Integer divider = TableText.dividerYear(TableText.clean(filled.get(0)));
            if (divider != null) {
                year = divider;
                dividerYear = divider;
            }
            return List.of();
        }
        Map<String, RawPoll.RawField> fields = CsvPollReader.fields(table, row, layout, year);
        if (TableText.isResultLabel(CsvPollReader.value(fields, "pollster"))
                || TableText.isResultLabel(row.get(layout.dates()).trim())) {
            return List.of();
        }
        Location at = Location.line(row.line());
        SourceRows sourceRows =
                new SourceRows(columns.labels(), List.of(new SourceRows.Row(at, row.values())), dividerYear);
        List<RawPoll> polls = new ArrayList<>(pollColumns.size());
        List<RawShare> all = new ArrayList<>(columns.options().size());
        for (List<WideHeader.Option> group : pollColumns) {
            List<RawShare> shares = new ArrayList<>(group.size());
            for (WideHeader.Option o : group) {
                shares.add(new RawShare(o.leaf(), TableText.clean(row.get(o.column())), o.label(), at));
            }
            all.addAll(shares);
            if (shares.stream().allMatch(s -> PollShares.isNotReported(s.value()))) {
                continue;
            }
            WideHeader.Option first = group.get(0);
            Map<String, RawPoll.RawField> f = fields;
            if (first.scope() != null) {
                f = new LinkedHashMap<>(fields);
                f.put("scope", new RawPoll.RawField(first.scope().code(), first.group(), at));
            }
            polls.add(new RawPoll(at, f, shares, sourceRows, List.of()));
        }
        if (polls.isEmpty()) {
            polls.add(new RawPoll(at, fields, all, sourceRows, List.of()));
        }
        return polls;
    }

    /** Settles the header: the columns, and which of them make each poll of a row. */
    private void settle() {
        columns = header.columns();
        Map<Scope, List<WideHeader.Option>> byScope = new LinkedHashMap<>();
        for (WideHeader.Option o : columns.options()) {
            byScope.computeIfAbsent(o.scope(), k -> new ArrayList<>()).add(o);
        }
        pollColumns = List.copyOf(byScope.values());
    }
}
