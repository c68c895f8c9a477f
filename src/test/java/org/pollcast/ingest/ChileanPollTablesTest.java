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
 * Chile's 2021 presidential polls (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2021
 * Chilean presidential election"; source in README.md). Its table heads a column "Type of poll" ("Base 100. Online
 * panel.", empty for most), prints Activa's survey of 2–5 November on two rows under one date and firm, the second
 * "Likely voter (51.6%)", and ends with "Others/None": with every one of the seven candidates named, those who named
 * no one.
 */
class ChileanPollTablesTest {
    @TempDir
    Path root;

    @Test
    void typeOfPollIsNoCandidateOthersNoneIsTheDontKnowsAndALikelyVoterRowIsOneSurvey() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cl-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-cl-2021",
                "cl-2021",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("6 polls, 6 added");
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 6 skipped: Activa 2021-11-05 president first_pref among the whole sample"
                        + " (no population stated)")
                .contains("the same survey's figures among likely voters (table 1 row 7) are kept");
        try (PollStore store = PollStore.open(root.resolve("wikipedia-cl-2021.db"))) {
            for (StoredPoll sp : store.polls(PollQuery.of("cl-2021"))) {
                assertThat(sp.poll().shares()).doesNotContainKey("other");
                if (sp.poll().pollster().equals("Activa")) {
                    assertThat(sp.poll().population()).isEqualTo("likely voters");
                    assertThat(sp.poll().mode()).isNull();
                }
            }
        }
    }

    @Test
    void othersNoneIsOneColumnOfThoseNamingNoOne() {
        assertThat(Columns.field("Others/None")).contains("dont_know");
        assertThat(Columns.field("Type of poll")).contains("mode");
    }
}
