package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
}
