package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser: Debian's Chromium, which {@code .ci/setup} installs (the tests
 * install nothing). Runs in Maven's integration-test phase (failsafe).
 */
class ReportBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void hostileNamesShowAsTextInTheBrowserAndTheReportRenders() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(CHROMIUM + " is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        Path db = tmp.resolve("store.db");
        Path polls = tmp.resolve("hostile.csv");
        Files.writeString(polls, ReportAndNightlyTest.HOSTILE_POLLS);
        CliRun ingest = CliRun.in(
                db,
                "ingest",
                "--election",
                "london-2012",
                "--new-pollsters",
                "data/polls/london-2012.csv",
                polls.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        Path out = tmp.resolve("report");
        CliRun r = CliRun.in(
                db, "report", "london-2012", "--as-of", "2012-04-26", "--sims", "20000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();

        String dom = chromium(out.resolve("index.html"), "--dump-dom");
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        for (String id : List.of(
                "win-table",
                "average-table",
                "house-effects-table",
                "polls-table",
                "assembly-table",
                "bloc-table",
                "constituency-table",
                "settings-table")) {
            assertThat(dom).as(id).contains("id=\"" + id + "\"");
        }
        for (String c : ReportAndNightlyTest.CHARTS) {
            assertThat(dom).as(c).contains("id=\"chart-" + c + "\"").contains("src=\"charts/" + c + ".png\"");
        }
        Path shot = tmp.resolve("shot.png");
        chromium(out.resolve("index.html"), "--screenshot=" + shot, "--window-size=1280,2400");
        BufferedImage png = ImageIO.read(shot.toFile());
        assertThat(ReportAndNightlyTest.distinctColours(png))
                .as("a blank screenshot has one colour")
                .isGreaterThan(50);
    }

    /** Runs headless Chromium on {@code page}; returns its standard output. */
    private String chromium(Path page, String... args) throws Exception {
        // --no-sandbox: CI runs as root. The networking flags stop Chromium reaching out (the machine has no network).
        List<String> cmd = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path stdout = Files.createTempFile(tmp, "chromium", ".out");
        Path log = Files.createTempFile(tmp, "chromium", ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(stdout.toFile())
                .redirectError(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
