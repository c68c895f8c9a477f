package org.pollcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Executes every notebook in notebooks/ with {@code bash notebooks/run} (Debian's Jupyter, which
 * {@code .ci/setup} installs, and the Java kernel that Maven copied to target/jupyter before this phase).
 * Runs in Maven's integration-test phase, after the package phase built target/classes and target/lib.
 */
class NotebooksIT {
    @Test
    void everyNotebookRuns() throws Exception {
        assertThat(Files.isExecutable(Path.of("/usr/bin/jupyter")))
                .as("Debian's Jupyter is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            notebooks =
                    files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertThat(notebooks).isNotEmpty();
        Path log = Path.of("target/notebooks-run.log");
        ProcessBuilder pb = new ProcessBuilder("bash", "notebooks/run")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("POLLCAST_NOTEBOOKS_NO_BUILD", "1"); // Maven has just built what the notebooks load
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("notebooks/run did not finish in 10 minutes; log: " + log.toAbsolutePath());
        }
        String output = Files.readString(log);
        assertThat(p.exitValue())
                .as("bash notebooks/run failed (log: %s):%n%s", log.toAbsolutePath(), output)
                .isZero();
        for (Path nb : notebooks) {
            String name = nb.getFileName().toString().replace(".ipynb", "");
            Path html = Path.of("reports/notebooks", name + ".html");
            assertThat(html).as(name).exists();
            assertThat(Files.getLastModifiedTime(html).toMillis())
                    .as(name + ".html written by this run")
                    .isGreaterThanOrEqualTo(System.currentTimeMillis()
                            - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                            - 2000);
        }
        System.out.print(output.lines()
                .filter(l -> l.startsWith("notebooks/run:"))
                .map(l -> l + System.lineSeparator())
                .reduce("", String::concat));
    }
}
