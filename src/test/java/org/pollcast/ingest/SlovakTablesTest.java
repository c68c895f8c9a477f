package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 Slovak National Council list vote (a page rebuilt in the layout of the encyclopedia's "Opinion polling for
 * the 2020 Slovak parliamentary election" table, sources in src/test/resources/ingest/README.md), read with no election
 * given, as a new user reads it. Two of its habits refused the page: shares printed with a decimal comma ("15,6%", as
 * some of its rows print them beside others with a point), and the PS–SPOLU coalition's one figure in a cell spanning
 * its two parties' columns, "PS" and "SPOLU", which was read as two options.
 */
class SlovakTablesTest {
    @TempDir
    Path root;

    @Test
    void decimalCommasAndACoalitionsCellOverItsPartiesColumnsAreRead() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "sk-2020.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-sk-2020", "sk-2020", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
    }
}
