package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * "Opinion polling for the 2022 Swedish general election", its last eleven days rebuilt cell for cell (sources in
 * src/test/resources/ingest/README.md): party abbreviations as column heads (V, S, MP, C, L, M, KD, SD, Oth.), the result
 * row first, footnote markers and "better source needed" tags after the firm, and two Sifo polls of 2–4 September with
 * other samples (1,999 and 1,942 asked) and other figures: two surveys under one key, of which the first printed is kept
 * and the other named in a note, where the second refused the whole page before.
 */
class SwedishTablesTest {
    @TempDir
    Path root;

    @Test
    void the2022TableGivesEveryPollAndKeepsTheFirstOfTwoSurveysOfOneKey() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "se-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-se-2022", "se-2022", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .anySatisfy(s -> assertThat(s.toString())
                        .contains("row 14")
                        .contains("of 1,942 asked")
                        .contains("of 1,999 asked")
                        .contains("is kept, the first printed: two surveys"));
    }

    /** Read again, the page adds nothing: its second Sifo survey is left out again, never a conflict with the first. */
    @Test
    void theTableReadAgainAddsNothing() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "se-2022.yaml");
        ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-se-2022", "se-2022", IngestFixtures.NEW_FIRMS);
        IngestReport again = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-se-2022", "se-2022", IngestFixtures.NEW_FIRMS);
        assertThat(again.rejected()).isEmpty();
        assertThat(again.summary()).contains("0 added, 17 already stored");
    }

    /**
     * Two mirrors' Markdown copies of the same table (gpedia, then wikimili), which print the encyclopedia's
     * "[better source needed]" tags after a dozen firms, wikimili spacing them ("Sifo [ better source needed ]"): the
     * tag is no part of the firm (it was a firm of its own beside Sifo, splitting its house effect), and the second copy
     * adds one poll and leaves out the second Sifo survey of 2–4 September again, where that survey refused the whole
     * copy as a conflict with the first, stored from the other mirror.
     */
    @Test
    void twoMirrorsCopiesReadTheTaggedFirmsAsTheirHousesAndAddNoConflict() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "se-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("mirrors.db"))) {
            IngestReport first =
                    ingester.ingest(IngestFixtures.fixture("gpedia-se-2022.md"), store, IngestFixtures.NEW_FIRMS);
            assertThat(first.rejected()).isEmpty();
            assertThat(store.polls(PollQuery.of("se-2022")))
                    .extracting(p -> p.poll().pollster())
                    .containsOnly("Sifo", "Novus", "SKOP")
                    .noneMatch(f -> f.contains("source"));
            IngestReport second =
                    ingester.ingest(IngestFixtures.fixture("wikimili-se-2022.md"), store, IngestFixtures.NEW_FIRMS);
            assertThat(second.rejected()).isEmpty();
            assertThat(second.summary()).contains("1 added, 10 already stored");
            assertThat(second.skipped())
                    .anySatisfy(s -> assertThat(s.toString())
                            .contains("line 17")
                            .contains("is kept, the first printed: two surveys"));
        }
    }

    /**
     * findatwiki's copy breaks each tagged firm's cell over three lines ("Sifo better source needed ]", a bar alone, then
     * "4-6 Sep 2022 | 2,230 | ... |"): the broken rows are polls of their firms, where the table ended at the first of
     * them and the nine polls below were lost without a word (3 of 12 read).
     */
    @Test
    void aCopyThatBreaksTaggedFirmsOverLinesGivesEveryPoll() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "se-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("broken.db"))) {
            IngestReport r =
                    ingester.ingest(IngestFixtures.fixture("findatwiki-se-2022.md"), store, IngestFixtures.NEW_FIRMS);
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("12 polls, 12 added");
            assertThat(store.polls(PollQuery.of("se-2022")))
                    .extracting(p -> p.poll().pollster())
                    .containsOnly("Sifo", "Novus", "SKOP", "Ipsos");
            assertThat(store.polls(PollQuery.of("se-2022")))
                    .anySatisfy(p -> assertThat(p.poll().sampleSize()).isEqualTo(2230))
                    .anySatisfy(p -> assertThat(p.poll().sampleSize()).isEqualTo(1154));
        }
    }
}
