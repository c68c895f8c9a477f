package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition named by its path is the one forecast. When it has the id of a bundled definition but other content
 * (a user's edited copy of london-2024.yaml), the run says that what is read by id elsewhere is still the bundled one;
 * an identical copy says nothing.
 */
class DefinitionByPathTest {
    @TempDir
    Path tmp;

    @Test
    void anEditedCopyUnderABundledIdIsForecastAndSaysWhatElseReadsTheBundledOne() throws IOException {
        Path copy = tmp.resolve("london-2024.yaml");
        Files.writeString(
                copy,
                Files.readString(Path.of("data/elections/london-2024.yaml"))
                        .replace("name: Susan Hall,", "name: Susan Hallam,"));
        CliRun r = CliRun.in(tmp.resolve("x.db"), "forecast", copy.toString(), "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Susan Hallam");
        assertThat(r.err())
                .contains("note: " + copy + " defines london-2024, as ")
                .contains("data/elections/london-2024.yaml does, differently")
                .contains("Give the copy an id of its own");
    }

    @Test
    void anIdenticalCopySaysNothing() throws IOException {
        Path copy = tmp.resolve("same.yaml");
        Files.copy(Path.of("data/elections/london-2024.yaml"), copy);
        CliRun r = CliRun.in(tmp.resolve("x.db"), "forecast", copy.toString(), "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("defines london-2024");
    }
}
