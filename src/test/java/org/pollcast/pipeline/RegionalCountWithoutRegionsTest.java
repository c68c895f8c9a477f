package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.OfficialCount;
import org.pollcast.ingest.IngestFixtures;

/**
 * A body whose list seats are allocated region by region, given the whole area's list votes but no region's: `count`
 * printed "not counted" for every region and no word of the whole area's file (the Welsh, Scottish and Catalan blind
 * trials each did so). One line now says so, with the whole area's shares and which file counts the seats.
 */
class RegionalCountWithoutRegionsTest {
    @TempDir
    Path tmp;

    @Test
    void theWholeAreasListVotesAreNamedWhereNoRegionHasAny() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        IngestFixtures.copyKit(Path.of("src/test/resources/ingest/scotland"), data);
        Files.delete(data.resolve("results/scotland_assembly_regional_list_results.csv"));
        OfficialCount count = Counts.run(Workspace.of(data, tmp.resolve("x.db")), "scotland-2021");
        assertThat(count.assembly().listNote())
                .contains("every region not counted (no 2021 rows in scotland_assembly_regional_list_results.csv)")
                .contains("scotland_assembly_list_results.csv gives the whole area's list votes (snp 40.")
                .doesNotContain("Glasgow: not counted");
    }
}
