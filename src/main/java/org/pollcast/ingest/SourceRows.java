package org.pollcast.ingest;

import java.util.List;

/**
 * The rows of a source that one poll was read from, as the source has them: the header (column labels) and
 * each row's cells with where it sits. A wide CSV poll is one row, a long CSV poll one row per option, an HTML
 * poll the cells of its table row under the table's column labels. The rejects file writes them back, so a user
 * can correct a rejected poll and ingest it again. {@code year} (or null) is the year the rows' dates take from
 * around them when a date cell gives none ("9 Oct"): a divider row, a page title, or in a page's table with neither
 * the election's year. Written back as a divider, it dates the corrected rows as their source did, and a later
 * table's rows do not fall under an earlier table's divider.
 */
public record SourceRows(List<String> header, List<Row> rows, Integer year) {

    /** One row of the source: its place and its cells, in the source's column order. */
    public record Row(Location location, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public SourceRows {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Rows whose dates need no year from around them. */
    public SourceRows(List<String> header, List<Row> rows) {
        this(header, rows, null);
    }
}
