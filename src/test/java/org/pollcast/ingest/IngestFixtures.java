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
    public static final ElectionCatalog CATALOG = new ElectionCatalog(HOME);
    static final AliasTable ALIASES = AliasTable.load(List.of(HOME.aliases()));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final Path RESOURCES = Path.of("src/test/resources/ingest");
    /** Settings that store a firm the alias table does not know, as a table's new firms are. */
    static final IngestSettings NEW_FIRMS = IngestSettings.withDefaults().withAcceptNewPollsters(true);

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
                RESOURCES.resolve("elections/gm-2017.yaml"),
                RESOURCES.resolve("elections/gm-2021.yaml"),
                RESOURCES.resolve("elections/gm-2024.yaml"),
                Path.of("src/test/resources/westmidlands/wm-2021.yaml"),
                Path.of("src/test/resources/westmidlands/wm-2024.yaml"))) {
            Files.copy(definition, root.resolve("elections").resolve(definition.getFileName()));
        }
        return new DataHome(root);
    }

    /** Copies the bundled data folder's contents into {@code root}, for tests that add to or alter it. */
    public static void copyData(Path root) throws IOException {
        copyTree(Path.of("data"), root);
    }

    /**
     * A workspace on the bundled data folder with a test kit's files beside it ({@code
     * src/test/resources/ingest/<kit>}), its store at {@code tmp/x.db} holding the poll page {@code page} (a path), a
     * new pollster accepted.
     */
    public static org.pollcast.pipeline.Workspace kitWorkspace(Path tmp, String kit, String page) throws IOException {
        Path data = tmp.resolve("data");
        copyData(data);
        copyKit(Path.of("src/test/resources/ingest", kit), data);
        org.pollcast.pipeline.Workspace ws = org.pollcast.pipeline.Workspace.of(data, tmp.resolve("x.db"));
        try (org.pollcast.store.PollStore store = ws.openStore()) {
            ws.ingester().ingest(page, store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
        }
        return ws;
    }

    /**
     * Copies a test kit's definitions, results and polls ({@code kit}/elections, results, polls: whichever it has) into
     * the data folder {@code data}, beside what is there.
     */
    public static void copyKit(Path kit, Path data) throws IOException {
        for (String folder : List.of("elections", "results", "polls")) {
            if (!Files.isDirectory(kit.resolve(folder))) {
                continue;
            }
            Files.createDirectories(data.resolve(folder));
            try (Stream<Path> files = Files.list(kit.resolve(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, data.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
    }

    /** Copies the folder {@code from} and everything in it to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Rewrites a text file line by line through {@code edit} (a test's change to a copied data file). */
    public static void editLines(Path file, java.util.function.UnaryOperator<Stream<String>> edit) throws IOException {
        List<String> lines;
        try (Stream<String> in = Files.lines(file)) {
            lines = edit.apply(in).toList();
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /**
     * {@link #copyData} with London's elections of 2008 to 2024 as elections of the Assembly alone: each definition
     * without its Mayor (nor any bloc of the Mayor's party, nor the Mayor in its name), 2008 the first of the series (no baseline), and the mayoral
     * polls taken out of the poll files; 2000, 2004 and 2028 removed. The real results files are left as they are, so
     * each election is forecast from its list vote ({@code ListLedElectionTest}, {@code ListLedNightTest}).
     */
    public static void copyDataAssemblyAlone(Path root) throws IOException {
        copyData(root);
        for (String year : List.of("2000", "2004", "2028")) {
            Files.delete(root.resolve("elections/london-" + year + ".yaml"));
            Files.deleteIfExists(root.resolve("polls/london-" + year + ".csv"));
        }
        for (String year : List.of("2008", "2012", "2016", "2021", "2024")) {
            Path def = root.resolve("elections/london-" + year + ".yaml");
            // Named as an Assembly election is: no page of one speaks of a Mayor.
            String d = Files.readString(def)
                    .replace("name: London Mayor and London Assembly elections", "name: London Assembly election");
            d = withoutMayorBlocs(d.substring(0, d.indexOf("  mayor:")) + d.substring(d.indexOf("  assembly:")));
            Files.writeString(def, year.equals("2008") ? d.replaceFirst("(?m)^baseline: .*\n", "") : d);
            Path polls = root.resolve("polls/london-" + year + ".csv");
            if (!Files.exists(polls)) {
                continue;
            }
            List<String> lines = Files.readAllLines(polls);
            List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
            lines.stream()
                    .skip(1)
                    .filter(l -> !l.split(",", 3)[1].equals("mayor"))
                    .forEach(kept::add);
            Files.write(polls, kept);
        }
    }

    /** A definition without its Mayor keeps no bloc of the Mayor's party (it is refused: there is no Mayor). */
    public static String withoutMayorBlocs(String definition) {
        return definition
                .lines()
                .filter(l -> !l.contains("who: mayor"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /** An ingester of a copy of data/ under {@code root} with the test {@code definitions} added. */
    static Ingester ingesterWith(Path root, String... definitions) throws IOException {
        copyDataWith(root, definitions);
        return ingesterOf(root);
    }

    /** An ingester of the data folder at {@code root} as it now is. */
    static Ingester ingesterOf(Path root) {
        DataHome home = new DataHome(root);
        return new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), CLOCK);
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

    /**
     * Writes to {@code file} the bundled 2021 Assembly constituency results of {@code constituencies}, header and all,
     * as London Elects declared them: an election night's constituency declarations.
     */
    public static Path assemblyDeclarations2021(Path file, String... constituencies) throws IOException {
        List<String> rows = Files.readAllLines(Path.of("data/results/london_assembly_constituency_results.csv"));
        List<String> out = new java.util.ArrayList<>(List.of(rows.get(0)));
        for (String row : rows) {
            for (String c : constituencies) {
                if (row.startsWith("2021," + c + ",")) {
                    out.add(row);
                }
            }
        }
        Files.write(file, out);
        return file;
    }

    /** An ingester over the data folder at {@code root} (its definitions and aliases), at the fixtures' clock. */
    static Ingester ingesterOver(Path root) {
        DataHome home = new DataHome(root);
        return new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), CLOCK);
    }

    public static String fixture(String name) {
        return RESOURCES.resolve(name).toString();
    }
}
