package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** The Lithuanian blind trial's pages: the 2019 presidential article's poll table as a mirror copies it as text. */
class LithuanianPollTablesTest {
    @TempDir
    Path root;

    /**
     * worddisk's copy of the 2019 Lithuanian presidential article prints its first-round poll table as plain text, the
     * cells separated by spaces ("May 2019[8] 5.5% 4.8% 1.2% 24.6% ..."), under a header of the date and the candidates'
     * names with no pollster column (the firms are in the footnotes). Without a pollster word the header went unseen,
     * and the page was refused as a release page with "no list of a poll's figures", which sent the user looking for a
     * list. It is refused as a table copied as text, naming its header's line, and says the header names no firm.
     */
    @Test
    void aTableCopiedAsTextWithNoFirmColumnIsRefusedAsSuch() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "lt-2019.yaml");
        try (PollStore store = PollStore.open(root.resolve("lt.db"))) {
            String file = fixture("worddisk-lt-2019.txt");
            assertThatThrownBy(() -> ingester.ingest(file, store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(file + ":7: a poll table copied as plain text (its header 'Date Vytenis"
                            + " Andriukaitis Arvydas Juozaitis")
                    .hasMessageContaining("save the page as HTML, or copy the table as Markdown or CSV")
                    .hasMessageContaining("its header names no pollster column")
                    .hasMessageNotContaining("no list of a poll's figures");
            assertThat(store.polls(PollQuery.of("lt-2019"))).isEmpty();
        }
    }
}
