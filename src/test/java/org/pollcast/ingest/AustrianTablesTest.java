package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Opinion polling for the 2019 Austrian legislative election", its table's last eleven weeks rebuilt cell for cell
 * (sources in src/test/resources/ingest/README.md): firms the alias table does not know (Market, OGM, Research
 * Affairs, Karmasin), a small list printed by every firm (JETZT, 1 to 2%), half points, a month-only row
 * ("GfK/Demox Research", "September 2019", sample "?") and the result row above the polls.
 */
class AustrianTablesTest {
    @TempDir
    Path root;

    /**
     * "Market (Weekend)" is the Market institute's poll for the Weekend magazine, printed beside its "Market" rows: the
     * bracket names the client, as it does after a firm the alias table knows ("YouGov (MRP)"). Stored whole, it was a
     * house of its own, with a house effect apart and no final poll of the firm's where it had one.
     */
    @Test
    void the2019TableGivesEveryPollAndAFirmsBracketedRowIsItsHouse() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "austria-2019.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-at-2019", "austria-2019", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.newPollsters()).doesNotContain("Market (Weekend)");
    }
}
