package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollStore;

/**
 * Memory, checked in a child JVM with a small fixed heap rather than timed: a 3 MB poll file (37,000 polls) ingests
 * in a 32 MB heap because ingest streams it (before, a 5 MB file peaked at 900 MB; even a reader that kept only 800
 * bytes a poll would need 30 MB beside the JVM's own), and a page too big for the heap
 * ends with a message that says what to change, not a stack trace. The figures for large files are measured by
 * scripts/bench-ingest-memory.sh.
 */
class BoundedMemoryTest {
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aPollFileLargerThanTheHeapAllowsForIngests() throws Exception {
        Path csv = tmp.resolve("polls.csv");
        int polls = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,johnson,livingstone,paddick,"
                    + "berry,other\n");
            LocalDate day = LocalDate.of(2008, 4, 30);
            while (Files.size(csv) < 3L << 20) {
                for (int i = 0; i < 2_000; i++, polls++) {
                    LocalDate end = day.minusDays(polls % 300);
                    w.write("YouGov,Memory client " + polls + "," + end.minusDays(2) + "," + end + ",1000,first_pref,"
                            + "43.5,37.2,10.1,3.2,6.0\n");
                }
                w.flush();
            }
        }
        Path db = tmp.resolve("store.db");

        Result r = pollcast("ingest", "--election", "london-2008", "--db", db.toString(), csv.toString());

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains(polls + " polls, " + polls + " added");
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.count("london-2008")).isEqualTo(polls);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void runningOutOfMemoryEndsWithAMessageNotAStackTrace() throws Exception {
        Path page = tmp.resolve("page.html");
        try (BufferedWriter w = Files.newBufferedWriter(page)) {
            w.write("<html><body><table class=\"wikitable\"><tr><th>Pollster</th><th>Date</th><th>Johnson</th></tr>\n");
            // About 15 million characters: within the page limit, far beyond what a 32 MB heap can parse.
            for (int i = 0; i < 300_000; i++) {
                w.write("<tr><td>YouGov</td><td>1 Apr 2008</td><td>44</td></tr>\n");
            }
            w.write("</table></body></html>\n");
        }

        Result r = pollcast("ingest", "--dry-run", "--election", "london-2008", page.toString());

        assertThat(r.status()).as(r.output()).isEqualTo(ErrorHandler.FAILED);
        assertThat(r.output())
                .contains("pollcast: out of memory")
                .contains("-Xmx")
                .contains("JAVA_OPTS");
        assertThat(r.output()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    private record Result(int status, String output) {}

    /** Runs pollcast's main class in a new JVM with {@value #HEAP}, from the project folder (for data/). */
    private Result pollcast(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                HEAP,
                // C1 alone: less processor time for runs this short (6 s instead of 9 s for this class), and no
                // escape analysis (C2's) to remove allocations, so the heap is tested no more leniently.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.pollcast.cli.Main"));
        command.addAll(List.of(args));
        Path log = tmp.resolve("output.log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("POLLCAST_DB");
        pb.environment().remove("POLLCAST_DATA");
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("pollcast did not finish within 240 s:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }
}
