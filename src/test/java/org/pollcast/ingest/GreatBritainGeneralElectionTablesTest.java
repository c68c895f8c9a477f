package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
