package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2018 Quebec general election's polls in the Canadian layout of "Opinion polling for the 2018 Quebec general
 * election" (Polling firm, Last date of polling, Link, a column per party, Other, Lead, Sample Size, Margin of Error,
 * Method; the result's row on top; the debates as notes spanning the table), as two mirrors' copies in the page store
 * keep it (src/test/resources/ingest/README.md): both give the same polls. Neither keeps the Link column's addresses,
 * only its labels ({@code HTML}, {@code PDF}): a poll cites nothing then (its expected citation is empty), where before it
 * was stored as citing "HTML".
 */
class QuebecPollTablesTest {
    @TempDir
    Path root;

    /**
     * wikimili's Markdown copy drops the Link cell of a row whose link was a PDF and pads the row at its end. Under the
     * result's row (Method `—`) and under a debate's note, such rows were set against the wrong row and refused as a
     * cell short ("'1.78%' is not a positive whole number"), so the whole page was refused; each is now read with its
     * figures under their parties. The last row, cut by the copy, is no poll.
     */
    @Test
    void aMarkdownCopyThatDroppedLinkCellsUnderTheResultAndUnderNotesGivesEveryPoll() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "qc-2018.yaml"),
                root,
                "wikimili-qc-2018.md",
                PollFormat.MARKDOWN,
                "qc-2018",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("12 polls, 12 added");
    }

    /**
     * datadosen's text copy prints the table one cell to a line, and the debates' notes a line each. Before, the table
     * ended at the first note, without a word, and the five polls below it were lost (8 of 13 read).
     */
    @Test
    void aCopyPrintedOneCellToALineReadsOnPastTheDebatesNotes() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "qc-2018.yaml"),
                root,
                "datadosen-qc-2018.txt",
                PollFormat.MARKDOWN,
                "qc-2018",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("13 polls, 13 added");
    }
}
