package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;

/**
 * The Great Britain national vote of the 2019 and 2024 United Kingdom general elections (pages rebuilt in the layout
 * of the encyclopedia's "Opinion polling for the 2019/2024 United Kingdom general election" tables from the poll
 * reports named in src/test/resources/ingest/README.md): an `Area` column (GB or UK) read as no option, the SNP and
 * Plaid Cymru as options of their own (a poll printing `–` for Plaid holds it inside its others), an MRP row
 * ("YouGov (MRP)") as YouGov's house, and Savanta, Verian and Redfield & Wilton Strategies as their houses.
 */
class GreatBritainGeneralElectionTablesTest {
    @TempDir
    Path root;

    private Ingester ingester() throws IOException {
        return IngestFixtures.ingesterWith(root, "gb-2019.yaml", "gb-2024.yaml");
    }

    @Test
    void the2019TableGivesEveryPollWithTheMrpRowAsYouGovs() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "wikipedia-gb-2019", "gb-2019", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("12 polls, 12 added");
    }

    /**
     * The 2024 page shares its year with london-2024, whose parties are Great Britain's too: the SNP and Plaid Cymru
     * columns tell the polls apart, as only gb-2024 has them.
     */
    @Test
    void the2024TableGoesToTheGreatBritainVoteByItsScottishAndWelshColumns() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "wikipedia-gb-2024", "gb-2024", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("17 polls, 17 added");
    }

    private IngestSettings gb2024() {
        Election gb = new ElectionCatalog(new DataHome(root)).resolveId("gb-2024");
        return IngestSettings.withDefaults().withElection(gb);
    }

    /**
     * Left Foot Forward's 2024 poll tracker as a page store keeps it: rows of cells between bars with no bar before the
     * first ({@code 26-27 Jun | Techne | 19% | ... |}) and no delimiter row, then an {@code AVERAGE} row a cell short
     * (its one word under the dates) and the author's byline. Before, the page was refused as a table "copied as plain
     * text" whose cells "cannot be told apart" (with {@code --format markdown}, "the page has no table"); the average,
     * read as a poll, was refused as "'AVERAGE' is not a date", the byline joined to it as its last cell.
     */
    @Test
    void aNewsSitesTrackerOfBarredRowsGivesItsTenPollsAndNotItsAverage() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "leftfootforward-gb-2024-06-27.md", PollFormat.MARKDOWN, "gb-2024", gb2024());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("10 polls, 10 added");
        assertThat(r.notes()).anyMatch(n -> n.contains("line 15 skipped: 'AVERAGE' is an average of polls"));
    }

    /**
     * The same tracker a week earlier, stored one cell to a line, each after a bar ({@code |Dates}, {@code |Pollster},
     * ..., {@code |Lib} over {@code Dems}, then {@code |14–17 Jun}, {@code |Focaldata}, {@code |21%}, ...): it was
     * refused as a release page with "no list of a poll's figures".
     */
    @Test
    void theTrackerPrintedOneBarredCellALineGivesItsTenPolls() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester(), root, "leftfootforward-gb-2024-06-19.txt", PollFormat.MARKDOWN, "gb-2024", gb2024());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("10 polls, 10 added");
    }

    /**
     * A third stored copy of the tracker drops the cells' borders ({@code DatesPollsterToryLabourLib}, then {@code
     * 14–17 JunFocaldata21%43%10%...}): which figure is whose cannot be told, and the refusal says it is a table copied
     * as text, naming its header's line. Before, it was refused as a release page with "no list of a poll's figures".
     */
    @Test
    void theTrackerWithItsCellsRunTogetherIsRefusedAsATableCopiedAsText() throws IOException {
        Ingester ingester = ingester();
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("glued.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("leftfootforward-gb-2024-06-19-glued.txt"), store, gb2024()))
                    .hasMessageContaining("leftfootforward-gb-2024-06-19-glued.txt:7:")
                    .hasMessageContaining("a poll table copied as plain text");
        }
    }
}
