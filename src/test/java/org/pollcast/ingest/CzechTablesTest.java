package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
