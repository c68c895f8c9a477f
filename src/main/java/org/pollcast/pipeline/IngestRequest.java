package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.pollcast.ingest.IngestSettings;

/**
 * Poll files or URLs to read into the store.
 *
 * @param sources  files or http(s) URLs, each stored in its own transaction
 * @param election the election the polls are for (an id or a definition file), or null for each row's own
 * @param settings how to read and validate them
 * @param rejects  where rejected rows go when {@code settings} skips invalid rows
 */
public record IngestRequest(List<String> sources, String election, IngestSettings settings, Path rejects) {
    public IngestRequest {
        sources = List.copyOf(sources);
    }
}
