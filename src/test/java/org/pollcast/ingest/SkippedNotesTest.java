package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines left out for one reason, next to each other, make one note ("lines 3–9 skipped: ..."): a ranked-choice
 * table's intermediate rounds gave 33 notes. A note that says more than its line (a pollster's table row, "line 17:
 * 'SNP'") keeps its own: merged, the names of the rows left out were lost.
 */
class SkippedNotesTest {
    @Test
    void linesNamedAloneForOneReasonMakeOneNote() {
        String why = "an intermediate round";
        assertThat(IngestReport.merged(List.of(
                        new SkippedTable(3, "line 3", why),
                        new SkippedTable(4, "line 4", why),
                        new SkippedTable(5, "line 5", why),
                        new SkippedTable(9, "line 9", why))))
                .containsExactly("lines 3–5, 9 skipped: " + why);
    }

    @Test
    void aNoteThatNamesMoreThanItsLineKeepsIt() {
        String why = "no party of scotland-2021; counted in Other";
        assertThat(IngestReport.merged(List.of(
                        new SkippedTable(17, "line 17: 'SNP'", why), new SkippedTable(18, "line 18: 'Plaid'", why))))
                .containsExactly("line 17: 'SNP' skipped: " + why, "line 18: 'Plaid' skipped: " + why);
    }
    /**
     * The same table rendered as the encyclopedia renders it (HTML, each survey's cells spanning its count's lines)
     * gave a note a row: 26 for the 2021 New York template's five surveys, where its copied CSV gave 5. Rows of one
     * table next to each other for one reason make one note too; rows of another table, or another reason, do not.
     */
    @Test
    void rowsOfOnePageTableForOneReasonMakeOneNote() {
        String why = "an intermediate round";
        assertThat(IngestReport.merged(List.of(
                        new SkippedTable(1, 3, "table 1 row 3", why),
                        new SkippedTable(1, 4, "table 1 row 4", why),
                        new SkippedTable(1, 5, "table 1 row 5", why),
                        new SkippedTable(1, 9, "table 1 row 9", why),
                        new SkippedTable(1, 10, "table 1 row 10", "another reason"),
                        new SkippedTable(2, 11, "table 2 row 11", "another reason"))))
                .containsExactly(
                        "table 1 rows 3–5, 9 skipped: " + why,
                        "table 1 row 10 skipped: another reason",
                        "table 2 row 11 skipped: another reason");
    }
}
