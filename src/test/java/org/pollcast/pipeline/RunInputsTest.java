package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.DataHome;

/** What a nightly run's data fingerprint sees: the definitions and results, not the polls or its own report. */
class RunInputsTest {
    @TempDir
    Path dir;

    @Test
    void aDefinitionOrResultChangeChangesItAndThePollsAndTheRunsOwnReportDoNot() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("elections"));
        Files.createDirectories(data.resolve("polls"));
        Files.createDirectories(data.resolve("report"));
        Files.writeString(data.resolve("elections/x-2028.yaml"), "id: x-2028\n");
        Files.writeString(data.resolve("polls/x-2028.csv"), "a\n");
        Path outside = dir.resolve("y-2028.yaml");
        Files.writeString(outside, "id: y-2028\n");
        DataHome home = new DataHome(data);
        List<Path> own = List.of(data.resolve("report"));
        String first = RunInputs.fingerprint(home, "sims=1", own, List.of(outside));

        Files.writeString(data.resolve("polls/x-2028.csv"), "a\nb\n");
        Files.writeString(data.resolve("report/index.csv"), "written by the run\n");
        assertThat(RunInputs.fingerprint(home, "sims=1", own, List.of(outside))).isEqualTo(first);

        assertThat(RunInputs.fingerprint(home, "sims=2", own, List.of(outside))).isNotEqualTo(first);
        Files.writeString(outside, "id: y-2028\nname: named later\n");
        String named = RunInputs.fingerprint(home, "sims=1", own, List.of(outside));
        assertThat(named).isNotEqualTo(first);
        Files.writeString(data.resolve("elections/x-2028.yaml"), "id: x-2028\nname: X\n");
        assertThat(RunInputs.fingerprint(home, "sims=1", own, List.of(outside))).isNotEqualTo(named);
    }
}
