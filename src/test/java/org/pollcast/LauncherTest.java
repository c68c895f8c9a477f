package org.pollcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pollcast} launcher, run on a copy of itself with stand-ins for Maven and Java on the PATH: two launchers
 * started together with a stale jar (a newsroom's cron and an editor's command just after an update) ran two Maven
 * builds in the same {@code target/}, one rewriting the jar and its libraries while the other ran from them. Now the
 * second waits for the first and builds nothing.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void twoLaunchersWithAStaleJarBuildOnce() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.copy(Path.of("pollcast"), app.resolve("pollcast"));
        Files.createDirectories(app.resolve("src/main"));
        Files.writeString(app.resolve("src/main/Source.java"), "class Source {}\n");
        Files.writeString(app.resolve("pom.xml"), "<project/>\n");
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        for (Path p : List.of(app.resolve("src/main/Source.java"), app.resolve("src/main"), app.resolve("pom.xml"))) {
            Files.setLastModifiedTime(p, past);
        }
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path builds = tmp.resolve("builds.log");
        // Maven's stand-in: slow enough that the two launchers overlap, then the jar and libraries it would write.
        script(
                bin.resolve("mvn"),
                "echo build >> '" + builds + "'\nsleep 2\nmkdir -p target/lib\ntouch target/pollcast.jar\n");
        script(bin.resolve("java"), "echo ran\n");
        Process first = launch(app, bin);
        Thread.sleep(300);
        Process second = launch(app, bin);
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String firstErr = new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String secondErr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.exitValue()).as(firstErr).isZero();
        assertThat(second.exitValue()).as(secondErr).isZero();
        assertThat(new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("ran\n");
        assertThat(new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("ran\n");
        assertThat(Files.readAllLines(builds)).as(firstErr + secondErr).hasSize(1);
        assertThat(secondErr).contains("another pollcast is building target/pollcast.jar; waiting for it");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Process launch(Path app, Path bin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", app.resolve("pollcast").toString(), "elections");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return pb.start();
    }
}
