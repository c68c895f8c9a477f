package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.IngestFixtures;

/**
 * A data folder of one's own without aliases.yaml (the Pennsylvania trial's kit) read every firm as it was printed:
 * CNN/SSRS was stored with CNN as the firm, and a firm known under two names was two houses. It now reads names with
 * pollcast's own table, and says so.
 */
class MissingAliasTableTest {
    @TempDir
    Path tmp;

    @Test
    void pollcastsOwnTableIsTheBundledFile() {
        AliasTable file = AliasTable.load(List.of(Path.of("data/aliases.yaml")));
        AliasTable own = AliasTable.bundledWith(List.of());
        assertThat(own.pollsters()).isEqualTo(file.pollsters());
        assertThat(own.partyIds()).isEqualTo(file.partyIds());
        assertThat(own.pollster("Savanta ComRes")).isEqualTo(file.pollster("Savanta ComRes"));
    }

    @Test
    void aDataFolderWithoutTheTableReadsFirmsWithPollcastsOwnAndSaysSo() throws IOException {
        Path without = tmp.resolve("without");
        IngestFixtures.copyData(without);
        Files.delete(without.resolve("aliases.yaml"));
        Path extra = tmp.resolve("extra.yaml");
        Files.writeString(extra, "pollsters:\n  Targoz Market Research: [Targoz]\n");
        List<String> notices = new ArrayList<>();
        Workspace ws = new Workspace(DataHome.locate(without), tmp.resolve("a.db"), List.of(extra), notices::add);

        assertThat(ws.aliases().pollster("Savanta ComRes")).contains("ComRes");
        assertThat(ws.aliases().pollster("Ipsos MORI")).contains("Ipsos");
        // A file given with --aliases still merges after it.
        assertThat(ws.aliases().pollster("Targoz")).contains("Targoz Market Research");
        // Said where polls are stored, once: a forecast's, count's or backtest's reading of the table says nothing.
        assertThat(notices).isEmpty();
        ws.ingester();
        ws.ingester();
        assertThat(notices)
                .singleElement()
                .satisfies(n -> assertThat(n)
                        .contains("aliases.yaml: no such file in this data folder")
                        .contains("pollcast's own alias table is used"));
    }
}
