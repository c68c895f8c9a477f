package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Two mirrors' copies of the encyclopedia's 2024 Slovak presidential poll table (a blind trial of 7 December 2026):
 * election night's exit poll printed among the polls, dated "23 March 2024 (Exit Poll)", and in one copy that cell
 * broken over two lines. Each refused the page: the first as no date, the second as having no poll at all.
 */
class SlovakPresidentialTablesTest {
    @TempDir
    Path root;

    private IngestReport report;

    private List<Poll> ingest(String file) throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "skpres-2024.yaml");
        try (PollStore store = PollStore.open(root.resolve(file + ".db"))) {
            report = ingester.ingest(fixture(file), store, IngestSettings.withDefaults());
            return store.polls(PollQuery.of("skpres-2024")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    @Test
    void anExitPollDatedPollingDayIsLeftOutSayingSo() throws Exception {
        List<Poll> polls = ingest("wikimili-skpres-2024.md");
        assertThat(polls).hasSize(5);
        assertThat(report.skipped())
                .anySatisfy(s -> assertThat(s.toString())
                        .contains("line 6")
                        .contains("'23 March 2024 (Exit Poll)'")
                        .contains("exit poll"));
        assertThat(polls).allSatisfy(p -> assertThat(p.fieldworkEnd()).isBefore(LocalDate.of(2024, 3, 23)));
    }

    /** The exit poll's date and label on two lines, the bar after the second, then its firm and figures. */
    @Test
    void aFirstCellOverTwoLinesIsOneRow() throws Exception {
        List<Poll> polls = ingest("hessslslslsls-skpres-2024.md");
        assertThat(polls).extracting(Poll::pollster).containsExactlyInAnyOrder("Ipsos", "NMS", "Sanep");
        assertThat(polls)
                .filteredOn(p -> p.pollster().equals("Ipsos"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2024, 3, 16));
                    assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2024, 3, 19));
                    assertThat(p.shares())
                            .containsEntry("korcok", 36.3)
                            .containsEntry("pellegrini", 37.5)
                            .containsEntry("svec", 0.8);
                });
        assertThat(report.skipped())
                .anySatisfy(s -> assertThat(s.toString()).contains("line 10").contains("exit poll"));
    }
}
