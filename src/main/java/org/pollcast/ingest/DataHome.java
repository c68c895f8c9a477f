package org.pollcast.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's data folder: {@code elections/}, {@code results/}, {@code polls/} and the alias table.
 * Found, in order, from an explicit path, the {@code POLLCAST_DATA} environment variable, {@code ./data}
 * when it holds election definitions, and {@code <pollcast.home>/data} (set by the launcher script).
 */
public record DataHome(Path root) {

    public static DataHome locate(Path explicit) {
        if (explicit != null) {
            return new DataHome(explicit);
        }
        String env = System.getenv("POLLCAST_DATA");
        if (env != null && !env.isBlank()) {
            return new DataHome(Path.of(env));
        }
        Path local = Path.of("data");
        if (Files.isDirectory(local.resolve("elections"))) {
            return new DataHome(local);
        }
        String home = System.getProperty("pollcast.home");
        if (home != null) {
            return new DataHome(Path.of(home, "data"));
        }
        return new DataHome(local);
    }

    public Path elections() {
        return root.resolve("elections");
    }

    public Path polls() {
        return root.resolve("polls");
    }

    public Path results() {
        return root.resolve("results");
    }

    public Path aliases() {
        return root.resolve("aliases.yaml");
    }
}
