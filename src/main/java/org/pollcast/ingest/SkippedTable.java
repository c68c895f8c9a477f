package org.pollcast.ingest;

/**
 * A poll table of a page that was left out because its polls are about another ballot than the election's
 * (hypothetical match-ups), and why. Nothing from it is stored; the ingest output says so, so a table left out
 * by mistake (a misspelt name) is seen.
 */
public record SkippedTable(int table, String why) {

    /** "table 2 skipped: 'Rory Stewart' is no candidate or party of london-2024 (hypothetical polling?)". */
    @Override
    public String toString() {
        return "table " + table + " skipped: " + why;
    }
}
