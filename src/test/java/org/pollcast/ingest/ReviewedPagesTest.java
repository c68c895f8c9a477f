package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Pages a review of 7 December 2026 wrote (in review/, not published pages) against the release-page reader's new
 * rules, each of which the first version of those rules read wrong: a quoted tweet's firm given to every list of a
 * page, a list's label dropped with another firm's or a group's name in it, a rating in Italian and a rejection list
 * in Portuguese read as the vote; and the vote lists a paragraph speaking of rejection beside its question refused.
 */
class ReviewedPagesTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Two quoted tweets, Savanta's mayoral and YouGov's Westminster list: both were stored as Savanta's.
                "two-tweets3.txt|london-2028|2025-06-02|no pollster named on the page before the figures",
                // AtlasIntel's list under its label on a Datafolha page: stored as Datafolha's.
                "other-firm-label.txt|sp-2024|2024-09-30|no list of a poll's figures",
                // Women's figures under "Mulheres:": stored as everyone's.
                "sub-label.txt|sp-2024|2024-10-23|no list of a poll's figures",
                "it-fiducia.txt|rome-2016|2016-05-12|speaks of no vote",
                // "Rejeição:", whose accented letters the pattern's \\w did not take: stored as the vote.
                "rejeicao-list4.txt|sp-2024|2024-09-30|speaks of no vote",
            })
    void refused(String file, String election, String published, String message) {
        assertThatThrownBy(() -> ingest(file, election, published))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    /** A paragraph speaking of rejection beside the vote's own question still leads its list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"reject-en.txt|london-2024|2024-03-22", "rejeitado-pt.txt|sp-2024|2024-09-30"})
    void read(String file, String election, String published) throws Exception {
        assertThat(ingest(file, election, published)).hasSize(1);
    }

    private List<StoredPoll> ingest(String file, String election, String published) throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "sp-2020.yaml", "sp-2024.yaml", "rome-2016.yaml");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(
                    fixture("review/" + file),
                    store,
                    IngestSettings.withDefaults().withPublished(LocalDate.parse(published)));
            return store.polls(PollQuery.of(election));
        }
    }
}
