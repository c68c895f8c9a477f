package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taiwan's presidential polls of 2020 and 2024 in the layout of the encyclopedia's "Opinion polling for the ..."
 * articles (Pollster, Fieldwork date, Sample size, a column per ticket over a second header row of parties, an
 * "Others Undecided" column, Lead; the blackout as a row across the table; dates spanning two rows), rebuilt as named in
 * src/test/resources/ingest/README.md. A ticket's header ("Lai-Hsiao") names its presidential candidate.
 */
class TaiwanPollTablesTest {
    @TempDir
    Path root;

    /**
     * The 2024 table after registration, and the one before it with Terry Gou (withdrawn) as a survey's four-way
     * scenario over its three-way one: the three-way line is kept, as nearer the ballot.
     */
    @Test
    void the2024TablesGiveEveryPollAndEachSurveysThreeWayScenario() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "tw-2020.yaml", "tw-2024.yaml"),
                root,
                "wikipedia-tw-2024",
                "tw-2024",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("27 polls, 27 added").contains("(tw-2024 president, first preferences)");
    }

    /**
     * The 2020 page's "Han–Tsai" table, of two of the three tickets standing, is a head-to-head question: its ETtoday
     * row (45.7, 33.7, undecided 20.5) is one by its figures, and its other row, which prints no undecided (51, 31), is
     * the same table's question, not a first-preference poll of the race with Soong unpublished. Before, that row was
     * stored as a partial poll of the three-way race, Tsai 51 and Han 31. The "Ko–Han–Tsai" table names Ko, who did
     * not stand, and is left out as hypothetical.
     */
    @Test
    void the2020HeadToHeadTableIsLeftOutWholeThoughOneRowPrintsNoUndecided() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "tw-2020.yaml"),
                root,
                "wikipedia-tw-2020",
                "tw-2020",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.summary()).contains("4 polls, 4 added");
        assertThat(r.skipped())
                .anySatisfy(s ->
                        assertThat(s.toString()).contains("table 2 row 4").contains("Tsai Ing-wen and Han Kuo-yu"));
        // Listed in page order: the row left out by its table's question (row 3) before the one its figures left out
        // (row 4), though the table's check runs after the rows' own.
        assertThat(r.skipped().stream().map(SkippedTable::what).filter(w -> w.startsWith("table 2 row")))
                .containsExactly("table 2 row 3", "table 2 row 4");
    }

    /**
     * A mirror's Markdown copy of the 2024 table (wikimili, as stored) drops the date cell that the page spans from a
     * poll to the next firm's poll of the same days, and pads the row at its end: {@code | ETtoday | 1,295 | 35.4% |
     * ... | 2% | |} under {@code | Mirror Media | 30–31 December 2023 | 1,099 | ...}. The dropped cell is the date, not
     * the firm: before, the row was moved right by a cell, its firm read as its date, and the page refused ("field
     * 'Pollster': missing", "'ETtoday' is not a date"). Each such row is now the poll of its own firm on the date above.
     */
    @Test
    void aMarkdownCopyThatDroppedASpannedDateGivesTheNextFirmsPollThatDate() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "tw-2020.yaml", "tw-2024.yaml"),
                root,
                "wikimili-tw-2024.md",
                PollFormat.MARKDOWN,
                "tw-2024",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("10 polls, 10 added");
    }

    /** The dropped cells' place: in the middle under a spanned date, at the front under a survey's spanned cells. */
    @Test
    void aRowsDroppedCellsGoWhereItsOwnCellsFallUnderCellsOfTheirKind() {
        List<String> mirror = MarkdownPage.cells(
                "Mirror Media | 30–31 December 2023 | 1,099 | 35.6% | 24.1% | 24.2% | 16.2% | 11.4% |");
        List<String> ettoday = MarkdownPage.cells("ETtoday | 1,295 | 35.4% | 33.4% | 22.1% | 3.1% | 2% | |");
        assertThat(MarkdownPage.unshifted(mirror, ettoday))
                .containsExactly("ETtoday", "30–31 December 2023", "1,295", "35.4%", "33.4%", "22.1%", "3.1%", "2%");
        // A firm's second poll under its first, its firm spanned: the dropped cell is the firm's, read from above.
        List<String> tvbs = MarkdownPage.cells("TVBS | 22–28 December 2023 | 1,074 | 37% | 33% | 22% | 9% | 4% |");
        List<String> again = MarkdownPage.cells("15–21 December 2023 | 1,840 | 33% | 32% | 24% | 11% | 1% | |");
        assertThat(MarkdownPage.unshifted(tvbs, again))
                .containsExactly("", "15–21 December 2023", "1,840", "33%", "32%", "24%", "11%", "1%");
    }

    /**
     * A short row's gap is never filled with the figures of the row above: the Japanese 2021 table's copy (a blind
     * trial's) printed a poll's own short row `16–17 Oct | | 49.1 | 10.4 | ... | 18.8 | ... | 30.3 | |||||||` under a
     * poll of eleven figures, and seven of those were put in its place, LDP 34 where it printed 49.1, written to the
     * rejects file to be corrected and ingested again.
     */
    @Test
    void aShortRowIsNeverGivenTheFiguresOfTheRowAbove() {
        List<String> above =
                MarkdownPage.cells("| 19–20 Oct | |34 | 7 | 4 | 3 | 3 | 1 | 0 | 0 | 0 | 1 | |34 | 13 | Tied | |");
        List<String> shortRow = MarkdownPage.cells(
                "| 16–17 Oct | |49.1 | 10.4 | 3.1 | 4.7 | 4.3 | 18.8 | LDP; color:white |30.3 | |||||||");
        assertThat(MarkdownPage.unshifted(above, shortRow)).isSameAs(shortRow);
        // A date and a sample another firm's poll shares are still taken from above (review).
        List<String> yougov = MarkdownPage.cells("| YouGov | 1–3 Apr 2024 | 1,000 | 45% | 25% | 20 |");
        List<String> savanta = MarkdownPage.cells("| Savanta | 44% | 26% | 18 | | |");
        assertThat(MarkdownPage.unshifted(yougov, savanta))
                .containsExactly("Savanta", "1–3 Apr 2024", "1,000", "44%", "26%", "18");
        List<String> dotted = MarkdownPage.cells("| YouGov | 1–3 Apr 2024 | 1.099 | 45% | 25% | 20 |");
        assertThat(MarkdownPage.unshifted(dotted, savanta))
                .containsExactly("Savanta", "1–3 Apr 2024", "1.099", "44%", "26%", "18");
    }
}
