package org.pollcast.ingest;

/**
 * One thing wrong with one value of a source: {@code polls.csv:17: field 'share' (johnson): 143 is outside
 * 0–100}. {@code field} is the column as the file names it.
 */
public record Problem(String source, Location location, String field, String message) {

    /** A problem with {@code field} of {@code raw}, placed and named as the source has it. */
    static Problem at(String source, RawPoll raw, String field, String message) {
        return new Problem(source, raw.where(field), raw.column(field), message);
    }

    /** The problem without its source: {@code line 17: field 'johnson': ...} or {@code table 1 row 8: ...}. */
    public String reason() {
        return (location.line() > 0 ? "line " : "") + location + ": " + (field == null ? "" : "field '" + field + "': ")
                + message;
    }

    @Override
    public String toString() {
        return source + ":" + location + ": " + (field == null ? "" : "field '" + field + "': ") + message;
    }
}
