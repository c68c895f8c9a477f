package org.pollcast.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, as hex: what a value read from a file and kept for later is kept against. A file's
 * size and time of change do not tell every edit: a file replaced by one of the same size within the file system's
 * time granularity (a second on some, and copies that keep the time, {@code cp -p}, {@code rsync -t}, a checkout)
 * looked unchanged, and a corrected result or definition was not seen. The files hashed here are definitions and
 * results of tens of kilobytes, read in a fraction of a millisecond.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                md.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
