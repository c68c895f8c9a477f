package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * German poll tables print the share who would abstain ("Abs.") before the parties. It is no party: read as one, the
 * copied table was refused ("unknown party 'Abs.' in bundestag; did you mean 'AfD'?") and the page's table that gave
 * it figures was skipped as "hypothetical polling?". Figures: the encyclopedia's "Opinion polling for the 2025 German
 * federal election" table of November 2024 (Forschungsgruppe Wahlen 5–7 Nov, Forsa 22–28 Oct, each with its Abs.).
 */
class AbstentionColumnsTest {
    private static final String HEADER =
            "Polling firm,Fieldwork date,Sample size,%s,SPD,Union,Grüne,FDP,AfD,Linke,FW," + "BSW,Others,Lead\n";
    private static final String ROWS = "Forschungsgruppe Wahlen,5–7 Nov 2024,\"1,231\",15,16,33,12,3,18,4,–,6,8,15\n"
            + "Forsa,22–28 Oct 2024,\"2,503\",23,16,32,9,4,17,3,–,7,12,15\n";

    @TempDir
    Path root;

    private Ingester german() throws IOException {
        IngestFixtures.copyDataWith(root, "de-2025.yaml");
        DataHome home = new DataHome(root);
        return new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private IngestSettings settings() {
        return IngestSettings.withDefaults()
                .withElection(new ElectionCatalog(new DataHome(root)).resolve("de-2025"))
                .withAcceptNewPollsters(true);
    }

    private Map<String, Double> forsa(PollStore store) {
        return store.polls(PollQuery.of("de-2025")).stream()
                .map(StoredPoll::poll)
                .filter(p -> p.pollster().equals("Forsa"))
                .findFirst()
                .orElseThrow()
                .shares();
    }

    @Test
    void anAbstentionColumnOfACopiedTableIsNoParty() throws IOException {
        Ingester ingester = german();
        for (String label : List.of("Abs.", "Abstention", "Non-voters", "Would not vote")) {
            Path file = root.resolve("de.csv");
            Files.writeString(file, HEADER.formatted(label) + ROWS, StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve(label.hashCode() + ".db"))) {
                IngestReport r = ingester.ingest(file.toString(), store, settings());
                assertThat(r.summary()).as(label).contains("2 polls, 2 added");
                assertThat(forsa(store)).as(label).doesNotContainValue(23.0).containsEntry("union", 32.0);
            }
        }
    }

    @Test
    void aPageTableWithAbstentionFiguresIsReadNotSkipped() throws IOException {
        Ingester ingester = german();
        StringBuilder page = new StringBuilder("<html><head><title>Opinion polling for the 2025 German federal election"
                + "</title></head><body><h2>2024</h2><table class=\"wikitable\"><tr>");
        for (String label : HEADER.formatted("Abs.").strip().split(",")) {
            page.append("<th>").append(label).append("</th>");
        }
        page.append("</tr>");
        for (String row : ROWS.strip().split("\n")) {
            page.append("<tr>");
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                page.append("<td>").append(cell.replace("\"", "")).append("</td>");
            }
            page.append("</tr>");
        }
        page.append("</table></body></html>");
        Path file = root.resolve("de.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings());
            assertThat(r.skipped()).isEmpty();
            assertThat(r.summary()).contains("2 polls, 2 added");
            assertThat(forsa(store)).doesNotContainValue(23.0).containsEntry("afd", 17.0);
        }
    }
}
