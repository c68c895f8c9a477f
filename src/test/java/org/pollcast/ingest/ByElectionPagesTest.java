package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A by-election article's poll table (British layout: Dates conducted, Pollster, Client, Sample size, a column per
 * party, Others, Lead), read as a new user reads it: no --election, the page title naming the election. Its result
 * rows are labelled "2025 by-election" and "2021 Senedd election"; the hyphen of the first made the reader take it for
 * a poll and refuse the whole page ("field 'Sample size': '2025 by-election' is not a positive whole number"). Figures
 * are real: see src/test/resources/ingest/README.md.
 */
class ByElectionPagesTest {
    @TempDir
    Path root;

    @Test
    void aByElectionArticleGivesItsPollsAndPassesOverBothResultRows() throws IOException {
        IngestFixtures.copyData(root);
        for (String e : List.of("caerphilly-2021.yaml", "caerphilly-2025.yaml")) {
            Files.copy(
                    Path.of("src/test/resources/ingest/elections", e),
                    root.resolve("elections").resolve(e));
        }
        DataHome home = new DataHome(root);
        Ingester ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-caerphilly-2025",
                "caerphilly-2025",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(caerphilly-2025 ms, first preferences)");
    }

    @Test
    void aByElectionsResultLabelIsNoPollster() {
        assertThat(TableText.isResultLabel("2025 by-election")).isTrue();
        assertThat(TableText.isResultLabel("By-election")).isTrue();
        assertThat(TableText.isResultLabel("2024 general election")).isTrue();
        assertThat(TableText.isResultLabel("Welsh Election Study")).isFalse();
        // A hyphen only as a by-election's: any hyphen took a pre-election poll's pollster cell for a result (review).
        assertThat(TableText.isResultLabel("Ipsos pre-election poll")).isFalse();
        assertThat(TableText.isResultLabel("Pre-election")).isFalse();
    }
}
