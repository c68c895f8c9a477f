package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;

/**
 * Reads the two CSV layouts into {@link RawPoll}s. Long: one row per poll and option, rows grouped into polls
 * by {@code poll_id} (or by every descriptive column when there is none), and the rows of one poll must agree
 * on pollster, dates and sample. Wide: one row per poll, every column the {@link Columns} vocabulary does
 * not name is an option.
 */
final class CsvPollReader {
    private static final List<String> META = List.of(
            "election",
            "year",
            "contest",
            "scope",
            "pollster",
            "client",
            "fieldwork_start",
            "fieldwork_end",
            "published",
            "date_precision",
            "sample_size",
            "population",
            "mode",
            "dont_know",
            "notes",
            "citation",
            "poll_id");
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

    private CsvPollReader() {}

    static List<RawPoll> readLong(SourceDocument doc, Integer contextYear, List<Problem> problems) {
        CsvTable table = CsvTable.parse(doc);
        int option = require(table, "option", "candidate_or_party");
        int share = require(table, "share", "share");
        requirePollster(table);
        requireDate(table);
        Layout layout = Layout.of(table);
        Map<String, Integer> meta = layout.meta();
        Map<String, Builder> polls = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, RawPoll.RawField> fields = fields(table, row, layout, contextYear);
            String id = value(fields, "poll_id");
            StringBuilder key = new StringBuilder();
            for (String f : id.isEmpty() ? MUST_AGREE : List.of("poll_id", "election", "year", "contest", "scope")) {
                key.append(value(fields, f)).append('\u0001');
            }
            Builder b = polls.computeIfAbsent(key.toString(), k -> new Builder(Location.line(row.line()), fields));
            for (String f : MUST_AGREE) {
                String first = value(b.fields, f);
                if (!first.equals(value(fields, f))) {
                    // The poll is rejected whole: which row is right is for the user to say.
                    b.problems.add(new Problem(
                            doc.name(),
                            Location.line(row.line()),
                            table.header().get(meta.get(f)),
                            "'" + value(fields, f) + "' but line " + b.location.line() + " of the same poll says '"
                                    + first + "'"));
                }
            }
            b.shares.add(new RawShare(
                    row.get(option),
                    row.get(share),
                    table.header().get(share) + " (" + row.get(option) + ")",
                    Location.line(row.line())));
            b.rows.add(new SourceRows.Row(Location.line(row.line()), row.values()));
        }
        List<RawPoll> out = new ArrayList<>();
        polls.values()
                .forEach(b -> out.add(new RawPoll(
                        b.location, b.fields, b.shares, new SourceRows(table.header(), b.rows), b.problems)));
        return out;
    }

    static List<RawPoll> readWide(SourceDocument doc, Integer contextYear, List<Problem> problems) {
        CsvTable table = CsvTable.parse(doc);
        requirePollster(table);
        requireDate(table);
        Layout layout = Layout.of(table);
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String h = table.header().get(i);
            if (Columns.field(h).isEmpty()) {
                if (h.isBlank()) {
                    final int col = i;
                    if (table.rows().stream().anyMatch(r -> !r.get(col).isBlank())) {
                        throw new BadInputException(doc.name() + ":1: column " + (i + 1) + " has values but no header");
                    }
                    continue;
                }
                options.add(i);
            }
        }
        if (options.isEmpty()) {
            throw new BadInputException(doc.name() + ":1: no option columns: a wide poll file needs one column per "
                    + "candidate or party besides pollster, dates and sample size");
        }
        List<RawPoll> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, RawPoll.RawField> fields = fields(table, row, layout, contextYear);
            List<RawShare> shares = new ArrayList<>();
            for (int col : options) {
                shares.add(new RawShare(
                        table.header().get(col), row.get(col), table.header().get(col), Location.line(row.line())));
            }
            SourceRows rows = new SourceRows(
                    table.header(), List.of(new SourceRows.Row(Location.line(row.line()), row.values())));
            out.add(new RawPoll(Location.line(row.line()), fields, shares, rows, List.of()));
        }
        return out;
    }

    /** Where a table's descriptive columns are: found once per file, not once per row. */
    private record Layout(Map<String, Integer> meta, int pollsterClient, int dates) {
        static Layout of(CsvTable table) {
            return new Layout(metaColumns(table), table.column("pollster_client"), table.column("dates"));
        }
    }

    private static Map<String, RawPoll.RawField> fields(
            CsvTable table, CsvTable.Row row, Layout layout, Integer contextYear) {
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        Location at = Location.line(row.line());
        layout.meta()
                .forEach((field, col) -> fields.put(
                        field, new RawPoll.RawField(row.get(col), table.header().get(col), at)));
        Integer pc = layout.pollsterClient() >= 0 ? layout.pollsterClient() : null;
        if (pc != null && !fields.containsKey("pollster")) {
            String[] parts = row.get(pc).split("\\s*/\\s*", 2);
            String header = table.header().get(pc);
            fields.put("pollster", new RawPoll.RawField(parts[0], header, at));
            if (!fields.containsKey("client")) {
                fields.put("client", new RawPoll.RawField(parts.length > 1 ? parts[1] : "", header, at));
            }
        }
        int dates = layout.dates();
        if (dates >= 0) {
            DateCell.apply(row.get(dates), table.header().get(dates), at, contextYear(fields, contextYear), fields);
        } else if (fields.containsKey("fieldwork_end") && !fields.containsKey("fieldwork_start")) {
            // A single "Date" column may still hold a range such as "28-30 Apr 2008".
            RawPoll.RawField end = fields.get("fieldwork_end");
            if (FieldworkDates.parse(end.value(), null)
                    .map(r -> r.start() != null)
                    .orElse(false)) {
                DateCell.apply(end.value(), end.column(), at, contextYear(fields, contextYear), fields);
            }
        }
        return fields;
    }

    private static Integer contextYear(Map<String, RawPoll.RawField> fields, Integer fallback) {
        RawPoll.RawField year = fields.get("year");
        return year != null && year.value().matches("\\d{4}") ? Integer.valueOf(year.value()) : fallback;
    }

    private static Map<String, Integer> metaColumns(CsvTable table) {
        Map<String, Integer> meta = new LinkedHashMap<>();
        for (String f : META) {
            int col = table.column(f);
            if (col >= 0) {
                meta.put(f, col);
            }
        }
        return meta;
    }

    private static int require(CsvTable table, String field, String name) {
        int col = table.column(field);
        if (col < 0) {
            throw new BadInputException(table.source() + ":1: missing required column '" + name + "'");
        }
        return col;
    }

    private static void requirePollster(CsvTable table) {
        if (table.column("pollster") < 0 && table.column("pollster_client") < 0) {
            throw new BadInputException(table.source() + ":1: missing required column 'pollster'");
        }
    }

    private static void requireDate(CsvTable table) {
        if (table.column("fieldwork_end") < 0 && table.column("published") < 0 && table.column("dates") < 0) {
            throw new BadInputException(
                    table.source() + ":1: missing required column 'fieldwork_end' (or 'published')");
        }
    }

    private static String value(Map<String, RawPoll.RawField> fields, String field) {
        RawPoll.RawField f = fields.get(field);
        return f == null ? "" : Optional.ofNullable(f.value()).orElse("").trim();
    }

    private static final class Builder {
        final Location location;
        final Map<String, RawPoll.RawField> fields;
        final List<RawShare> shares = new ArrayList<>();
        final List<SourceRows.Row> rows = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Builder(Location location, Map<String, RawPoll.RawField> fields) {
            this.location = location;
            this.fields = fields;
        }
    }
}
