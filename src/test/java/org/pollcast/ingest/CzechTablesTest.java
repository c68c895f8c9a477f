package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * The 2021 Czech Chamber of Deputies list vote (a page rebuilt in the layout of the encyclopedia's "Opinion polling for
 * the 2021 Czech parliamentary election" table, sources in src/test/resources/ingest/README.md), read with no election
 * given, as a new user reads it, beside london-2021 of the same year. Its {@code Govt. + sup.} and {@code Opp.} columns
 * sum the government's and the opposition's parties, and its {@code STEM/MARK | Exit Poll} row has no fieldwork dates:
 * before, the first were read as parties no election has and every row was refused, and the second refused the page.
 */
class CzechTablesTest {
    @TempDir
    Path root;

    @Test
    void blocSumColumnsAndAnExitPollRowAreNoPolls() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cz-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-cz-2021", "cz-2021", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        // the exit poll's row is said, as one named in the pollster's cell is, not dropped without a word
        assertThat(r.skipped().stream().map(Object::toString))
                .anySatisfy(n -> assertThat(n).contains("'Exit Poll' in its date's cell: election night's exit poll"));
    }

    /**
     * The same table as a page store's text copy keeps it, one cell to a line (kampuspedia's): after the column names
     * it prints the row of each coalition's member parties (ODS, KDU– ČSL, TOP 09, Piráti, STAN, S, T), its result and
     * exit-poll rows lack the sample and turnout cells, and Phoenix Research's poll is dated "Sep" alone. Before, the
     * member parties were counted as seven more columns and the page gave "no polls found"; then the month alone ended
     * the table after two polls.
     */
    @Test
    void aTextCopyWithCoalitionMembersUnderTheHeaderReadsEveryPoll() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cz-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "kampuspedia-cz-2021.txt",
                PollFormat.MARKDOWN,
                "cz-2021",
                IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped().stream().map(Object::toString))
                .anySatisfy(n -> assertThat(n).contains("'Exit Poll' in its date's cell"))
                .anySatisfy(n -> assertThat(n).contains("the copy ends inside this row"));
    }

    /**
     * The 2025 table's text copy (kampuspedia's) heads its parties with logos, which print no text: nine names over rows
     * of 21 to 23 cells. Before, its first row was read at the names' width, its figures under the wrong columns, and
     * the page was refused for naming "Others" twice; now the refusal says the copy lost column names, naming the line.
     */
    @Test
    void aTextCopyWhoseRowsGoOnPastItsNamesIsRefusedSayingSo() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cz-2021.yaml");
        try (PollStore store = PollStore.open(root.resolve("cz-2025.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("kampuspedia-cz-2025.txt"), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("kampuspedia-cz-2025.txt:26: the poll table whose column names start on line"
                            + " 8 names 9 columns, but its row on line 17 goes on past them ('9.1' where the next row's"
                            + " first cell belongs): the copy lost the names of some columns");
        }
    }

    @Test
    void governmentAndOppositionHeadingsAreDerivedFigures() {
        for (String label : new String[] {"Govt. + sup.", "Gov.", "Opp.", "Government", "Opposition"}) {
            assertThat(Columns.field(label)).as(label).isEqualTo(Optional.of(Columns.IGNORED));
        }
    }

    @Test
    void anExitPollLabelIsNoDate() {
        assertThat(TableText.isExitPollLabel("Exit Poll")).isTrue();
        assertThat(TableText.isExitPollLabel("exit polls")).isTrue();
        assertThat(TableText.isExitPollLabel("8–9 Oct")).isFalse();
    }
}
