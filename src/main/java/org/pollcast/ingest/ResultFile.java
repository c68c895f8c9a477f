package org.pollcast.ingest;

import java.nio.file.Path;

/**
 * One results file and the prefix of its name, which says whose rows it holds: {@code wm} for
 * {@code wm_mayor_results.csv} (the series of {@code wm-2021} and {@code wm-2024}), {@link ResultFiles#SHARED} for
 * the bundled files, empty for a file named on the command line (its rows go by their year alone).
 */
public record ResultFile(Path path, String prefix) {

    public ResultFile {
        prefix = prefix == null ? "" : prefix;
    }

    /** A file named on the command line ({@code --transfers}): its rows are for the elections of their year. */
    public static ResultFile named(Path path) {
        return new ResultFile(path, "");
    }

    /** Whether this is a bundled file, which may also hold other places' rows appended to it. */
    public boolean shared() {
        return prefix.equals(ResultFiles.SHARED);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
