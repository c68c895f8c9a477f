package org.pollcast.ingest;

/**
 * One thing wrong with one value of a source: {@code polls.csv:17: field 'share' (johnson): 143 is outside
 * 0–100}. {@code field} is the column as the file names it.
 */
public record Problem(String source, Location location, String field, String message) {
    @Override
    public String toString() {
        return source + ":" + location + ": " + (field == null ? "" : "field '" + field + "': ") + message;
    }
}
