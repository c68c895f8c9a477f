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
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * An American state's Senate poll table as a Markdown copy prints it (src/test/resources/ingest/
 * markdown-pa-senate-2024.md: Pennsylvania 2024, figures the sources'): a survey's registered voters on a line under its
 * likely voters with the firm and date cells left blank (the copy cannot span them), clients in a bracket joined by a
 * slash, and a poll of the two nominees whose undecided make 100 with them.
 */
class AmericanStateTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addTheElections() throws IOException {
        IngestFixtures.copyDataWith(root, "pa-senate-2018.yaml", "pa-senate-2024.yaml");
        Files.copy(
                Path.of("src/test/resources/ingest/results/pa-senate_mayor_results.csv"),
                root.resolve("results/pa-senate_mayor_results.csv"));
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private IngestReport ingest(PollStore store) {
        return ingester.ingest(
                "src/test/resources/ingest/markdown-pa-senate-2024.md",
                store,
                IngestSettings.withDefaults()
                        .withAcceptNewPollsters(true)
                        .withElection(new ElectionCatalog(new DataHome(root)).resolveId("pa-senate-2024")));
    }

    private static Map<String, Poll> byPollster(PollStore store) {
        return store.polls(PollQuery.of("pa-senate-2024")).stream()
                .map(StoredPoll::poll)
                .collect(java.util.stream.Collectors.toMap(Poll::pollster, p -> p));
    }

    /**
     * Franklin & Marshall's October survey: likely voters 49/48, and on the next line, firm and date blank, 794
     * registered voters 49/42. Before, the line was refused as a poll with no firm and no date, and so was the page; now
     * it is the survey's other population, as the page's rowspan makes it, and the likely voters are kept.
     */
    @Test
    void aLineWithBlankFirmAndDateIsTheSurveyAbove() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("pa.db"))) {
            IngestReport r = ingest(store);
            assertThat(r.summary()).contains("4 polls, 4 added");
            assertThat(r.notes())
                    .anyMatch(n -> n.contains("line 11 skipped")
                            && n.contains("among registered voters (casey 49, mccormick 42)")
                            && n.contains("the same survey's figures among likely voters (line 10) are kept"));
            assertThat(byPollster(store).get("Franklin & Marshall College").shares())
                    .containsEntry("casey", 49.0)
                    .containsEntry("mccormick", 48.0);
        }
    }

    /**
     * "Siena College (The New York Times/The Philadelphia Inquirer)": the slash joins the clients in the bracket.
     * Before, it was split there: published as "Siena College (The New York Times", for the client "The Philadelphia
     * Inquirer)".
     */
    @Test
    void aSlashInsideTheClientsBracketSplitsNoFirm() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("pa.db"))) {
            ingest(store);
            Poll siena = byPollster(store).get("Siena College");
            assertThat(siena.client()).doesNotContain(")");
            assertThat(siena.publishedAs()).doesNotEndWith("The New York Times");
        }
    }

    /**
     * AARP's September poll (Fabrizio Ward and Impact Research): Casey 49, McCormick 45, undecided 6, 100 together.
     * The others won 1.6 at 2018 (2.6 in 2024), too little to round, and no poll names a third contender: its undecided
     * are where the question of the two nominees leaves them. Before, it was left out as a hypothetical head-to-head.
     */
    @Test
    void theUndecidedOfATwoPartyRaceLeaveTheOthersRoom() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("pa.db"))) {
            IngestReport r = ingest(store);
            assertThat(r.notes()).noneMatch(n -> n.contains("head-to-head"));
            assertThat(byPollster(store)).containsKey("Fabrizio Ward");
        }
    }
}
