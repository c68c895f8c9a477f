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
 * Turkey's presidential polls of 2018 and 2023 (pages rebuilt in the layouts of the encyclopedia's "Opinion polling for
 * the 2018 Turkish general election" and "Opinion polling for the 2023 Turkish presidential election" articles; sources
 * in README.md). Turkish firms are printed several ways (MetroPOLL and Metropoll, OPTİMAR, KONDA and Konda, ORC and ORC
 * Araştırma), the law forbids publishing polls in the last ten days, and the 2018 table prints one row a cell short.
 */
class TurkishPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addTurkey() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "tr-2018.yaml", "tr-2023.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2023: an aggregators' table (no poll of its own) before the campaign's, a result row, an Others/Undecided column
     * (MetroPOLL's April survey with 9.1 undecided, re-based), the second round's polls of the pair after the first
     * round and before it. The reports spell two firms two ways: Aksoy and ORC are each noted as named like the house
     * stored before; MetroPOLL and Metropoll, differing in case only, are one house.
     */
    @Test
    void the2023PagesFirmsAreOneHouseOrNotedAsNamedLikeOne() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-tr-2023", "tr-2023", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("22 polls, 22 added").contains("first preferences 14, run-off 8");
        assertThat(r.nearHouses()).containsExactlyInAnyOrder("Aksoy Araştırma (Aksoy)", "ORC Araştırma (ORC)");
        assertThat(r.joinedSpellings()).containsExactly("MetroPOLL as Metropoll");
    }

    /**
     * 2018: the İYİ Party's poll of 6 June is printed a cell short (no Perinçek cell, the leads one column left), so its
     * shares sum to 119.3. The refusal says that --skip-invalid keeps the page's 15 other polls, which it does.
     */
    @Test
    void the2018PagesShortRowIsRefusedAloneWithSkipInvalid() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("refused.db"))) {
            assertThatThrownBy(
                            () -> ingester.ingest(IngestFixtures.fixture("wikipedia-tr-2018.html"), store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("table 1 row 16: field 'share': shares of this first_pref poll sum to 119.3")
                    .hasMessageContaining("--skip-invalid stores its 15 valid polls");
        }
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-tr-2018", "tr-2018", settings().withSkipInvalid(true));
        assertThat(r.rejected()).hasSize(1);
    }
}
