package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.pollcast.BadInputException;

/**
 * The polls of a long CSV (one row per poll and option), a poll's rows grouped as they come: by {@code poll_id},
 * or by every descriptive column when there is none, and the rows of one poll must agree on pollster, dates and
 * sample. A poll's rows must be next to each other: a row of a poll that other polls' rows have come after
 * stops the file with an error naming both lines, since grouping rows from anywhere in the file would mean
 * holding every row until the end. Only each finished poll's key is remembered ({@link SeenPolls}).
 */
final class LongCsvPolls implements RawPolls {
    /** What must agree between the rows of one long-format poll. */
    private static final List<String> MUST_AGREE = List.of(
            "election",
            "year",
            "contest",
            "scope",
            "pollster",
            "client",
            "fieldwork_start",
            "fieldwork_end",
            "published",
            "sample_size");

    private final String source;
    private final CsvTable table;
    private final CsvPollReader.Layout layout;
    private final int option;
    private final int share;
    private final Integer contextYear;
    /** Whether a name is an option's of the election (Hungary's DK, the Democratic Coalition): never a don't-know row. */
    private final java.util.function.Predicate<String> optionName;

    private final Iterator<CsvTable.Row> rows;
    private final SeenPolls finished = new SeenPolls();
    private Builder current;
    private String currentKey;

    LongCsvPolls(
            String source,
            CsvTable table,
            CsvPollReader.Layout layout,
            int option,
            int share,
            Integer contextYear,
            java.util.function.Predicate<String> optionName) {
        this.source = source;
        this.optionName = optionName;
        this.table = table;
        this.layout = layout;
        this.option = option;
        this.share = share;
        this.contextYear = contextYear;
        this.rows = table.iterator();
    }

    @Override
    public boolean hasNext() {
        return current != null || rows.hasNext();
    }

    @Override
    public RawPoll next() {
        while (rows.hasNext()) {
            CsvTable.Row row = rows.next();
            Map<String, RawPoll.RawField> fields = CsvPollReader.fields(table, row, layout, contextYear);
            String id = CsvPollReader.value(fields, "poll_id");
            StringBuilder k = new StringBuilder();
            // A poll's scenarios (NSPPolls' "hypothese") are questions of their own under its one id.
            for (String f : id.isEmpty()
                    ? MUST_AGREE
                    : List.of("poll_id", "scenario", "election", "year", "contest", "scope")) {
                k.append(CsvPollReader.value(fields, f)).append('\u0001');
            }
            String key = k.toString();
            if (current != null && key.equals(currentKey)) {
                add(current, row, fields);
                continue;
            }
            Builder done = current;
            if (done != null) {
                finished.add(currentKey, done.location.line());
            }
            int earlier = finished.lineOf(key);
            if (earlier > 0) {
                throw new BadInputException(source + ":" + row.line() + ": this row belongs to the poll that "
                        + "begins at line " + earlier + ", but rows of other polls come between them; keep each "
                        + "poll's rows together (sort the file by poll)");
            }
            current = new Builder(Location.line(row.line()), fields);
            currentKey = key;
            add(current, row, fields);
            if (done != null) {
                return done.poll(table.header());
            }
        }
        if (current == null) {
            throw new NoSuchElementException();
        }
        Builder done = current;
        current = null;
        return done.poll(table.header());
    }

    private void add(Builder b, CsvTable.Row row, Map<String, RawPoll.RawField> fields) {
        for (String f : MUST_AGREE) {
            String first = CsvPollReader.value(b.fields, f);
            if (!first.equals(CsvPollReader.value(fields, f))) {
                // The poll is rejected whole: which row is right is for the user to say.
                b.problems.add(new Problem(
                        source,
                        Location.line(row.line()),
                        table.header().get(layout.meta().get(f)),
                        "'" + CsvPollReader.value(fields, f) + "' but line " + b.location.line()
                                + " of the same poll says '" + first + "'"));
            }
        }
        String name = TableText.clean(row.get(option));
        b.rows.add(new SourceRows.Row(Location.line(row.line()), row.values()));
        if (Columns.field(name).filter("dont_know"::equals).isPresent() && !optionName.test(name)) {
            // A row of the undecided ("Undecided", "Don't know", "Not sure"), as a poll typed one row per answer
            // gives them: the poll's don't-knows, as a column of that name is. Read as an option, it refused the
            // poll as naming an unknown candidate.
            String column = table.header().get(share) + " (" + name + ")";
            String earlier = CsvPollReader.value(b.fields, "dont_know");
            if (!earlier.isEmpty()) {
                b.problems.add(new Problem(
                        source,
                        Location.line(row.line()),
                        column,
                        "a second don't-know figure for this poll (" + earlier + " given before); give one"));
                return;
            }
            b.fields.put(
                    "dont_know",
                    new RawPoll.RawField(TableText.clean(row.get(share)), column, Location.line(row.line())));
            return;
        }
        b.shares.add(new RawShare(
                name,
                TableText.clean(row.get(share)),
                table.header().get(share) + " (" + row.get(option) + ")",
                Location.line(row.line())));
    }

    @Override
    public void close() {
        table.close();
    }

    private static final class Builder {
        final Location location;
        final Map<String, RawPoll.RawField> fields;
        final List<RawShare> shares = new ArrayList<>();
        final List<SourceRows.Row> rows = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Builder(Location location, Map<String, RawPoll.RawField> fields) {
            this.location = location;
            // Its own copy: a row of the undecided adds the poll's don't-know figure to it.
            this.fields = new LinkedHashMap<>(fields);
        }

        RawPoll poll(List<String> header) {
            return new RawPoll(location, fields, shares, new SourceRows(header, rows), problems);
        }
    }
}
