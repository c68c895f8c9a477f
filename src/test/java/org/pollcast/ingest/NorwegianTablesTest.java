package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Opinion polling for the 2017/2021 Norwegian parliamentary election" as stored text copies print the tables (sources
 * in src/test/resources/ingest/README.md), each cut off where the copy ends:
 *
 * <ul>
 *   <li>the encyclopedia's own 2017 page as pipe rows with no delimiter line under {@code = Title =} and
 *       {@code ==Vote share==} headings, a blank-headed "Resp." column and the blocs' columns headed by the parties
 *       each sums ({@code 2=Ap, R, Sp, Sv}) between the parties' "Lead" and the blocs' "Lead";
 *   <li>a mirror's 2017 copy as a pipe table with a "Resp." column and "Red | Blue | Lead" after the parties' lead;
 *   <li>a mirror's 2021 copy one cell to a line, footnote markers printed "[ a]", and Norstat's 4–8 and 31 Aug–8 Sep
 *       polls, two surveys ending the same day.
 * </ul>
 *
 * <p>Before, the first was read as wikitext ("no table"), the second refused ("unknown party 'Blue'", "'Resp.'"), the
 * third read as a pollster's release page ("no list of a poll's figures"). Each copy's last row, cut off mid-row, is no
 * poll, and a note names it: read as one, the 2017 copy's gave Kantar TNS a poll of two parties.
 */
class NorwegianTablesTest {
    @TempDir
    Path root;

    @Test
    void theEncyclopediasPipeRowsWithNoDelimiterAreATable() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "norway-2017.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-no-2017.md", PollFormat.MARKDOWN, "norway-2017", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .anySatisfy(s -> assertThat(s.toString())
                        .contains("line 18")
                        .contains("the copy ends inside this row (6 of 18 cells)"));
    }

    @Test
    void aMirrorsRespAndBlocColumnsAreNoParties() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "norway-2017.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikimili-no-2017.md", PollFormat.MARKDOWN, "norway-2017", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .anySatisfy(s -> assertThat(s.toString()).contains("line 14").contains("(14 of 18 cells)"));
    }

    @Test
    void aTableOneCellToALineIsReadAndTwoSurveysEndingOneDayKeepTheFirst() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "norway-2017.yaml", "norway-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "kampuspedia-no-2021.txt",
                PollFormat.MARKDOWN,
                "norway-2021",
                IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .anySatisfy(s -> assertThat(s.toString())
                        .contains("line 173")
                        .contains("of 11,500 asked, begun 2021-08-31")
                        .contains("ending the same day")
                        .contains("is kept, the first printed"));
        assertThat(r.skipped())
                .anySatisfy(s -> assertThat(s.toString()).contains("line 218").contains("(8 of 15 cells)"));
    }
}
