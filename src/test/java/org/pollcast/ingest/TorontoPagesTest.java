package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Toronto's mayoral tables in the Canadian layout (Polling firm, Last date of polling, Source, Sample size, Margin of
 * error, a column per candidate, Other, Undecided), rebuilt from the firms' reports (sources in README.md): a
 * first-past-the-post race of 35 (2018) or 102 (2023) candidates whose polls name the leading two to eight.
 */
class TorontoPagesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addToronto() throws IOException {
        IngestFixtures.copyDataWith(root, "toronto-2018.yaml", "toronto-2022.yaml", "toronto-2023.yaml");
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2018's polls name Tory and Keesmaat and give "some other candidate" its share (Forum: 56, 29, others 15): the
     * race as polled, 33 minor candidates in the others. With no baseline to measure the others by, both rows were
     * judged hypothetical head-to-heads (85 and 95 together while Faith Goldy stood) and the page gave "no polls found:
     * its poll tables have no row of a poll's figures".
     */
    @Test
    void aPollOfTheTwoLeadersThatGivesTheOthersTheirShareIsTheRace() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-toronto-2018", "toronto-2018", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes())).doesNotContain("head-to-head");
    }

    /**
     * A page whose every row is left out as a head-to-head says which rows and why, as a CSV's refusal does; before,
     * it said the tables had no row of a poll's figures, and the reader looked for a fault in a table that had them.
     */
    @Test
    void aPageWhoseEveryRowIsAHeadToHeadSaysWhy() throws IOException {
        Path page = root.resolve("toronto-2018-h2h.html");
        // The others' column emptied: 56 and 29 together, no share given to anyone else, is a match-up's figures.
        Files.writeString(
                page,
                Files.readString(Path.of(fixture("wikipedia-toronto-2018.html")))
                        .replace("<td>15</td>", "<td>&#8211;</td>")
                        .replace("<td>6</td>", "<td>&#8211;</td>"));
        try (PollStore store = PollStore.open(root.resolve("h2h.db"))) {
            assertThatThrownBy(() -> ingester.ingest(page.toString(), store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no polls found: every poll was left out: table 1 row 2 skipped: names only"
                            + " John Tory and Jennifer Keesmaat (85 together) while Faith Goldy stood")
                    .hasMessageContaining("table 1 row 3 skipped")
                    .hasMessageNotContaining("no row of a poll's figures");
        }
    }

    /** 2023's twelve polls of the leading five to eight of 102 candidates, Forum's and Mainstreet's. */
    @Test
    void the2023ByElectionsPolls() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-toronto-2023", "toronto-2023", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("12 polls, 12 added");
    }

    /**
     * Mainstreet's eve-of-poll survey names all eight candidates the definition lists, 95 in all, its Other and
     * Undecided cells "–": the definition lists the leaders of 102, and the rest can only be "Others". It stays
     * complete where a poll leaving candidates out under a "–" undecided is partial.
     */
    @Test
    void aPollNamingEveryListedCandidateKeepsItsRestAsOthers() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("rest.db"))) {
            ingester.ingest(fixture("wikipedia-toronto-2023.html"), store, settings());
            Poll eve = store.polls(PollQuery.of("toronto-2023")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.fieldworkEnd().equals(LocalDate.of(2023, 6, 24)))
                    .findFirst()
                    .orElseThrow();
            assertThat(eve.shares().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isEqualTo(95.0);
            assertThat(eve.partial()).isFalse();
        }
    }
}
