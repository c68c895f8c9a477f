package org.pollcast.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The source a poll row cites. Encyclopedia pages cite a poll with a footnote marker ("[12]") whose link leads
 * to the reference list at the foot of the page, where the web address is; some tables link the pollster's
 * name to the source itself. The markers are removed before the table is read (their "[12]" would end up in
 * the figures), so each cell is first marked with the address its markers lead to.
 */
final class RowCitation {
    /** The attribute a cell carries, once marked, with the address its first footnote cites. */
    private static final String CITED = "data-pollcast-cites";

    private RowCitation() {}

    /** Marks every table cell whose footnote markers lead to a reference with a web address. */
    static void markFootnotes(Document page) {
        Map<String, String> addressById = new HashMap<>();
        for (Element note : page.select("li[id]")) {
            Element link = note.selectFirst("a.external[href]");
            if (link != null) {
                addressById.put(note.id(), link.attr("href"));
            }
        }
        for (Element marker : page.select("td sup.reference a[href^=#], th sup.reference a[href^=#]")) {
            String address = addressById.get(marker.attr("href").substring(1));
            Element cell = marker.closest("td, th");
            if (address != null && cell != null && !cell.hasAttr(CITED)) {
                cell.attr(CITED, address);
            }
        }
    }

    /** The first address the row's cells cite, by a link of their own or a marked footnote; "" for none. */
    static String of(List<TableGrid.Cell> row) {
        return row.stream()
                .map(cell -> {
                    Element link = cell.element().selectFirst("a.external[href]");
                    return link != null ? link.attr("href") : cell.element().attr(CITED);
                })
                .filter(Objects::nonNull)
                .filter(address -> !address.isEmpty())
                .findFirst()
                .orElse("");
    }
}
