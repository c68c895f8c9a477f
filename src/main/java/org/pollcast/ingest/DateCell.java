package org.pollcast.ingest;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Splits a fieldwork-dates cell ("28–30 Apr 2008") into fieldwork_start and fieldwork_end fields. */
final class DateCell {
    private DateCell() {}

    /**
     * Puts ISO start and end into {@code fields}; a single day is both start and end. A month alone ("Mar 2016",
     * or "Mar" under a year) is how tables date a poll whose fieldwork was never published, so it becomes the
     * month-only publication date, unless the row gives a publication date of its own. Other text that is not
     * a date goes into fieldwork_end unchanged, so validation reports it against this column. Dates with a
     * two-digit year ({@code 02/05/12}, {@code 28/04/12 - 02/05/12}) also go in as written: only the election
     * says their century, and validation knows it (see {@link TwoDigitYear}).
     */
    static void apply(String text, String column, Location at, Integer year, Map<String, RawPoll.RawField> fields) {
        Optional<List<String>> shortYears = TwoDigitYear.inCell(text);
        if (shortYears.isPresent()) {
            List<String> days = shortYears.get();
            fields.put("fieldwork_start", new RawPoll.RawField(days.get(0), column, at));
            fields.put("fieldwork_end", new RawPoll.RawField(days.get(days.size() - 1), column, at));
            return;
        }
        Optional<FieldworkDates.Range> range = FieldworkDates.parse(text, year);
        if (range.isEmpty()) {
            Optional<YearMonth> month = monthOnly(text, year);
            RawPoll.RawField published = fields.get("published");
            if (month.isPresent() && (published == null || published.value().isBlank())) {
                fields.put("published", new RawPoll.RawField(month.get().toString(), column, at));
            } else if (!text.isBlank()) {
                fields.put("fieldwork_end", new RawPoll.RawField(text, column, at));
            }
            return;
        }
        FieldworkDates.Range r = range.get();
        fields.put(
                "fieldwork_start",
                new RawPoll.RawField((r.start() != null ? r.start() : r.end()).toString(), column, at));
        fields.put("fieldwork_end", new RawPoll.RawField(r.end().toString(), column, at));
    }

    /**
     * Puts the date of a column that holds one date ({@code End Date}, {@code Start date}, {@code Published}) into
     * {@code field}: as an ISO date when it is a date this reader knows, {@code year} completing one without a
     * year ("2 May"); a month alone in the published column as the month; anything else as written, for
     * validation to place (a two-digit year) or report.
     */
    static void single(
            String field, String text, String column, Location at, Integer year, Map<String, RawPoll.RawField> fields) {
        Integer context = FieldworkDates.hasYear(text) ? null : year;
        String value = FieldworkDates.parse(text, context)
                .filter(r -> r.start() == null)
                .map(r -> r.end().toString())
                .orElse(text);
        if (value.equals(text) && field.equals("published")) {
            value = monthOnly(text, context).map(YearMonth::toString).orElse(text);
        }
        fields.put(field, new RawPoll.RawField(value, column, at));
    }

    private static Optional<YearMonth> monthOnly(String text, Integer year) {
        Optional<YearMonth> month = FieldworkDates.monthOnly(text);
        return month.isEmpty() && year != null && !FieldworkDates.hasYear(text)
                ? FieldworkDates.monthOnly(text + " " + year)
                : month;
    }
}
