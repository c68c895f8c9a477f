package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.pollcast.BadInputException;

/**
 * An HTML table laid out as a grid: a cell with {@code rowspan}/{@code colspan} appears in every position it
 * covers, so column c of any row is what a reader sees in that column.
 *
 * <p>A span repeats a cell, so a few bytes of markup can ask for millions of positions (a {@code colspan=1000}
 * table once took 6.5 GB). Spans past {@value #MAX_COLSPAN} columns or {@value #MAX_ROWSPAN} rows, and pages past
 * {@value #MAX_CELLS} positions in all, are refused with an error naming the limit; poll tables stay far below.
 */
final class TableGrid {
    /** The widest span read: poll tables have a few dozen columns, and a note row spans them all. */
    static final int MAX_COLSPAN = 100;

    static final int MAX_ROWSPAN = 1_000;
    /** Grid positions on one page, every table together: a page of ten years of polls has about 50,000. */
    static final int MAX_CELLS = 500_000;

    record Cell(Element element, boolean header, String text, int rowspan, int colspan) {}

    /** The positions a page may still lay out. */
    static final class Budget {
        private final String source;
        private int left = MAX_CELLS;

        Budget(String source) {
            this.source = source;
        }

        void take(int table, int row) {
            if (--left < 0) {
                throw new BadInputException(source + ":table " + table + " row " + row + ": the page's tables have "
                        + "more than " + MAX_CELLS + " cells (counting each cell once for every column and row it "
                        + "spans), pollcast's limit for a page; save only the poll tables");
            }
        }
    }

    private TableGrid() {}

    /** A table's rows, in order: the grid has one row per element this selects. */
    static final String ROWS = "> tr, > thead > tr, > tbody > tr, > tfoot > tr";

    static List<List<Cell>> of(Element table, int tableNumber, Budget budget) {
        List<Element> rows = table.select(ROWS);
        List<List<Cell>> grid = new ArrayList<>();
        Map<Integer, Cell> pending = new HashMap<>();
        Map<Integer, Integer> pendingLeft = new HashMap<>();
        for (Element tr : rows) {
            List<Cell> row = new ArrayList<>();
            int rowNumber = grid.size() + 1;
            Runnable take = () -> budget.take(tableNumber, rowNumber);
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) {
                    continue;
                }
                col = fillPending(row, col, pending, pendingLeft, take);
                int rowspan = span(td.attr("rowspan"), "rowspan", MAX_ROWSPAN, budget.source, tableNumber, grid);
                int colspan = span(td.attr("colspan"), "colspan", MAX_COLSPAN, budget.source, tableNumber, grid);
                Cell cell = new Cell(td, td.tagName().equals("th"), TableText.clean(td.text()), rowspan, colspan);
                for (int k = 0; k < colspan; k++) {
                    budget.take(tableNumber, grid.size() + 1);
                    row.add(cell);
                    if (rowspan > 1) {
                        pending.put(col, cell);
                        pendingLeft.put(col, rowspan - 1);
                    }
                    col++;
                }
            }
            fillPending(row, col, pending, pendingLeft, take);
            // Cells still pending beyond the row's own cells (a short row) fill in too.
            int max =
                    pending.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            while (row.size() <= max && pending.containsKey(row.size())) {
                col = fillPending(row, row.size(), pending, pendingLeft, take);
            }
            grid.add(row);
        }
        return grid;
    }

    private static int fillPending(
            List<Cell> row, int col, Map<Integer, Cell> pending, Map<Integer, Integer> left, Runnable take) {
        while (pending.containsKey(col) && row.size() == col) {
            take.run();
            row.add(pending.get(col));
            int remaining = left.get(col) - 1;
            if (remaining == 0) {
                pending.remove(col);
                left.remove(col);
            } else {
                left.put(col, remaining);
            }
            col++;
        }
        return col;
    }

    /** A span attribute's value: 1 when absent or not a number, an error past {@code max}. */
    private static int span(String attr, String name, int max, String source, int table, List<List<Cell>> grid) {
        int n;
        try {
            n = Integer.parseInt(attr.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
        if (n > max) {
            throw new BadInputException(source + ":table " + table + " row " + (grid.size() + 1) + ": " + name + "=" + n
                    + " is over pollcast's limit of " + max + " for a poll table");
        }
        return Math.max(1, n);
    }
}
