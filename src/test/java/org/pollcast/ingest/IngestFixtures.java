package org.pollcast.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** The bundled data and a fixed clock, shared by the ingest tests. */
public final class IngestFixtures {
    static final DataHome HOME = new DataHome(Path.of("data"));
    static final ElectionCatalog CATALOG = new ElectionCatalog(HOME);
    static final AliasTable ALIASES = AliasTable.load(List.of(HOME.aliases()));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final Path RESOURCES = Path.of("src/test/resources/ingest");

    private IngestFixtures() {}

    static Ingester ingester() {
        return new Ingester(CATALOG, ALIASES, CLOCK);
    }

    /**
     * A copy of the bundled data folder under {@code root}, with the other places' election definitions the
     * fixtures use (src/test/resources/ingest/elections, src/test/resources/westmidlands) added: a catalogue in which
     * London shares its polling day with the West Midlands and the Tees Valley.
     */
    static DataHome dataWithOtherPlaces(Path root) throws IOException {
        copyData(root);
        for (Path definition : List.of(
                RESOURCES.resolve("elections/wm-2017.yaml"),
                RESOURCES.resolve("elections/teesvalley-2024.yaml"),
                Path.of("src/test/resources/westmidlands/wm-2021.yaml"),
                Path.of("src/test/resources/westmidlands/wm-2024.yaml"))) {
            Files.copy(definition, root.resolve("elections").resolve(definition.getFileName()));
        }
        return new DataHome(root);
    }

    /** Copies the bundled data folder's contents into {@code root}, for tests that add to or alter it. */
    public static void copyData(Path root) throws IOException {
        Path data = Path.of("data");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.toList()) {
                Path to = root.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    /**
     * {@link #copyData} plus the named definitions of other places' elections from src/test/resources/ingest/elections
     * ({@code "nyc-2021.yaml"}), for tests that forecast or count an election the bundled data does not define.
     */
    public static void copyDataWith(Path root, String... definitions) throws IOException {
        copyData(root);
        for (String d : definitions) {
            Files.copy(
                    RESOURCES.resolve("elections").resolve(d),
                    root.resolve("elections").resolve(d));
        }
    }

    static String fixture(String name) {
        return RESOURCES.resolve(name).toString();
    }
}
