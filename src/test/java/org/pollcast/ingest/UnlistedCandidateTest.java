package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A page's poll table naming a candidate the definition of a candidate's race lacks. The rows are made up, in the
 * layout of the encyclopedia's London mayoral tables (a Markdown copy), over london-2016 with George Galloway taken out
 * of its definition: a candidate who never made the ballot, or one the definition forgot. Before, one such column
 * refused every poll of the page, and the forecast started from the last election's result.
 */
class UnlistedCandidateTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void london2016WithoutGalloway() throws IOException {
        IngestFixtures.copyData(root);
        Path def = root.resolve("elections/london-2016.yaml");
        List<String> lines = Files.readAllLines(def).stream()
                .filter(l -> !l.contains("id: galloway"))
                .toList();
        Files.write(def, lines);
        ingester = IngestFixtures.ingesterOf(root);
    }

    @Test
    void aSmallStrangerIsCountedInTheRowsOthersWithANote() throws IOException {
        IngestReport r = ingest(page("Galloway", "2%", "1%"));
        assertThat(r.summary()).contains("2 polls, 2 added");
        assertThat(String.join("\n", r.notes()))
                .contains("column 'Galloway' (2%) skipped: no candidate of london-2016's mayor; added to the row's"
                        + " Others (4%, now 6)");
        try (PollStore store = PollStore.open(root.resolve("x.db"))) {
            Poll yougov = store.polls(PollQuery.of("london-2016")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.pollster().equals("YouGov"))
                    .findFirst()
                    .orElseThrow();
            assertThat(yougov.shares()).containsEntry("other", 6.0).containsEntry("khan", 43.0);
            assertThat(yougov.notes()).contains("Galloway 2% counted in Other (no candidate of london-2016's mayor)");
        }
    }

    /** A name a slip away from a candidate's is the definition's candidate misspelt, never someone else: refused. */
    @Test
    void aNameNearACandidatesIsStillRefused() throws IOException {
        assertThatThrownBy(() -> ingest(page("Whitle", "2%", "1%")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nothing from this file was stored");
    }

    /** More than a few points is no small candidate: a name the definition lacks by mistake, refused. */
    @Test
    void aLargeStrangerIsStillRefused() throws IOException {
        assertThatThrownBy(() -> ingest(page("Galloway", "12%", "1%")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown candidate 'Galloway'");
    }

    /** A file of polls is the user's own: a stranger in it is refused, as before. */
    @Test
    void aCsvsStrangerIsStillRefused() throws IOException {
        Path csv = root.resolve("polls.csv");
        Files.writeString(csv, """
                pollster,fieldwork_end,sample_size,khan,goldsmith,berry,pidgeon,whittle,galloway,other
                YouGov,2016-05-04,1032,43,32,7,6,6,2,4
                """);
        assertThatThrownBy(() -> ingest(csv))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown candidate");
    }

    private Path page(String column, String first, String second) throws IOException {
        Path md = root.resolve("page.md");
        Files.writeString(md, """
                # Opinion polling for the 2016 London mayoral election

                | Date(s) conducted | Pollster | Client | Sample size | Khan | Goldsmith | Berry | Pidgeon | Whittle | %s | Others | Lead |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                | 2–4 May 2016 | YouGov | Evening Standard | 1,032 | 43%% | 32%% | 7%% | 6%% | 6%% | %s | 4%% | 11%% |
                | 26–28 Apr 2016 | Opinium | | 1,004 | 48%% | 35%% | 5%% | 5%% | 4%% | %s | 2%% | 13%% |
                """.formatted(column, first, second));
        return md;
    }

    private IngestReport ingest(Path file) throws IOException {
        try (PollStore store = PollStore.open(root.resolve("x.db"))) {
            return ingester.ingest(
                    file.toString(),
                    store,
                    IngestSettings.withDefaults()
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("london-2016")));
        }
    }
}
