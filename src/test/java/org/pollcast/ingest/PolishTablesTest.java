package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2023 Polish Sejm list vote: a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2023
 * Polish parliamentary election" table (sources in src/test/resources/ingest/README.md), read with no election given,
 * as a new user reads it. Its "Third Way" header spans "Polish Coalition" and "Poland 2050", the two parties of the
 * coalition's joint list, and every row's figure spans both: before, each part was read as a party of its own and the
 * page refused ("unknown party 'Polish Coalition' in sejm; did you mean 'Civic Coalition'?"), as the coalition's
 * name is in no alias table before the page's election is known.
 */
class PolishTablesTest {
    @TempDir
    Path root;

    @Test
    void aCoalitionsHeaderOverItsPartiesIsOneListWhenEveryFigureSpansThem() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "sejm-2019.yaml", "sejm-2023.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-pl-2023",
                "sejm-2023",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
    }
}
