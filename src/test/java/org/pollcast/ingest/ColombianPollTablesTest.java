package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Colombia's 2022 presidential polls (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2022
 * Colombian presidential election"; source in README.md). Its first-round table ends with "Blank", "No vote",
 * "Unsure/No answer" and "Margin of Error", prints CNC's survey of 13–19 May on two lines under one firm and date, and
 * notes two withdrawals on rows of their own; its run-off table adds "Ninguno" and, below the polls after the first
 * round, the pair's polls asked before it. Before, "No vote" and "Unsure/No answer" were read as candidates and the
 * page was refused.
 */
class ColombianPollTablesTest {
    @TempDir
    Path root;

    @Test
    void noVoteUnsureAndNingunoAreNoCandidatesAndTheRunOffTableIsThePairs() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "co-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-co-2022",
                "co-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("25 polls, 25 added").contains("first preferences 14, run-off 11");
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 9 skipped: CNC 2022-05-19 president first_pref of 4,412 asked");
    }

    /**
     * CELAG's poll of 16–20 May names four of the seven candidates still standing (90.5) beside its blank and unsure
     * (6.8) and no vote (1.4): its shares are of everyone asked, its rest (about a point) the three it left out.
     * Before, a sum of 90 or more was stored complete, the 6.8 undecided read as votes for "Others", and the average
     * gave "Others" 1.0% where every candidate had a column. AtlasIntel's (96.9 beside a blank of 0.2) is the same.
     */
    @Test
    void aPollPrintingItsDontKnowsBesideSomeCandidatesIsOfEveryone() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "co-2022.yaml");
        ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-co-2022",
                "co-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        try (PollStore store = PollStore.open(root.resolve("wikipedia-co-2022.db"))) {
            for (StoredPoll sp : store.polls(PollQuery.of("co-2022"))) {
                String firm = sp.poll().pollster();
                if (firm.equals("CELAG") || firm.equals("AtlasIntel")) {
                    assertThat(sp.poll().partial()).as(firm).isTrue();
                }
                if (firm.equals("Invamer")
                        && sp.poll().fieldworkEnd().toString().equals("2022-05-18")) {
                    assertThat(sp.poll().partial())
                            .as("Invamer names everyone standing")
                            .isFalse();
                }
            }
        }
    }
}
