package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pollcast.BadInputException;

/**
 * Spans repeat a cell in every position they cover, so a few bytes of markup once asked for gigabytes (a
 * {@code colspan=1000} table took 6.5 GB). Spans and the cells of a page have limits, and going past one is an
 * error that names the page, the table row and the limit.
 */
class HtmlLimitsTest {
    private static final String HEAD = "<html><body><table class=\"wikitable\"><tr><th>Pollster</th>"
            + "<th>Fieldwork date</th><th>Johnson</th><th>Livingstone</th></tr>\n";
    private static final String ROW = "<tr><td>YouGov</td><td>20 Apr 2008</td><td>44</td><td>40</td></tr>\n";

    private static void ingest(String html) {
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        ingester()
                .ingest(
                        doc,
                        null,
                        IngestSettings.withDefaults()
                                .withElection(CATALOG.resolve("london-2008"))
                                .withDryRun(true));
    }

    @Test
    void aWideColspanIsRefusedNamingTheLimit() {
        String html = HEAD + ROW + "<tr><td colspan=\"1000\">note</td></tr>\n</table></body></html>";
        assertThatThrownBy(() -> ingest(html))
                .isInstanceOf(BadInputException.class)
                .hasMessage("page.html:table 1 row 3: colspan=1000 is over pollcast's limit of " + TableGrid.MAX_COLSPAN
                        + " for a poll table");
    }

    @Test
    void aLongRowspanIsRefusedNamingTheLimit() {
        String html = HEAD + "<tr><td rowspan=\"65534\">YouGov</td><td>20 Apr 2008</td><td>44</td><td>40</td></tr>\n"
                + "</table></body></html>";
        assertThatThrownBy(() -> ingest(html))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "page.html:table 1 row 2: rowspan=65534 is over pollcast's limit of " + TableGrid.MAX_ROWSPAN);
    }

    @Test
    void tooManyCellsOnAPageAreRefusedNamingTheLimit() {
        // Spans within their limits, but 6,000 rows of 100 columns: 600,000 positions.
        StringBuilder html = new StringBuilder(HEAD);
        for (int i = 0; i < 6_000; i++) {
            html.append("<tr><td colspan=\"100\">x</td></tr>\n");
        }
        html.append("</table></body></html>");
        assertThatThrownBy(() -> ingest(html.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("page.html:table 1 row ")
                .hasMessageContaining("more than " + TableGrid.MAX_CELLS + " cells")
                .hasMessageContaining("pollcast's limit for a page");
    }

    @Test
    void spansWithinTheLimitsStillRead() {
        String html = HEAD + ROW + "<tr><td colspan=\"4\">Boris Johnson announces his candidacy</td></tr>\n"
                + ROW.replace("20 Apr", "21 Apr") + "</table></body></html>";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        IngestReport report = ingester()
                .ingest(
                        doc,
                        null,
                        IngestSettings.withDefaults()
                                .withElection(CATALOG.resolve("london-2008"))
                                .withDryRun(true));
        assertThat(report.valid()).isEqualTo(2);
    }

    /**
     * A page saved or downloaded part-way stops inside its table: its last row, cut after Johnson's figure, was
     * stored as a partial poll (Johnson 44 alone) with exit status 0. The table has no closing tag, and is refused.
     */
    @Test
    void aPageThatStopsInsideItsPollTableIsRefused() {
        String cut = HEAD + ROW + "<tr><td>ICM</td><td>22 Apr 2008</td><td>44</td>";
        assertThatThrownBy(() -> ingest(cut))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("page.html:table 1 row 3: the page stops inside this poll table")
                .hasMessageContaining("no closing </table> tag");
        // The same table, whole, is read.
        String whole = cut + "<td>40</td></tr>\n</table></body></html>";
        SourceDocument doc = SourceDocument.of("page.html", whole.getBytes(StandardCharsets.UTF_8));
        IngestReport report = ingester()
                .ingest(
                        doc,
                        null,
                        IngestSettings.withDefaults()
                                .withElection(CATALOG.resolve("london-2008"))
                                .withDryRun(true));
        assertThat(report.valid()).isEqualTo(2);
    }
}
