package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * The Philippines' presidential polls of 2022 as the encyclopedia's "Opinion polling for the 2022 Philippine
 * presidential election" prints them (a mirror's Markdown copy; sources in README.md): an "Und./ None" column holding
 * two figures in one cell ("6 / 0", "— / 1", "0.1 / 0.04"), and the refusals under "Ref.", a word the alias table
 * knows as Reform UK. Before, every poll of the table was refused: the two-figure cells as "not a number", the
 * refusals as Reform UK's share in an election where it has no candidate.
 */
class PhilippinePollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addPhilippines() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "ph-2016.yaml", "ph-2022.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * Every poll of the copy is read, its undecided and none summed as its don't-knows and its shares re-based to
     * those naming a candidate (Pulse Asia 16–21 April: Marcos 56 of 94.5 naming someone, 59.26), the "Ref." figures
     * passed over, and the result row and the exit poll left out.
     */
    @Test
    void theJoinedUndecidedColumnAndTheRefusalsAreRead() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikimili-ph-2022.md", PollFormat.MARKDOWN, "ph-2022", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("8 polls, 8 added");
    }

    /**
     * A poll naming all ten candidates beside its undecided is whole, though it leaves out those named in 2021 who did
     * not stand (the definition's withdrawn Sara Duterte, Go and dela Rosa): Pulse Asia 16–21 April and I&AC 4–15 April.
     * OCTA 22–25 April, which leaves out Abella and Montemayor, is partial. Before, all three were flagged partial.
     */
    @Test
    void aPollNamingEveryCandidateStandingIsWholeThoughItLeavesOutTheWithdrawn() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("whole.db"))) {
            ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("wikimili-ph-2022.md").toString(), store, settings());
            java.util.Map<String, Boolean> partial = new java.util.HashMap<>();
            for (org.pollcast.poll.StoredPoll sp : store.polls(org.pollcast.store.PollQuery.of("ph-2022"))) {
                partial.put(
                        sp.poll().pollster() + " " + sp.poll().fieldworkEnd(),
                        sp.poll().partial());
            }
            assertThat(partial)
                    .containsEntry("Pulse Asia 2022-04-21", false)
                    .containsEntry("I&AC 2022-04-15", false)
                    .containsEntry("OCTA 2022-04-25", true);
        }
    }

    /**
     * The page's May 2022 revision as a kiwix copy keeps it: "Und./ Ref." and a "None" column of its own. Both are
     * those naming no one: its six polls are read, Publicus Asia 19–21 April as the later revision's copy gives it
     * (Marcos 57 of 93 naming someone, 61.29). Before, "Und./ Ref." and "None" were each refused as an unknown
     * candidate, and every poll with them.
     */
    @Test
    void theMay2022RevisionsUndecidedRefusedAndNoneColumnsAreRead() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("kiwix.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("kiwix-ph-2022-05.md").toString(), store, settings());
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("6 polls, 6 added");
            org.pollcast.poll.Poll publicus = store.polls(org.pollcast.store.PollQuery.of("ph-2022")).stream()
                    .map(org.pollcast.poll.StoredPoll::poll)
                    .filter(p -> p.pollster().equals("Publicus Asia"))
                    .findFirst()
                    .orElseThrow();
            assertThat(publicus.shares())
                    .containsEntry("marcos", 61.29)
                    .containsEntry("robredo", 22.58)
                    .containsEntry("gonzales", 0.0);
            // A figure passed over is said in the poll's notes, never dropped without a word (a zero is nothing).
            assertThat(publicus.notes()).doesNotContain("passed over");
            assertThat(store.polls(org.pollcast.store.PollQuery.of("ph-2022")).stream()
                            .map(org.pollcast.poll.StoredPoll::poll)
                            .filter(p -> p.pollster().equals("Pulse Asia"))
                            .findFirst()
                            .orElseThrow()
                            .notes())
                    .contains("'None' 1 passed over: no option of this election");
        }
    }

    /**
     * The two revisions print Pulse Asia 16–21 April with the same shares and other don't-knows (5 under "Und./ Ref."
     * in May 2022, 1 under "Und./ None" later): the conflict names the figure that differs. Before, it printed the
     * same shares twice as "other figures".
     */
    @Test
    void aConflictWhoseSharesAgreeNamesTheFigureThatDiffers() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("both.db"))) {
            ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("kiwix-ph-2022-05.md").toString(), store, settings());
            String later =
                    IngestFixtures.RESOURCES.resolve("wikimili-ph-2022.md").toString();
            BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    BadInputException.class, () -> ingester.ingest(later, store, settings()));
            assertThat(String.join("\n", e.details()))
                    .contains(later + ":12: conflicts with the stored poll")
                    .contains("the shares agree, the other figures differ: don't know stored 5, this file 1");
        }
    }

    /** The cells of a column joining two kinds of those naming no one: each figure counted, a dash as none. */
    @Test
    void aCellOfTwoFiguresUnderAJoinedHeaderIsTheirSum() {
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "6 / 0")).isEqualTo("6");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "— / 1")).isEqualTo("1");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "0.1 / 0.04")).isEqualTo("0.14");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "3.9 / —")).isEqualTo("3.9");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "— / —")).isEqualTo("–");
        // A header of one kind, or a cell that is no pair of figures, is left for the share's check to judge.
        assertThat(PollShares.figuresOfJoinedColumn("Undecided", "6 / 0")).isEqualTo("6 / 0");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "6 / 0 (a)")).isEqualTo("6 / 0 (a)");
        assertThat(PollShares.figuresOfJoinedColumn("Und./ None", "6")).isEqualTo("6");
    }

    /**
     * "Und./ Ref." (the undecided and the refusals, as the page headed them in May 2022) is the poll's don't-knows;
     * "Ref." and "Refused" alone keep their meanings.
     */
    @Test
    void undecidedAndRefusedIsTheDontKnows() {
        assertThat(Columns.field("Und./ Ref.")).hasValue("dont_know");
        assertThat(Columns.field("Undecided/Refused")).hasValue("dont_know");
        assertThat(Columns.field("Ref.")).hasValue("citation");
        assertThat(Columns.field("Refused")).hasValue(Columns.IGNORED);
    }

    /**
     * Two text copies of the pages, whose cells cannot be told apart: wikimili's 2016 table with its figures run together
     * and no % sign ({@code ±1.0%13223320264}, {@code 16.622.525.4}), and qa.edu.vn's 2022 table with its header printed a
     * name or two a line ({@code Fieldwork} / {@code date(s)} / {@code Pollster Sample}). Each is refused as a table
     * copied as text, naming its header's line. Before, both were taken for a pollster's release page with "no list of
     * a poll's figures", which sent the user looking for one.
     */
    @Test
    void textCopiesWhoseCellsCannotBeToldApartAreRefusedAsTables() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("text.db"))) {
            for (String[] page : new String[][] {{"wikimili-ph-2016.txt", "21"}, {"qa-edu-vn-ph-2022.txt", "21"}}) {
                String file = IngestFixtures.RESOURCES.resolve(page[0]).toString();
                assertThatThrownBy(() -> ingester.ingest(file, store, settings()))
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining(file + ":" + page[1] + ": a poll table copied as plain text")
                        .hasMessageNotContaining("release page");
            }
        }
    }
}
