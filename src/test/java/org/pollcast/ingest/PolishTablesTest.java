package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2023 Polish Sejm list vote: a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2023
 * Polish parliamentary election" table (sources in src/test/resources/ingest/README.md), read with no election given,
 * as a new user reads it. Its "Third Way" header spans "Polish Coalition" and "Poland 2050", the two parties of the
 * coalition's joint list, and every row's figure spans both: before, each part was read as a party of its own and the
 * page refused ("unknown party 'Polish Coalition' in sejm; did you mean 'Civic Coalition'?"), as the coalition's
 * name is in no alias table before the page's election is known. Its exit polls of polling day are printed among
 * the polls, shaded as the legend above the table marks them.
 */
class PolishTablesTest {
    @TempDir
    Path root;

    @Test
    void aCoalitionsHeaderIsOneListWhereEveryFigureSpansItsPartiesAndExitPollsAreNoPolls() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "sejm-2019.yaml", "sejm-2023.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-pl-2023",
                "sejm-2023",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        // OGB's and Ipsos's of polling day (Ipsos's of 90,000 voters), shaded as the legend's "Exit poll": before,
        // stored as polls of 15 October and counted in the average as of polling day
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 rows 4–5 skipped: it is shaded as the page's legend marks an exit poll");
    }

    @Test
    void aShadingIsReadFromTheRowOrItsFirstCell() {
        var page = org.jsoup.Jsoup.parse("<table><tr style=\"background:#FFFFE0;\"><td>IPSOS</td></tr>"
                + "<tr><td style=\"background-color: #ffffe0\">OGB</td></tr><tr><td>IBRiS</td></tr></table>");
        var rows = page.select("tr");
        assertThat(ExitPollShading.shaded(rows.get(0), "#ffffe0")).isTrue();
        assertThat(ExitPollShading.shaded(rows.get(1), "#ffffe0")).isTrue();
        assertThat(ExitPollShading.shaded(rows.get(2), "#ffffe0")).isFalse();
        assertThat(ExitPollShading.shaded(rows.get(0), null)).isFalse();
    }

    @Test
    void aClientsQuotationMarksAreNoPartOfItsName() {
        // 2023's `Pollster / "SE.pl"` is 2019's `Pollster / SE.pl`
        assertThat(PollNames.client("\"SE.pl\"")).isEqualTo("SE.pl");
        assertThat(PollNames.client("„Rzeczpospolita”")).isEqualTo("Rzeczpospolita");
        assertThat(PollNames.client("DGP, RMF")).isEqualTo("DGP, RMF");
        assertThat(PollNames.client("\"Rz\" and \"DGP\"")).isEqualTo("\"Rz\" and \"DGP\"");
    }
}
