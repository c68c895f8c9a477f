package org.pollcast.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;

/**
 * The election definitions under a data folder ({@code data/elections/<id>.yaml}), resolved by id or by path.
 */
public final class ElectionCatalog {
    private final DataHome home;
    /**
     * Definitions already read, by file, with the hash of the bytes they were read from, kept for the whole process
     * rather than one catalogue: a forecast resolves the same few files again and again (every other election, for
     * the learned poll error, the transfers and the Assembly), and every command, notebook cell and backtest step
     * builds a catalogue of its own, which parsed each definition again (parsing was 4% of the unit tests' processor
     * time). A definition is an immutable record, and a file read again only when its bytes have changed
     * ({@link ContentHash}), so a catalogue never sees another's edit late. At most {@link #KEPT} files, the least
     * recently used dropped first.
     */
    private static final Map<Path, Loaded> LOADED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Loaded> eldest) {
            return size() > KEPT;
        }
    };

    private static final int KEPT = 1024;

    /** A definition as read from {@code given} (the path as it was given), with the hash of its bytes. */
    private record Loaded(String given, String sha256, Election election) {}

    /** Receives one-line notices for a person: a definition named by path that shadows a bundled one. */
    private final java.util.function.Consumer<String> notices;

    /** Paths already noticed as shadowing a bundled definition: said once a run, not at every resolve. */
    private final Set<Path> noticed = ConcurrentHashMap.newKeySet();

    public ElectionCatalog(DataHome home) {
        this(home, line -> {});
    }

    public ElectionCatalog(DataHome home, java.util.function.Consumer<String> notices) {
        this.home = home;
        this.notices = notices;
    }

    public DataHome home() {
        return home;
    }

    /**
     * The bundled election with this id, never a path: for ids read from a data file's cells, which must not
     * make pollcast open files the user did not name on the command line.
     */
    public Election resolveId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || id.endsWith(".yaml") || id.endsWith(".yml")) {
            throw new BadInputException("'" + id + "' is not an election id (letters, digits, '-', '_' "
                    + "and '.'); known: " + String.join(", ", ids()));
        }
        return resolve(id);
    }

    /**
     * Resolves what a user typed after {@code --election}: an id from {@code data/elections/}, or a path to a
     * definition file (anything containing a path separator or ending in .yaml/.yml).
     */
    public Election resolve(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            throw new BadInputException("no election given; known: " + String.join(", ", ids()));
        }
        if (isPath(idOrPath)) {
            Election e = load(Path.of(idOrPath));
            shadowing(Path.of(idOrPath), e);
            return e;
        }
        Path file = home.elections().resolve(idOrPath + ".yaml");
        Election e = kept(file); // one look at the file's status when it is known and unchanged, as it nearly always is
        if (e == null && !Files.isRegularFile(file)) {
            String known = String.join(", ", ids());
            throw new BadInputException("unknown election '" + idOrPath + "' (no " + file + "); known: "
                    + (known.isEmpty() ? "none" : known));
        }
        if (e == null) {
            e = ElectionLoader.load(file); // says what is wrong with the file, in its own words
        }
        if (!e.id().equals(idOrPath)) {
            throw new BadInputException(
                    file + ": field 'id': '" + e.id() + "' does not match the file name '" + idOrPath + "'");
        }
        return e;
    }

    /**
     * Whether {@link #resolve} reads {@code idOrPath} as the path of a definition file rather than an id of {@code
     * data/elections/}: it ends in .yaml or .yml, or holds a path separator.
     */
    public static boolean isPath(String idOrPath) {
        return idOrPath.endsWith(".yaml")
                || idOrPath.endsWith(".yml")
                || idOrPath.contains("/")
                || idOrPath.contains(File.separator);
    }

    /**
     * Says so when a definition named by path has the id of a different bundled one: the run forecasts the file named,
     * but whatever is read by id (another election's baseline, the elections learned from, which skip this id) reads
     * the data folder's. A user editing a copy of {@code london-2024.yaml} expects the copy to be what counts.
     */
    private void shadowing(Path file, Election e) {
        Path bundled = home.elections().resolve(e.id() + ".yaml");
        try {
            if (!Files.isRegularFile(bundled)
                    || Files.isSameFile(bundled, file)
                    || ContentHash.of(bundled).equals(ContentHash.of(file))
                    || !noticed.add(file.toAbsolutePath().normalize())) {
                return;
            }
        } catch (IOException ex) {
            return; // the file was read a moment ago; if it cannot be compared now, there is nothing to say
        }
        notices.accept("note: " + file + " defines " + e.id() + ", as " + bundled + " does, differently: this run"
                + " forecasts " + file + "; where " + e.id() + " is read by its id (as another election's baseline),"
                + " " + bundled + " is read. Give the copy an id of its own to keep the two apart");
    }

    /** The definition in {@code file}, read again only when the file has changed since it was last read. */
    private Election load(Path file) {
        Election kept = kept(file);
        return kept != null ? kept : ElectionLoader.load(file); // says what is wrong with the file, in its own words
    }

    /**
     * The definition in a regular {@code file} within the size limit, parsed only when its bytes are new to the
     * process; null for any other file, and where its status cannot be read, for the caller to say why.
     */
    private static Election kept(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Optional<String> sha256;
        try {
            // Hashed before it is parsed: a file that changes in between is parsed new and kept under the old hash,
            // which the next call's hash then differs from, so it is read once more, never served stale.
            sha256 = ContentHash.ofRegularFile(key, YamlFile.MAX_BYTES);
        } catch (IOException e) {
            return null;
        }
        if (sha256.isEmpty()) {
            return null;
        }
        Loaded before;
        synchronized (LOADED) {
            before = LOADED.get(key);
        }
        // The same spelling too: a definition names the file it came from as it was given, in every message about it.
        if (before != null
                && before.sha256().equals(sha256.get())
                && before.given().equals(file.toString())) {
            return before.election();
        }
        Election e = ElectionLoader.load(file);
        synchronized (LOADED) {
            LOADED.put(key, new Loaded(file.toString(), sha256.get(), e));
        }
        return e;
    }

    /** The ids of every definition file, sorted. */
    public List<String> ids() {
        if (!Files.isDirectory(home.elections())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.elections())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(home.elections() + ": cannot list election definitions: " + e.getMessage());
        }
    }

    /** Every definition, loaded and cross-checked (baselines exist and come earlier), in date order. */
    public List<Election> all() {
        List<Election> elections = new ArrayList<>();
        for (String id : ids()) {
            elections.add(resolve(id));
        }
        for (Election e : elections) {
            if (e.baseline() == null) {
                continue;
            }
            Optional<Election> base =
                    elections.stream().filter(b -> b.id().equals(e.baseline())).findFirst();
            if (base.isEmpty()) {
                throw new BadInputException(baselineAt(e) + "unknown election '" + e.baseline() + "': define it in "
                        + home.elections().resolve(e.baseline() + ".yaml")
                        + " (with its results in data/results), or leave the baseline out (a first election of its"
                        + " place); known: " + String.join(", ", ids()));
            }
            if (!base.get().date().isBefore(e.date())) {
                throw new BadInputException(baselineAt(e) + "'" + e.baseline() + "' is not earlier than " + e.date());
            }
        }
        elections.sort(Comparator.comparing(Election::date));
        return List.copyOf(elections);
    }

    /**
     * "file:line: field 'baseline': ", the line where the definition names its baseline (found again in the file:
     * the cross-check runs after loading), or the file alone when it cannot be read.
     */
    private static String baselineAt(Election e) {
        try {
            List<String> lines = Files.readAllLines(Path.of(e.source()));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("baseline\\s*:.*")) {
                    return e.source() + ":" + (i + 1) + ": field 'baseline': ";
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the message still names the file and the field
        }
        return e.source() + ": field 'baseline': ";
    }

    /** The elections held in {@code year}; used when a poll file names a year rather than an election. */
    public List<Election> inYear(int year) {
        return all().stream().filter(e -> e.date().getYear() == year).toList();
    }
}
