package org.pollcast.ingest;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/** Splits a fieldwork-dates cell ("28–30 Apr 2008") into fieldwork_start and fieldwork_end fields. */
final class DateCell {
    private DateCell() {}

    /**
     * Puts ISO start and end into {@code fields}; a single day is both start and end. A month alone ("Mar 2016",
     * or "Mar" under a year) is how tables date a poll whose fieldwork was never published, so it becomes the
     * month-only publication date, unless the row gives a publication date of its own. Other text that is not
     * a date goes into fieldwork_end unchanged, so validation reports it against this column.
     */
    static void apply(String text, String column, Location at, Integer year, Map<String, RawPoll.RawField> fields) {
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

    private static Optional<YearMonth> monthOnly(String text, Integer year) {
        Optional<YearMonth> month = FieldworkDates.monthOnly(text);
        return month.isEmpty() && year != null && !FieldworkDates.hasYear(text)
                ? FieldworkDates.monthOnly(text + " " + year)
                : month;
    }
}
