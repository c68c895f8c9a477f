package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollStore;

/**
 * An Other cell that names its parties and gives no total ("AIP 8% Other 8%"), as the encyclopedia's Canadian
 * provincial tables print the parties without a column of their own (Alberta's 2020 polls for the 2023 election,
 * copied as Markdown by a mirror). The Alberta blind trial: both Angus Reid polls were refused, "share for 'other' is
 * 'AIP 8% Other 8%', not a number", and with them the whole page.
 */
class NamedOthersTest {
    @TempDir
    Path root;

    @Test
    void anOtherCellOfNamedPartiesIsTheirSum() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ab-2023.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "osmarks-ab-2023.md", PollFormat.MARKDOWN, "ab-2023", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
    }

    @Test
    void onlyCellsOfNamedFiguresWithPercentSignsAreParts() {
        assertThat(ShareBreakdown.namedPartsSum("AIP 9% FCP 2% Other 1%")).contains(12.0);
        assertThat(ShareBreakdown.namedPartsSum("AIP 8% Other 8%")).contains(16.0);
        assertThat(ShareBreakdown.namedPartsSum("8%")).isEmpty();
        assertThat(ShareBreakdown.namedPartsSum("N/A")).isEmpty();
        assertThat(ShareBreakdown.namedPartsSum("May 24 2020")).isEmpty();
        assertThat(ShareBreakdown.namedPartsSum("AIP 8")).isEmpty();
    }

    /**
     * An Others cell whose parts name a party the election tracks is refused, naming the cell: summed, "Green 1% Other 1%"
     * beside a Green column counted the Greens twice, and "Liberal 6% Other 8%" beside a blank Liberal column lost
     * them into Others (review). Figures of the fixture's Angus Reid row, its Others cell so changed.
     */
    @Test
    void anOtherCellNamingATrackedPartyIsRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ab-2023.yaml");
        String page = Files.readString(Path.of(IngestFixtures.fixture("osmarks-ab-2023.md")))
                .replace("| AIP 9% FCP 2% Other 1% |", "| Green 1% FCP 2% Other 1% |");
        Path changed = root.resolve("changed.md");
        Files.writeString(changed, page);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester.ingest(changed.toString(), store, IngestFixtures.NEW_FIRMS))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining(
                            "the Others cell 'Green 1% FCP 2% Other 1%' names Green, an option of this" + " election");
        }
    }
}
