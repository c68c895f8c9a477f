package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;

/**
 * Australian federal poll tables in the encyclopedia's layout ("Opinion polling for the 2022/2025 Australian federal
 * election"), rebuilt from the poll reports named in src/test/resources/ingest/README.md: Date, Brand, Interview mode,
 * Sample size, then a "Primary vote" group (ALP, L/NP, GRN, ONP, UAP or TOP, IND, OTH, UND) and a "2PP vote" group
 * that names ALP and L/NP again. The 2PP is the final round of the preferential count between the two, so each row is
 * a first-preference poll and a run-off of that pair, never one poll with the party named twice. Before, "Brand" was
 * no pollster column and the page was refused ("no poll table found"); read as a firm, the 2PP group would have named
 * no scope and its ALP figure met the primary vote's.
 */
class TwoPartyPreferredTableTest {
    @TempDir
    Path root;

    /** The page gives exactly its expected polls: each row's primary vote and its 2PP, {@code rows} of each. */
    private void givesEachRowsPrimaryVoteAndItsTwoPartyPreferred(String page, String election, int rows)
            throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "au-2022.yaml", "au-2025.yaml"),
                root,
                page,
                election,
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary())
                .contains((2 * rows) + " polls, " + (2 * rows) + " added")
                .contains("first preferences " + rows + ", run-off " + rows);
    }

    @Test
    void the2025TableGivesEachRowsPrimaryVoteAndItsTwoPartyPreferred() throws IOException {
        givesEachRowsPrimaryVoteAndItsTwoPartyPreferred("wikipedia-au-2025", "au-2025", 14);
    }

    /** The 2022 page prints the Coalition first, and Ipsos's undecided column: re-based out of its primary vote. */
    @Test
    void the2022TableWithTheCoalitionFirstAndAnUndecidedColumnReadsTheSame() throws IOException {
        givesEachRowsPrimaryVoteAndItsTwoPartyPreferred("wikipedia-au-2022", "au-2022", 9);
    }

    @Test
    void twoPartyPreferredNamesTheFinalRoundAndPrimaryVoteTheFirstPreferences() {
        for (String label : java.util.List.of(
                "2PP vote", "2pp vote[a]", "Two-party-preferred", "two party preferred vote", "TPP", "2CP")) {
            assertThat(ScopeWords.inText(label)).as(label).isEqualTo(Scope.RUNOFF);
        }
        assertThat(ScopeWords.inText("Primary vote")).isEqualTo(Scope.FIRST_PREF);
        assertThat(ScopeWords.inText("Primary votes")).isEqualTo(Scope.FIRST_PREF);
        // A party's primary election is no round of a count.
        assertThat(ScopeWords.inText("2025 New York City Democratic mayoral primary"))
                .isNull();
    }
}
