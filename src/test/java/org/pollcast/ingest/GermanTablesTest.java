package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Opinion polling for the 2021 German federal election", its 2021 table's last fortnight rebuilt cell for cell
 * (sources in src/test/resources/ingest/README.md): an {@code Abs.} column (Forsa's and Forschungsgruppe Wahlen's
 * non-voters and undecided, 22 to 26) before the parties, CDU/CSU printed as one "Union", a small party (FW) printed
 * by some firms only, and the result row above the polls. london-2021 is in the catalogue too: the page's year names
 * two elections, and the parties tell them apart.
 */
class GermanTablesTest {
    @TempDir
    Path root;

    @Test
    void the2021TableGivesEveryPollAndNoAbstentionAsAParty() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "de-2021.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-de-2021", "de-2021", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
    }
}
