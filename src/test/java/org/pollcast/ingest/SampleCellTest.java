package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A sample cell as American tables print it: the encyclopedia's "1,350 (LV)", and polling sites' letters without
 * brackets, with the margin of error after them (270toWin's "1,297 LV ±3.5%", Decision Desk's "995 LV"). The figure
 * is the sample and the letters the population; before, the polling sites' cells were refused as no number and a
 * table of them stored nothing. The poll's figures are made up; the election is London 2012's.
 */
class SampleCellTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1,350 (LV)|1350|likely voters",
                "1,297 LV ±3.5%|1297|likely voters",
                "995 LV|995|likely voters",
                "1,000 RV ±3.1%|1000|registered voters",
                "2,022 RV|2022|registered voters",
                "1,500 A +/- 2.5|1500|adults",
                "1,231|1231|"
            })
    void theFigureIsTheSampleAndTheLettersThePopulation(String cell, int sample, String population) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(
                file,
                "pollster\tfieldwork_end\tsample_size\tJohnson\tLivingstone\tPaddick\tOthers\n" + "YouGov\t2012-05-02\t"
                        + cell + "\t43\t38\t7\t12\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            Poll p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.sampleSize()).isEqualTo(sample);
            assertThat(p.population()).isEqualTo(population);
        }
    }
}
