package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * "Opinion polling for the 2022 Danish general election", its 2022 table's last fortnight rebuilt cell for cell
 * (sources in src/test/resources/ingest/README.md): parties headed by their ballot letters, among them A and Å, O and Ø,
 * which folding accents makes one (each is read as the party whose letter it is, where "A" was refused as meaning more
 * than one party); a "Blocs" group of Red and Blue (each bloc's sum) and a "Lead" split into "All parties" and "Above
 * 2%", figures derived for readers (read as options, they refused every poll); and the Vegan Party's column, one "—"
 * cell down the whole table from the result row.
 */
class DanishTablesTest {
    @TempDir
    Path root;

    @Test
    void the2022TableGivesEveryPollByItsBallotLettersAndNoBlocAsAParty() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "dk-2022.yaml", "se-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-dk-2022",
                "dk-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
    }

    /**
     * The same table as the wikimili mirror's stored copy prints it (a blind trial on Denmark): a line of the column
     * groups ({@code Parties | Blocs | ||||...}) over the delimiter, the header under it, the Lead's parts ({@code All
     * parties | Above 2%}) moved to a line's start, the result row's label spanning the firm and date columns, and the
     * Vegan Party's "—" spanning the polls below it, each of which the copy prints a cell short and pads at its end.
     * Before, the page was refused as having no pollster column ("Parties Polling firm"); once the header was found,
     * each poll was read a column right of its own, and laid as written M's 8.5 fell under G.
     */
    @Test
    void aMirrorsPipeTableWithGroupsOverItsHeaderGivesEveryPollUnderItsOwnParty() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "dk-2022.yaml", "se-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikimili-dk-2022.md",
                PollFormat.MARKDOWN,
                "dk-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
    }

    /** A result row's dash spanning the polls below it, as a Markdown copy drops it, put back where the page has it. */
    @Test
    void aDashTheResultRowSpansDownIsPutBackInItsColumn() {
        List<String> result = List.of("2022 election result", "–", "27.5", "0.5", "—", "9.3", "7.0", "");
        List<String> header = List.of("Polling firm", "Fieldwork date", "Sample size", "A", "K", "G", "M", "Lead");
        List<Integer> spanned = MarkdownPage.spannedDashes(result, header);
        assertThat(spanned).containsExactly(5);
        assertThat(MarkdownPage.underSpannedDashes(
                        spanned, List.of("Voxmeter", "31 Oct 2022", "4,577", "24.2", "0.7", "8.5", "6.7", "")))
                .containsExactly("Voxmeter", "31 Oct 2022", "4,577", "24.2", "0.7", "", "8.5", "6.7");
        // A row with a cell of its own there (the span has ended) is left as it is.
        assertThat(MarkdownPage.underSpannedDashes(
                        spanned, List.of("Voxmeter", "1 Oct 2022", "1,004", "24.2", "0.7", "0.1", "8.5", "6.7")))
                .isNull();
        // A poll's row that merely ends in an empty cell spans nothing.
        assertThat(MarkdownPage.spannedDashes(
                        List.of("Voxmeter", "31 Oct 2022", "4,577", "24.2", "—", "8.5", "6.7", ""), header))
                .isNull();
    }

    private static final String HEAD = "Opinion polling for the 2022 Danish general election.\n\n"
            + "| Polling firm | Fieldwork date | Sample size | A | V | O | M | Æ | Lead |\n"
            + "|---|---|---|---|---|---|---|---|---|\n";

    private Map<String, Double> shares(String page, String pollster) throws IOException {
        Path file = root.resolve("page.md");
        Files.writeString(file, page);
        Ingester ingester = IngestFixtures.ingesterWith(root, "dk-2022.yaml", "se-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("t.db"))) {
            ingester.ingest(
                    file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            return store.polls(PollQuery.of("dk-2022")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.pollster().equals(pollster))
                    .findFirst()
                    .orElseThrow()
                    .shares();
        }
    }

    /**
     * The review's two pages. A result row whose own lead cell is empty ends in two empty cells, one its label's span
     * and one its own: counted as two, the dash under M was put under Æ and each poll's Æ figure read as M's. How far
     * the label spans comes from the header (the result's first figure is A's).
     */
    @Test
    void aResultRowsOwnEmptyCellDoesNotMoveItsDash() throws IOException {
        String page = HEAD
                + "| 2022 election result | – | 45.9 | 43.4 | 8.7 | — | 2.0 | | |\n"
                + "| Voxmeter | 31 Oct 2022 | 4,577 | 44.2 | 34.0 | 6.4 | 6.9 | 10.2 | |\n"
                + "| Gallup | 30 Oct 2022 | 4,483 | 46.6 | 33.7 | 3.9 | 7.0 | 12.9 | |\n";
        Map<String, Double> vox = shares(page, "Voxmeter");
        assertThat(vox).containsEntry("ae", 6.9).doesNotContainKey("m");
    }

    /**
     * A result's "did not stand" over polls that name the party, the first poll printing no lead: one row ending in an
     * empty cell is no span of the dash. Its figures are not moved a column right (M's 8.5 under Æ, stored without a
     * word): the page is read as printed, where its result row, its label spanning the firm and date, leaves it to be
     * refused, naming the line.
     */
    @Test
    void aDashOverOnePollThatEndsEmptyIsNoSpan() throws IOException {
        String page = HEAD
                + "| 2019 election result | – | 45.9 | 43.4 | 8.7 | — | 2.0 | 2.5 | |\n"
                + "| Voxmeter | 31 Oct 2022 | 4,577 | 44.2 | 34.0 | 6.4 | 8.5 | 6.9 | |\n"
                + "| Gallup | 31 Oct 2022 | 4,483 | 46.6 | 33.7 | 3.9 | 8.8 | 7.0 | 12.9 |\n";
        try {
            assertThat(shares(page, "Voxmeter")).containsEntry("m", 8.5).containsEntry("ae", 6.9);
        } catch (org.pollcast.BadInputException refused) {
            assertThat(refused.getMessage()).contains("page.md");
        }
    }
}
