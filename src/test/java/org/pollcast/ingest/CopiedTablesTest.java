package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A published poll table copied from the browser into a spreadsheet and saved as CSV keeps what the page printed:
 * its second header line (candidates under parties), footnote markers ({@code Savanta[2]}), the election's result
 * row and a year divider. Read as CSV it must give the polls the page gives. Figures: the 2024 London mayoral
 * article's first table (wikipedia-london-2024.html; sources in src/test/resources/ingest/README.md).
 */
class CopiedTablesTest {
    @TempDir
    Path dir;

    private List<Poll> ingest(String file) {
        try (PollStore store = PollStore.open(dir.resolve(Path.of(file).getFileName() + ".db"))) {
            ingester().ingest(file, store, IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2024")));
            return store.polls(PollQuery.of("london-2024")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    /** What a poll says, whatever layout it came in (not where it came from, nor its citation). */
    private static List<String> figures(List<Poll> polls) {
        return polls.stream()
                .map(p -> p.key() + " " + p.fieldworkStart() + " " + p.sampleSize() + " " + p.shares())
                .sorted()
                .toList();
    }

    @Test
    void theArticlesTableSavedFromASpreadsheetGivesThePagesPolls() {
        List<Poll> fromCsv = ingest(fixture("wikipedia-london-2024.copied.csv"));
        assertThat(fromCsv).hasSize(6);
        assertThat(figures(fromCsv)).isEqualTo(figures(ingest(fixture("wikipedia-london-2024.html"))));
        assertThat(fromCsv)
                .filteredOn(p -> p.fieldworkEnd().equals(LocalDate.of(2024, 4, 30)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.pollster()).isEqualTo("ComRes");
                    assertThat(p.publishedAs()).isEqualTo("Savanta");
                    assertThat(p.client()).isEqualTo("Centre for London");
                    assertThat(p.sampleSize()).isEqualTo(1034);
                    assertThat(p.shares())
                            .isEqualTo(Map.of("khan", 42.0, "hall", 32.0, "blackie", 10.0, "garbett", 8.0, "cox", 3.0));
                });
    }

    @Test
    void aYearDividerDatesThePollsBelowItThatGiveNoYear() throws IOException {
        // YouGov's polls of 16 Jan 2012 and 11 Jun 2011 (M2012-03, M2012-01; UKPR2012) under the year dividers of the
        // 2012 article, dated without a year as it prints them.
        Path file = dir.resolve("divided.csv");
        Files.writeString(file, """
                Pollster,Dates conducted,Johnson,Livingstone,Paddick,Others
                2012,,,,,
                YouGov,16 Jan,44%,46%,7%,3%
                2011,,,,,
                YouGov,11 Jun,48%,41%,2%,9%
                """);
        try (PollStore store = PollStore.open(dir.resolve("divided.db"))) {
            ingester()
                    .ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012")));
            assertThat(store.polls(PollQuery.of("london-2012")))
                    .extracting(sp -> sp.poll().fieldworkEnd())
                    .containsExactlyInAnyOrder(LocalDate.of(2012, 1, 16), LocalDate.of(2011, 6, 11));
        }
    }
}
