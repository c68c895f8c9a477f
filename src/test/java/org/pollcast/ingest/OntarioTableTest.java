package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2025 Ontario general election (a page rebuilt in the layout of the encyclopedia's "Opinion polling in the 2025
 * Ontario general election" table from the poll reports named in src/test/resources/ingest/README.md): a body of
 * constituencies only, whose polls are its constituency vote; a `Last date of polling` column alone; Nanos's nightly
 * tracker's overlapping releases each stored (the average counts each interview once), most with no sample printed;
 * blank Others cells.
 */
class OntarioTableTest {
    @TempDir
    Path root;

    @Test
    void theTableGivesEveryPollAsTheConstituencyVote() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "on-2025.yaml"),
                root,
                "wikipedia-on-2025",
                "on-2025",
                IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("10 polls, 10 added");
    }
}
