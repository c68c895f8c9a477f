package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.ingest.IngestFixtures;

/**
 * What a workspace learns from the results files and keeps (the transfer prior fitted on every election's counted
 * second preferences) is learned again when a results file changes: a notebook session that adds a place's
 * {@code <series>_mayor_results.csv} sees it in its next forecast. Toytown and its figures are made up.
 */
class LearnedFromResultsTest {
    @TempDir
    Path tmp;

    @Test
    void theFittedTransferPriorIsRefittedWhenAPlacesResultsFileAppears() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/toytown-2021.yaml"), """
                id: toytown-2021
                name: Toytown mayoral election 2021
                date: 2021-05-06
                parties:
                  - {id: con, name: Conservative}
                  - {id: lab, name: Labour}
                  - {id: grn, name: Green}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: able, name: Alice Able, party: con}
                      - {id: baker, name: Bob Baker, party: lab}
                      - {id: cole, name: Cath Cole, party: grn}
                """);
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        Election target = ws.catalog().resolve("london-2028");
        TransferPriorFit before = ws.transferPriorFor(target);
        assertThat(ws.transferPriorFor(target)).isSameAs(before); // kept while the files are unchanged
        assertThat(before.from()).doesNotContain("toytown-2021");
        Files.writeString(data.resolve("results/toytown_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480,TEST
                2021,1,Bob Baker,Labour,420,TEST
                2021,1,Cath Cole,Green,100,TEST
                2021,2_transfers,Alice Able,Conservative,30,TEST
                2021,2_transfers,Bob Baker,Labour,50,TEST
                """);
        assertThat(ws.transferPriorFor(target).from()).contains("toytown-2021").containsAll(before.from());

        // Corrected in place to another year's figures, same size, same time of change (saved within the file
        // system's time granularity, or copied with cp -p): once kept against size and time, the fit learned from
        // the old figures was served on.
        Path results = data.resolve("results/toytown_mayor_results.csv");
        FileTime then = Files.getLastModifiedTime(results);
        long size = Files.size(results);
        Files.writeString(results, Files.readString(results).replace("\n2021,", "\n2020,"));
        Files.setLastModifiedTime(results, then);
        assertThat(Files.size(results)).isEqualTo(size);
        assertThat(ws.transferPriorFor(target).from())
                .doesNotContain("toytown-2021")
                .isEqualTo(before.from());
    }
}
