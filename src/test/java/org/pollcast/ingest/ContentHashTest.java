package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {
    @TempDir
    Path dir;

    /**
     * A hash kept for a settled file is not served after an edit that keeps the file's size and puts its time of
     * change back, as {@code cp -p} and {@code rsync -t} do: the status change time moved. The file is hashed once
     * it has settled, so the hash is kept and this is the case that could go wrong.
     */
    @Test
    void anEditThatKeepsSizeAndTimeIsSeenAfterTheHashWasKept() throws Exception {
        Path file = dir.resolve("london-2028.yaml");
        Files.writeString(file, "name: London 2028\n");
        FileTime then = Files.getLastModifiedTime(file);
        Thread.sleep(ContentHash.SETTLED.toMillis() + 300);
        String before = ContentHash.of(file);
        assertThat(ContentHash.of(file)).isEqualTo(before);

        Files.writeString(file, "name: London 2029\n");
        Files.setLastModifiedTime(file, then);

        assertThat(ContentHash.of(file)).isNotEqualTo(before).isEqualTo(ContentHash.of(copy(file)));
    }

    /** A file edited within a moment of being hashed is hashed again, however little its status shows it. */
    @Test
    void aFileEditedRightAfterItWasHashedIsHashedAgain() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "a,1\n");
        FileTime then = Files.getLastModifiedTime(file);
        String before = ContentHash.of(file);

        Files.writeString(file, "a,2\n");
        Files.setLastModifiedTime(file, then);

        assertThat(ContentHash.of(file)).isNotEqualTo(before);
    }

    /**
     * A status change kept to a fraction of a second is from a clock that ticks in milliseconds and settles within a
     * tenth of a second; one in whole seconds may be from a file system that keeps no finer time, and settles after
     * two: a second write within its second would leave the same time.
     */
    @Test
    void aStatusChangeSettlesAfterTheTicksOfItsClock() {
        Instant whole = Instant.parse("2026-12-07T10:00:00Z");
        Instant fine = Instant.parse("2026-12-07T10:00:00.123456789Z");

        assertThat(ContentHash.settledBefore(FileTime.from(fine), fine.plusMillis(50)))
                .isFalse();
        assertThat(ContentHash.settledBefore(FileTime.from(fine), fine.plusMillis(150)))
                .isTrue();
        assertThat(ContentHash.settledBefore(FileTime.from(whole), whole.plusMillis(150)))
                .isFalse();
        assertThat(ContentHash.settledBefore(FileTime.from(whole), whole.plusMillis(1900)))
                .isFalse();
        assertThat(ContentHash.settledBefore(FileTime.from(whole), whole.plusMillis(2100)))
                .isTrue();
    }

    private Path copy(Path file) throws IOException {
        return Files.copy(file, dir.resolve("copy-" + file.getFileName()));
    }
}
