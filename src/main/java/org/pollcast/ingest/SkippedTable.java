package org.pollcast.ingest;

import java.util.Comparator;

/**
 * A part of a source that was left out, and why: a poll table of a page about another ballot than the election's
 * (hypothetical match-ups), or a question of a firm's tables that is no poll of the election (a Westminster question
 * where the election has no Westminster contest, a breakdown of Other that does not add up). Nothing from it is
 * stored; the ingest output says so, so a part left out by mistake (a misspelt name) is seen.
 *
 * @param table the table's number on the page, or the question's line: the order notes are listed in
 * @param row   the row of a page's table, 0 for a whole table or a line: the order within a table
 * @param what  what was left out: "table 2", "line 12: 'Westminster Voting Intention'"
 * @param why   why
 */
public record SkippedTable(int table, int row, String what, String why) {
    /** The order notes are listed in: by table (or line), then row, whichever check left the part out first. */
    static final Comparator<SkippedTable> IN_PAGE_ORDER =
            Comparator.comparingInt(SkippedTable::table).thenComparingInt(SkippedTable::row);

    /** A part that is no row of a page's table: a table, a question, a line. */
    public SkippedTable(int table, String what, String why) {
        this(table, 0, what, why);
    }

    /** A line of a file or a row of a page's table, left out for {@code why}: "line 12", "table 1 row 4". */
    static SkippedTable at(Location at, String why) {
        return at.line() > 0
                ? new SkippedTable(at.line(), 0, where(at), why)
                : new SkippedTable(at.table(), at.row(), where(at), why);
    }

    /** "line 3" in a CSV, "table 1 row 4" on a page. */
    static String where(Location at) {
        return at.line() > 0 ? "line " + at.line() : at.toString();
    }

    /** Table {@code table} of a page. */
    public SkippedTable(int table, String why) {
        this(table, "table " + table, why);
    }

    /** "table 2 skipped: 'Rory Stewart' is no candidate or party of london-2024 (hypothetical polling?)". */
    @Override
    public String toString() {
        return what + " skipped: " + why;
    }
}
