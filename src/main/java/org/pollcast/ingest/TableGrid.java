package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * An HTML table laid out as a grid: a cell with {@code rowspan}/{@code colspan} appears in every position it
 * covers, so column c of any row is what a reader sees in that column.
 */
final class TableGrid {
    record Cell(Element element, boolean header, String text, int rowspan, int colspan) {}

    private TableGrid() {}

    static List<List<Cell>> of(Element table) {
        List<Element> rows = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        List<List<Cell>> grid = new ArrayList<>();
        Map<Integer, Cell> pending = new HashMap<>();
        Map<Integer, Integer> pendingLeft = new HashMap<>();
        for (Element tr : rows) {
            List<Cell> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) {
                    continue;
                }
                col = fillPending(row, col, pending, pendingLeft);
                int rowspan = span(td.attr("rowspan"));
                int colspan = span(td.attr("colspan"));
                Cell cell =
                        new Cell(td, td.tagName().equals("th"), HtmlPollTableReader.clean(td.text()), rowspan, colspan);
                for (int k = 0; k < colspan; k++) {
                    row.add(cell);
                    if (rowspan > 1) {
                        pending.put(col, cell);
                        pendingLeft.put(col, rowspan - 1);
                    }
                    col++;
                }
            }
            fillPending(row, col, pending, pendingLeft);
            // Cells still pending beyond the row's own cells (a short row) fill in too.
            int max =
                    pending.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            while (row.size() <= max && pending.containsKey(row.size())) {
                col = fillPending(row, row.size(), pending, pendingLeft);
            }
            grid.add(row);
        }
        return grid;
    }

    private static int fillPending(List<Cell> row, int col, Map<Integer, Cell> pending, Map<Integer, Integer> left) {
        while (pending.containsKey(col) && row.size() == col) {
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

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.trim());
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
