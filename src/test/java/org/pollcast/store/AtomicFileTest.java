package org.pollcast.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write (a full disk, a crash, a bug halfway) leaves the old file whole and no temporary file. */
class AtomicFileTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWhole() throws IOException {
        Path file = tmp.resolve("export.csv");
        Files.writeString(file, "old,content\n");
        assertThatThrownBy(() -> AtomicFile.writeText(file, w -> {
                    w.write("new,partial\n".repeat(10_000));
                    throw new IOException("No space left on device");
                }))
                .hasMessageContaining("No space left");
        assertThat(file).hasContent("old,content");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path file = tmp.resolve("f.csv");
        Files.writeString(file, "old");
        AtomicFile.writeText(file, w -> w.write("new"));
        assertThat(file).hasContent("new");
        AtomicFile.write(tmp.resolve("g.bin"), new byte[] {1, 2});
        assertThat(tmp.resolve("g.bin")).hasBinaryContent(new byte[] {1, 2});
    }

    @Test
    void checkWritableRefusesAFolderOrAMissingFolderAndLeavesNothing() throws IOException {
        assertThatThrownBy(() -> AtomicFile.checkWritable(tmp)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> AtomicFile.checkWritable(tmp.resolve("no/such/r.csv")))
                .hasMessageContaining("does not exist");
        AtomicFile.checkWritable(tmp.resolve("r.csv"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }
}
