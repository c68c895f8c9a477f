package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Irish polls of the 2025 presidential election print, beside the candidates and the undecided, those who will not
 * vote and those who will spoil their ballot (a campaign to spoil ballots made 12.9% of the poll invalid). A spoilt
 * ballot is no valid vote: the column is outside the base, as "Will not vote" is. Read as a candidate, "Will spoil"
 * refused the whole file. Figures: Irish Times/Ipsos B&A, 12–14 October 2025, 1,200 face to face: Connolly 38,
 * Humphreys 20, Gavin 5, will not vote 12, will spoil 6, undecided 18; excluding those three, 60, 32 and 8
 * (https://www.echolive.ie/nationalnews/arid-41724963.html).
 */
class SpoiltBallotColumnsTest {
    private static final String HEADER =
            "Pollster,Client,Fieldwork start,Fieldwork end,Sample size,Catherine Connolly,Heather Humphreys,Jim Gavin,"
                    + "Undecided,Will not vote,%s\n";
    private static final String ROW = "Ipsos B&A,Irish Times,2025-10-12,2025-10-14,1200,38,20,5,18,12,6\n";

    @TempDir
    Path root;

    private Ingester irish() throws IOException {
        return IngestFixtures.ingesterWith(root, "ie-2025.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    private static Map<String, Double> stored(PollStore store) {
        return store.polls(PollQuery.of("ie-2025")).stream()
                .map(StoredPoll::poll)
                .findFirst()
                .orElseThrow()
                .shares();
    }

    @Test
    void aSpoilColumnOfACsvIsNoCandidate() throws IOException {
        Ingester ingester = irish();
        for (String label : List.of("Will spoil", "Spoil vote", "Spoilt ballot", "Would spoil their vote")) {
            Path file = root.resolve("ie.csv");
            Files.writeString(file, HEADER.formatted(label) + ROW, StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve(Math.abs(label.hashCode()) + ".db"))) {
                IngestReport r = ingester.ingest(file.toString(), store, settings());
                assertThat(r.summary()).as(label).contains("1 poll, 1 added");
                // re-based to those naming a candidate: 38 / 63 of them, the spoilers outside the base
                assertThat(stored(store)).as(label).containsOnlyKeys("connolly", "humphreys", "gavin");
                assertThat(stored(store).get("connolly")).as(label).isCloseTo(60.3, within(0.05));
            }
        }
    }

    @Test
    void aPageTableWithASpoilColumnIsRead() throws IOException {
        Ingester ingester = irish();
        StringBuilder page = new StringBuilder("<html><head><title>2025 Irish presidential election</title></head>"
                + "<body><h2>Opinion polls</h2><table class=\"wikitable\"><tr>");
        for (String label : HEADER.formatted("Will spoil").strip().split(",")) {
            page.append("<th>").append(label).append("</th>");
        }
        page.append("</tr><tr>");
        for (String cell : ROW.strip().split(",")) {
            page.append("<td>").append(cell).append("</td>");
        }
        page.append("</tr></table></body></html>");
        Path file = root.resolve("ie.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings());
            assertThat(r.skipped()).isEmpty();
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(stored(store)).containsOnlyKeys("connolly", "humphreys", "gavin");
        }
    }
}
