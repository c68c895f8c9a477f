package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * One survey printed with a candidate who stopped campaigning and without him, two lines of one row in the American
 * layout. Eric Adams stopped on 28 September 2025 and stayed on New York's ballot; after that the pollsters' race was
 * the field without him (AtlasIntel's last survey printed "had Adams remained" beside it: Cuomo 32.7 and Adams 6.4
 * against Cuomo 39.4 without him; Adams won 0.3%, Cuomo 41.6%). The question naming him was kept as the one "naming
 * more of the candidates standing". The figures are Quinnipiac's of 4–8 September 2025 (45, 23, 15, Adams 12; without
 * him 46, 30, 17: src/test/resources/ingest/README.md), judged against the real day (he was still campaigning: the full
 * field is kept) and against a definition in which he had stopped on 1 September (the field without him is kept).
 */
class StoppedCandidateQuestionsTest {
    @TempDir
    Path root;

    /** New York 2025's mayoralty, Eric Adams stopped on 28 September (shared with StoppedCampaignsTest). */
    private static final Path DEFINITION = Path.of("src/test/resources/stopped/nyc-2025.yaml");

    private static final String PAGE = "<html><head><title>2025 New York City mayoral election - Wikipedia</title>"
            + "</head><body><h2>General election</h2><h3>Polling</h3><table class=\"wikitable sortable\"><tbody><tr>"
            + "<th>Poll source</th><th>Date(s)<br>administered</th><th>Sample<br>size</th><th>Margin<br>of error</th>"
            + "<th>Zohran<br>Mamdani<br><small>(D, WFP)</small></th><th>Andrew<br>Cuomo<br><small>(I)</small></th>"
            + "<th>Curtis<br>Sliwa<br><small>(R)</small></th><th>Eric<br>Adams<br><small>(I)</small></th>"
            + "<th>Other</th><th>Undecided</th></tr>"
            + "<tr><td rowspan=\"2\">Quinnipiac University</td><td rowspan=\"2\">September 4–8, 2025</td>"
            + "<td rowspan=\"2\">967 (LV)</td><td rowspan=\"2\">–</td><td>45%</td><td>23%</td><td>15%</td><td>12%</td>"
            + "<td>–</td><td>–</td></tr>"
            + "<tr><td>46%</td><td>30%</td><td>17%</td><td>–</td><td>–</td><td>–</td></tr>"
            + "</tbody></table></body></html>";

    @BeforeEach
    void copyData() throws IOException {
        IngestFixtures.copyData(root);
    }

    private Map<String, Double> kept(String withdrew, List<String> notes) throws IOException {
        Files.writeString(
                root.resolve("elections/nyc-2025.yaml"),
                Files.readString(DEFINITION).replace("withdrew: 2025-09-28", "withdrew: " + withdrew));
        DataHome home = new DataHome(root);
        Ingester ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        Path page = root.resolve("nyc.html");
        Files.writeString(page, PAGE);
        try (PollStore store = PollStore.open(root.resolve("nyc-" + withdrew + ".db"))) {
            IngestReport r = ingester.ingest(
                    page.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            notes.addAll(r.notes());
            return store.polls(PollQuery.of("nyc-2025")).get(0).poll().shares();
        }
    }

    @Test
    void beforeHeStoppedTheFullFieldIsKept() throws IOException {
        List<String> notes = new java.util.ArrayList<>();
        assertThat(kept("2025-09-28", notes)).containsEntry("adams", 12.0).containsEntry("cuomo", 23.0);
    }

    @Test
    void afterHeStoppedTheFieldWithoutHimIsKept() throws IOException {
        List<String> notes = new java.util.ArrayList<>();
        assertThat(kept("2025-09-01", notes)).doesNotContainKey("adams").containsEntry("cuomo", 30.0);
        assertThat(String.join("\n", notes))
                .contains("as nearer the ballot (it leaves out who had stopped campaigning when it began)");
    }
}
