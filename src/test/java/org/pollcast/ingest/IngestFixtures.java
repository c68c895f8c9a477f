package org.pollcast.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The bundled data and a fixed clock, shared by the ingest tests. */
final class IngestFixtures {
    static final DataHome HOME = new DataHome(Path.of("data"));
    static final ElectionCatalog CATALOG = new ElectionCatalog(HOME);
    static final AliasTable ALIASES = AliasTable.load(List.of(HOME.aliases()));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final Path RESOURCES = Path.of("src/test/resources/ingest");

    private IngestFixtures() {}

    static Ingester ingester() {
        return new Ingester(CATALOG, ALIASES, CLOCK);
    }

    static String fixture(String name) {
        return RESOURCES.resolve(name).toString();
    }
}
