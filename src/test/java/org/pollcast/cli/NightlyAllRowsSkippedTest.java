package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unattended run whose every row skipInvalid left out, for a place's first election (no baseline to fall back on):
 * the run said only "no polls ... and no baseline election to start from", and the newsroom's log held nothing to fix
 * (a blind trial's Toronto 2023 table, whose "Polling method" column was read as a candidate on every row). It now
 * lists the rows left out and why. The West Midlands' first Mayor (src/test/resources/westmidlands/wm-2021.yaml), with
 * a made-up poll whose every row has a column no candidate has.
 */
class NightlyAllRowsSkippedTest {
    @TempDir
    Path tmp;

    @Test
    void aRunWithNothingToForecastFromListsTheRowsLeftOut() throws IOException {
        Path data = DataCopy.into(tmp);
        Files.copy(Path.of("src/test/resources/westmidlands/wm-2021.yaml"), data.resolve("elections/wm-2021.yaml"));
        Path polls = tmp.resolve("polls.csv");
        Files.writeString(
                polls,
                "pollster,fieldwork_end,sample_size,Andy Street,Liam Byrne,Favourite colour\n"
                        + "Redfield & Wilton,2021-04-30,1000,40,38,blue\n");
        Path cfg = tmp.resolve("nightly.yaml");
        Files.writeString(
                cfg,
                "election: wm-2021\nsources: [" + polls + "]\ndb: store.db\nout: report\nsims: 2000\n"
                        + "raceChart: false\nskipInvalid: true\n");
        CliRun r = CliRun.in(tmp.resolve("store.db"), "nightly", "--config", cfg.toString(), "--data", data.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err())
                .contains("no baseline election to start from; the sources' rows left out by skipInvalid are listed")
                .contains("skipped (skipInvalid): " + polls + ":2: field 'Favourite colour'")
                .doesNotContain("Exception");
    }
}
