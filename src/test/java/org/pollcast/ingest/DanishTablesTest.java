package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        List<Integer> spanned = MarkdownPage.spannedDashes(result);
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
                        List.of("Voxmeter", "31 Oct 2022", "4,577", "24.2", "—", "8.5", "6.7", "")))
                .isNull();
    }
}
