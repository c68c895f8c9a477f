package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Portugal's 2026 presidential polls (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2026
 * Portuguese presidential election"; sources in README.md). Its first-round table opens with the count, labelled
 * "First round", then the three election-night exit polls printed as ranges ("30–35", "30.8–35.2"); its run-off table
 * opens with the count labelled "Second round". Before, the ranges refused the whole page as no number, and with
 * --skip-invalid each count was stored as a poll by a firm "First round" or "Second round".
 */
class PortuguesePollTablesTest {
    @TempDir
    Path root;

    @Test
    void theRoundsCountsAndTheExitPollsRangesAreNoPolls() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "portugal-2026.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-pt-2026",
                "portugal-2026",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("21 polls, 21 added");
        assertThat(String.join("\n", r.notes())).doesNotContain("First round").doesNotContain("Second round");
        // The three exit polls are said, not dropped in silence.
        assertThat(r.notes())
                .filteredOn(n -> n.contains("its figures are ranges (") && n.contains("no share to average"))
                .isNotEmpty();
        assertThat(String.join("\n", r.notes())).containsPattern("rows? [0-9–, ]+ skipped: its figures are ranges");
    }

    @Test
    void aRoundAloneLabelsAResultAndARangeIsNoFigure() {
        assertThat(TableText.isResultLabel("First round")).isTrue();
        assertThat(TableText.isResultLabel("Second round")).isTrue();
        assertThat(TableText.isResultLabel("2022 first round")).isTrue();
        assertThat(TableText.isResultLabel("Run-off")).isTrue();
        assertThat(TableText.isResultLabel("First round poll by Ipsos")).isFalse();
        assertThat(TableText.isRange("30–35")).isTrue();
        assertThat(TableText.isRange("9.2–12.4")).isTrue();
        assertThat(TableText.isRange("0.0-1.7")).isTrue();
        assertThat(TableText.isRange("35")).isFalse();
        assertThat(TableText.isRange("–")).isFalse();
    }
}
