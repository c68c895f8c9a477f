package org.pollcast.ingest;

import java.util.List;
import java.util.Map;

/**
 * A poll as read from a source, still text: field name (canonical: pollster, client, fieldwork_start,
 * fieldwork_end, published, ...) to value, each with the column name the file used and where it sits; the
 * source rows it came from (for the rejects file); and what the reader already found wrong with it (the
 * rows of a long-format poll that disagree), which rejects it whatever else is right.
 */
record RawPoll(
        Location location,
        Map<String, RawField> fields,
        List<RawShare> shares,
        SourceRows rows,
        List<Problem> problems) {

    record RawField(String value, String column, Location location) {}

    RawPoll {
        fields = Map.copyOf(fields);
        shares = List.copyOf(shares);
        problems = List.copyOf(problems);
    }

    String value(String field) {
        RawField f = fields.get(field);
        return f == null || f.value() == null ? "" : f.value().trim();
    }

    /** The column name the source used for {@code field}, for messages. */
    String column(String field) {
        RawField f = fields.get(field);
        return f == null ? field : f.column();
    }

    Location where(String field) {
        RawField f = fields.get(field);
        return f == null ? location : f.location();
    }

    /** The notes field with {@code note} after what it says already, as the reader's {@code column} gave it. */
    RawField notesWith(String note, String column) {
        String before = value("notes");
        return new RawField(before.isEmpty() ? note : before + "; " + note, column, where("notes"));
    }

    /** This poll with {@code note} added to its notes ({@link #notesWith}). */
    RawPoll withNote(String note, String column) {
        Map<String, RawField> f = new java.util.LinkedHashMap<>(fields);
        f.put("notes", notesWith(note, column));
        return new RawPoll(location, f, shares, rows, problems);
    }
}
