package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Italy's 2022 list vote (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2022 Italian
 * general election" party-vote table, sources in src/test/resources/ingest/README.md), read with no election given.
 * Its {@code Italexit} and {@code UP} columns are small lists the definition does not name, beside an {@code Others}
 * column that some rows leave as {@code –} (Noto, Ipsos and one Quorum poll print no others): such a row is as a
 * table with no Others column, its small lists counted in the rest of 100. Before, those rows refused the whole page
 * ("unknown party 'Italexit'"), while the rows that printed an Others figure were read. The page's second table, the
 * coalition vote (Centre-right, Centre-left, M5S, A–IV), is another ballot's and is left out with a note: its
 * coalitions are no lists, and M5S and A–IV would be counted twice. Before, the small lists of the party table made
 * both tables look like strangers' and the coalition table's names refused the page.
 */
class ItalianTablesTest {
    @TempDir
    Path root;

    @Test
    void aSmallUnlistedListBesideAnOthersCellLeftBlankIsCountedInTheRestOf100() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "it-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-it-2022",
                "it-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 3 column 'Italexit' (2.7) skipped: no party of it-2022's chamber; counted in"
                        + " Others (the rest of 100)")
                .contains("table 1 row 2 column 'Italexit' (2.4) skipped: no party of it-2022's chamber; added to"
                        + " the row's Others (1.9, now 5.3)")
                .contains("table 2 skipped: 'Centre-right', 'Centre-left' are no candidates or parties of it-2022")
                .doesNotContain("table 2 row");
    }
}
