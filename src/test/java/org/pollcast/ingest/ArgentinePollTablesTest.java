package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argentina's presidential polls of 2019 and 2023 (pages rebuilt for a blind trial; sources in README.md). 2019's table
 * puts the date before the pollster and ends with the August primary's result row (a vote, not a poll: left out);
 * 2023's first-round columns are the alliances (Unión por la Patria, La Libertad Avanza, ...), each read as its
 * candidate, beside Others, Blank and Undecided columns (shares re-based to those naming a candidate, as the count is of
 * positive votes); its second-round table is the run-off of Massa and Milei.
 */
class ArgentinePollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addArgentina() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "ar-2019.yaml", "ar-2023.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    @Test
    void theDateComesFirstAndThePrimaryIsNoPoll() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-ar-2019", "ar-2019", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("6 polls, 6 added");
    }

    @Test
    void allianceColumnsAreTheirCandidatesAndTheRunOffTableIsThePairs() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-ar-2023", "ar-2023", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("12 polls, 12 added").contains("first preferences 4, run-off 8");
    }
}
