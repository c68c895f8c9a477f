package org.pollcast.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pollcast.ingest.DataHome;

/**
 * A fingerprint of what a run reads besides its polls: the data folder's definitions, results, transfer prior,
 * aliases and palette (its YAML, CSV and JSON files but the bundled polls) and the run's own settings. The nightly run
 * compares it with the last run's: same polls, same date and same model but a candidate named in the definition or a
 * result corrected is a new forecast, not "nothing new". The bundled polls are left out because the run compares the
 * stored polls themselves. Files are read in bounded blocks; a file over {@value #LARGEST} bytes counts by its size
 * and time of change instead of its bytes, so no data folder can make a run read without end.
 */
final class RunInputs {
    static final long LARGEST = 64L << 20;
    /** How deep the data folder is read: elections/, results/ and transfers/ are one level down. */
    static final int DEPTH = 4;

    private RunInputs() {}

    /**
     * SHA-256 of the data folder's YAML and CSV files (paths and bytes, in path order) and {@code settings}, as hex.
     * {@code own} are folders the run writes (its report), left out wherever they are, so that a run never changes
     * its own fingerprint.
     */
    static String fingerprint(DataHome home, String settings, List<Path> own) {
        return fingerprint(home, settings, own, List.of());
    }

    /**
     * As {@link #fingerprint(DataHome, String, List)}, with {@code extra} files read as well wherever they are: a
     * definition named by its path outside the data folder.
     */
    static String fingerprint(DataHome home, String settings, List<Path> own, List<Path> extra) {
        MessageDigest sha = sha256();
        Path root = home.root();
        Path polls = home.polls().toAbsolutePath().normalize();
        List<Path> skip = own.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (Files.isDirectory(root)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root, DEPTH)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(RunInputs::isData)
                        .filter(p -> {
                            Path a = p.toAbsolutePath().normalize();
                            return !a.startsWith(polls) && skip.stream().noneMatch(a::startsWith);
                        })
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(root + ": cannot list the data folder", e);
            }
            byte[] block = new byte[1 << 16];
            for (Path f : files) {
                sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try {
                    long size = Files.size(f);
                    if (size > LARGEST) {
                        sha.update((size + "/" + Files.getLastModifiedTime(f)).getBytes(StandardCharsets.UTF_8));
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(f)) {
                        for (int n; (n = in.read(block)) > 0; ) {
                            sha.update(block, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // A file that cannot be read now is a change worth a new run, not a failed one.
                    sha.update(("unreadable " + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
            }
        }
        for (Path f : extra) {
            sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try {
                sha.update(Files.size(f) > LARGEST ? new byte[0] : Files.readAllBytes(f));
            } catch (IOException e) {
                sha.update(("unreadable " + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
            }
        }
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Definitions, results, tables and settings: what a forecast reads. A store or a picture in the folder is not. */
    private static boolean isData(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv") || name.endsWith(".json");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
