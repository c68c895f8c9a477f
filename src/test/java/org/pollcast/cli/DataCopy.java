package org.pollcast.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the bundled data/ directory, for tests that alter a file and run a command against it. */
final class DataCopy {
    private DataCopy() {}

    /** Copies data/ to {@code dir}/data and returns that directory. */
    static Path into(Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (var files = Files.walk(Path.of("data"))) {
            for (Path f : files.toList()) {
                Path to = data.resolve(Path.of("data").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return data;
    }
}
