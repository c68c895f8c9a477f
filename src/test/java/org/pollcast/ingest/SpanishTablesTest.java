package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Opinion polling for the 2023 Spanish general election", its last weeks rebuilt from the firms' reports in the
 * article's layout (sources in src/test/resources/ingest/README.md): parties headed by their logos (a link titled with
 * the party's page, "People's Party (Spain)"; only PNV and BNG by name), each share printed over the firm's seat
 * projection on a smaller line ({@code 35.0<br>146/149}), "?" where a firm gave seats alone, and the result row above
 * the polls.
 */
class SpanishTablesTest {
    @TempDir
    Path root;

    @Test
    void logoHeadedPartiesAndSeatLinesGiveEveryShare() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "es-2023.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-es-2023", "es-2023", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
    }

    /**
     * The November 2019 page: its estimates (two GESOP trackings published in Andorra inside the five-day ban, shaded,
     * "?" over the seats of the parties they gave seats alone), then a "Voting preferences (not voting intention)"
     * table of raw answers of everyone asked (CIS 28 Oct–9 Nov: PSOE 22.9, PP 11.6), which is no estimate of the vote:
     * read as a poll, PP's 11.6 stood beside estimates of 19 to 22.
     */
    @Test
    void rawVotingPreferencesAreNoPollOfTheVote() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "es-2019-11.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-es-2019-11", "es-2019-11", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .extracting(SkippedTable::toString)
                .containsExactly("table 2 skipped: its heading 'Voting preferences (not voting intention)' says its"
                        + " figures are raw answers of everyone asked, not an estimate of the vote");
    }
}
