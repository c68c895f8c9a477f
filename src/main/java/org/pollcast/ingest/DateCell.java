package org.pollcast.ingest;

import java.util.Map;
import java.util.Optional;

/** Splits a fieldwork-dates cell ("28–30 Apr 2008") into fieldwork_start and fieldwork_end fields. */
final class DateCell {
    private DateCell() {}

    /**
     * Puts ISO start and end into {@code fields}; a single day is both start and end. Text that is not a date
     * goes into fieldwork_end unchanged, so validation reports it against this column.
     */
    static void apply(String text, String column, Location at, Integer year, Map<String, RawPoll.RawField> fields) {
        Optional<FieldworkDates.Range> range = FieldworkDates.parse(text, year);
        if (range.isEmpty()) {
            if (!text.isBlank()) {
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
}
