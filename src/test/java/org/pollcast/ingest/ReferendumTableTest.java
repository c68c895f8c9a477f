package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The 2016 EU referendum's polls in the encyclopedia's layout, whose columns run Date(s) conducted, Remain, Leave,
 * Undecided, Lead, Sample, Conducted by, Polling type, Notes: the firm after the shares, and the mode a column of its
 * own. Rebuilt from the poll reports named in src/test/resources/ingest/README.md. The page was refused as having no
 * pollster column ("Conducted by" was read as a date column for its word "conducted"); ORB's survey printed twice
 * (definite voters, all respondents) was read as a first round and a run-off of the only two options; ICM's parallel
 * telephone and online polls of the same dates refused the page as one poll with two sets of figures.
 */
class ReferendumTableTest {
    @TempDir
    Path root;

    /** What the page gave: the report, and the stored polls by their row. */
    private record Read(IngestReport report, Map<String, Poll> byRow) {}

    private Read read() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "euref-2016.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-euref-2016",
                "euref-2016",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        try (PollStore store = PollStore.open(root.resolve("wikipedia-euref-2016.db"))) {
            return new Read(
                    r,
                    store.polls(PollQuery.of("euref-2016")).stream()
                            .collect(Collectors.toMap(sp -> sp.provenance().location(), StoredPoll::poll)));
        }
    }

    @Test
    void theEuReferendumTableGivesEveryPollWithItsFirmAndMode() throws IOException {
        Read read = read();
        assertThat(read.report().rejected()).isEmpty();
        assertThat(read.byRow().get("table 1 row 7").mode()).isEqualTo("Telephone"); // ComRes
        assertThat(read.byRow().get("table 1 row 6").mode()).isEqualTo("Online"); // Opinium
    }

    @Test
    void aSurveyPrintedTwiceInATwoOptionTableIsOneVoteOnTwoPopulationsNotARunoff() throws IOException {
        Map<String, Poll> byRow = read().byRow();
        Poll orb = byRow.get("table 1 row 20"); // "Definite voters only": the figures a forecast wants
        assertThat(orb.population()).isEqualTo("likely voters");
        assertThat(orb.scope().code()).isEqualTo("first_pref");
        assertThat(byRow).doesNotContainKey("table 1 row 21"); // "All respondents": the same survey, left out
    }

    /** ICM's parallel polls of the same dates: the first printed is kept, and a note names the other. */
    @Test
    void aFirmsParallelPollsByTwoModesKeepTheFirstAndNameTheOther() throws IOException {
        Read read = read();
        assertThat(read.byRow().get("table 1 row 23").mode()).isEqualTo("Telephone");
        assertThat(read.byRow()).doesNotContainKey("table 1 row 24");
        assertThat(read.report().notes().toString())
                .contains("table 1 row 24 skipped: ICM/The Guardian 2016-05-31")
                .contains("by Online");
    }

    /**
     * The 2014 Scottish referendum's table (Date(s) conducted, Polling organisation/client, Sample size, Yes, No,
     * Undecided, Lead). YouGov's 2-5 September poll, Yes 47 and No 45 with its undecided unprinted, is of a vote whose
     * answers are the whole ballot: its remainder is those naming neither, re-based to 51.1 and 48.9 (YouGov's own
     * 51-49). Before, 8 points were kept as "Others", and the forecast gave Others up to 4% a week out.
     */
    @Test
    void aReferendumPollPrintingBothAnswersOnNinetyTwoIsRebasedNotGivenOthers() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "scotref-2014.yaml");
        ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-scotref-2014",
                "scotref-2014",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        try (PollStore store = PollStore.open(root.resolve("wikipedia-scotref-2014.db"))) {
            Poll yougov = store.polls(PollQuery.of("scotref-2014")).stream()
                    .filter(sp -> sp.provenance().location().equals("table 1 row 10"))
                    .map(StoredPoll::poll)
                    .findFirst()
                    .orElseThrow();
            assertThat(yougov.shares()).containsOnlyKeys("yes", "no");
            assertThat(yougov.shares().get("yes")).isEqualTo(51.09);
        }
    }
}
