package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;

/**
 * A list result whose every named party won a seat, with an {@code Others} row that won one too: Finland's 2023
 * Eduskunta (src/test/resources/ingest/results/fi_assembly_list_results.csv), where all nine national parties were
 * seated and the Åland seat went to a regional list inside Others. An Others row with votes is the rest of the vote, so
 * the result is complete; before, the file read as naming seat winners only and the backtest skipped the election as
 * incomplete.
 */
class ListResultsOthersSeatTest {
    @TempDir
    Path root;

    @Test
    void anOthersRowWithVotesCompletesAListOfSeatWinners() throws IOException {
        IngestFixtures.copyDataWith(root, "fi-2019.yaml", "fi-2023.yaml");
        Files.copy(
                IngestFixtures.RESOURCES.resolve("results/fi_assembly_list_results.csv"),
                root.resolve("results/fi_assembly_list_results.csv"));
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        Election e = catalog.resolve("fi-2023");
        ContestResult r = new ResultsCatalog(home, catalog)
                .firstPreferences(e, "eduskunta-list")
                .orElseThrow();
        assertThat(r.missing()).isEmpty();
        assertThat(r.complete()).isTrue();
        // 3,110,038 ballots less 14,434 blank or invalid.
        assertThat(r.total()).isEqualTo(3_095_604L);
        assertThat(r.votes()).containsEntry("kok", 644_555L).containsEntry("other", 87_444L);
    }
}
