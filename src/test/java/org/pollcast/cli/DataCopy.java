package org.pollcast.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.pollcast.ingest.IngestFixtures;

/** A copy of the bundled data/ directory, for tests that alter a file and run a command against it. */
final class DataCopy {
    private DataCopy() {}

    /** Copies data/ to {@code dir}/data and returns that directory. */
    static Path into(Path dir) throws IOException {
        Path data = dir.resolve("data");
        IngestFixtures.copyData(data);
        return data;
    }
}
