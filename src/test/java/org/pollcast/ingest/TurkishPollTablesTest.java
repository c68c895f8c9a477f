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
     * 2018: the İYİ Party's poll of 6 June is printed a cell short (no Perinçek cell, the leads one column left). Its
     * two leads, Lead #1 and Lead #2, give the shift away, and the refusal says so where it said its shares summed to
     * 119.3. The refusal says that --skip-invalid keeps the page's 15 other polls, which it does.
     */
    @Test
    void the2018PagesShortRowIsRefusedAloneWithSkipInvalid() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("refused.db"))) {
            assertThatThrownBy(
                            () -> ingester.ingest(IngestFixtures.fixture("wikipedia-tr-2018.html"), store, settings()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("table 1 row 16: field 'Perinçek': the row's figures sit in the wrong"
                            + " columns: its 'Lead #2' cell is empty, and its last two figures, 19.3 under 'Perinçek'"
                            + " and 0.3 under 'Lead #1', are the leads of its three largest (42 − 22.7, 22.7 − 22.4)")
                    .hasMessageContaining("--skip-invalid stores its 15 valid polls");
        }
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-tr-2018", "tr-2018", settings().withSkipInvalid(true));
        assertThat(r.rejected()).hasSize(1);
    }

    /**
     * 2018 as wikimili's copy prints it, Markdown pipe rows: the İYİ Party's row keeps an empty last cell where the page
     * has no Perinçek cell, so only its two leads, one column left, tell it; it was refused as shares summing to 119.3.
     * The 14–20 June poll's firm is printed "[ citation needed ]" there, which names no firm and is refused as missing.
     */
    @Test
    void wikimilisCopyOf2018SaysWhichRowLostACell() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikimili-tr-2018.md",
                PollFormat.MARKDOWN,
                "tr-2018",
                settings().withSkipInvalid(true));
        assertThat(r.rejected()).hasSize(2);
        assertThat(r.rejected())
                .anyMatch(p -> p.reason()
                        .contains("line 17: field 'Perinçek': the row's figures sit in the wrong columns: its 'Lead #2'"
                                + " cell is empty, and its last two figures, 19.3 under 'Perinçek' and 0.3 under"
                                + " 'Lead #1', are the leads of its three largest (42 − 22.7, 22.7 − 22.4)"))
                .anyMatch(p -> p.reason().contains("line 6: field 'Pollster': missing"));
    }
}
