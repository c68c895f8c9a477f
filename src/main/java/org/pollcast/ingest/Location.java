package org.pollcast.ingest;

/**
 * Where in a source a value sits: a CSV line, or an HTML table and row (both 1-based; rows count header rows,
 * tables count every {@code table.wikitable} on the page in order, or every table when it has none).
 */
public record Location(int line, int table, int row) {

    public static Location line(int line) {
        return new Location(line, 0, 0);
    }

    /** The source as a whole (a page with no poll table): messages name the file alone, not "table 0 row 0". */
    public static Location wholeSource() {
        return new Location(0, 0, 0);
    }

    public boolean isWholeSource() {
        return line == 0 && table == 0 && row == 0;
    }

    public static Location tableRow(int table, int row) {
        return new Location(0, table, row);
    }

    /**
     * A row of a page's table that was written on {@code line} of the source text (a page's wikitext, a Markdown
     * table): messages name the line, and the table still groups the row with its table's others.
     */
    public static Location tableRow(int table, int row, int line) {
        return new Location(line, table, row);
    }

    /** "17" for a CSV line, "table 2 row 7" for an HTML cell; follows "file:" in messages. */
    @Override
    public String toString() {
        return line > 0 ? Integer.toString(line) : "table " + table + " row " + row;
    }
}
