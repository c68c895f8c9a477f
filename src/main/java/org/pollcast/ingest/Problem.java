package org.pollcast.ingest;

import org.pollcast.Printable;

/**
 * One thing wrong with one value of a source: {@code polls.csv:17: field 'share' (johnson): 143 is outside
 * 0–100}. {@code field} is the column as the file names it. Printed, control characters from the source are
 * shown escaped ({@link Printable}).
 */
public record Problem(String source, Location location, String field, String message) {

    /** A problem with {@code field} of {@code raw}, placed and named as the source has it. */
    static Problem at(String source, RawPoll raw, String field, String message) {
        return new Problem(source, raw.where(field), raw.column(field), message);
    }

    /** The problem without its source: {@code line 17: field 'johnson': ...} or {@code table 1 row 8: ...}. */
    public String reason() {
        return Printable.of((location.isWholeSource() ? "" : (location.line() > 0 ? "line " : "") + location + ": ")
                + fieldPart()
                + message);
    }

    @Override
    public String toString() {
        return Printable.of(source + (location.isWholeSource() ? "" : ":" + location) + ": " + fieldPart() + message);
    }

    /**
     * The field as its column is named, on one line: a table copied from a browser keeps a header cell's line break
     * ("Dates" over "conducted"), which split the one-line message in two.
     */
    private String fieldPart() {
        return field == null ? "" : "field '" + Printable.oneLine(field) + "': ";
    }
}
