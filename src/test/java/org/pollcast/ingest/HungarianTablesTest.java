package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hungary's 2018 list vote (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2018 Hungarian
 * parliamentary election" table, sources in src/test/resources/ingest/README.md), read with no election given, as a new
 * user reads it. Its {@code DK} column is the Democratic Coalition, a party of the definition: read as "Don't know", its
 * 5 to 9 points were dropped and every poll re-based without them. Its {@code MLP} column (the Liberal Party, 0 or –) is
 * no party of the definition, beside an {@code Others} column: it is counted in the others, as a parliament's small
 * parties are; before, the vote between parties ({@code office: none}) refused the whole page for it.
 */
class HungarianTablesTest {
    @TempDir
    Path root;

    @Test
    void aPartyNamedDkIsAPartyAndASmallUnlistedPartyIsCountedInOthers() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "hu-2018.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-hu-2018", "hu-2018", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("column 'MLP' (0) skipped: no party of hu-2018's popular")
                .doesNotContain("dk-rebased");
    }
}
