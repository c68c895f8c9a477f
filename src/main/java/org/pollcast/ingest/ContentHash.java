package org.pollcast.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of a file's bytes, as hex: what a value read from a file and kept for later is kept against. A file's
 * size and time of change do not tell every edit: a file replaced by one of the same size within the file system's
 * time granularity (a second on some, and copies that keep the time, {@code cp -p}, {@code rsync -t}, a checkout)
 * looked unchanged, and a corrected result or definition was not seen.
 *
 * <p>A hash is reused while the file's inode, size, time of change and time of status change are all as they were
 * when it was hashed, and that status change was settled before the hashing began. The status change time (POSIX
 * ctime) is set by the kernel at every write, rename or change of times and no tool sets it back, so a copy that
 * keeps its time still moves it; the settling time covers a second write within one tick of the clock it is taken
 * from, as Git does for an index entry written in the same second as its file. That tick is a few milliseconds on
 * Linux, where a file system keeps the time to the nanosecond, and a second or two on those that keep whole seconds
 * (FAT, ext3, HFS+), so a status change with a fraction of a second settles after {@link #SETTLED_FINE} and one
 * without after {@link #SETTLED} (a fine clock lands on a whole second once in 10^9 times, and then waits the
 * longer). A file system with no status change time (no "unix" attribute view) is hashed every time. Hashing every
 * file at every look was a tenth of the unit tests' processor time: a forecast resolves the same few definitions
 * hundreds of times.
 */
final class ContentHash {
    /** How long after a file's last status change, kept in whole seconds, its hash is taken as settled. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /**
     * How long after a status change kept to a fraction of a second: ten of Linux's coarsest clock ticks (10 ms). A
     * test or a notebook that copies a data folder and forecasts from it at once hashed every definition at every
     * look for its first two seconds (5% of the unit tests' processor time).
     */
    static final Duration SETTLED_FINE = Duration.ofMillis(100);

    /** Hashes taken, by absolute file; at most {@link #KEPT}, the least recently used dropped first. */
    private static final Map<Path, Kept> KEPT_HASHES = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Kept> eldest) {
            return size() > KEPT;
        }
    };

    private static final int KEPT = 4096;

    /** What {@code stat} says of a file that an edit or a replacement changes. */
    private record Status(
            Object device, Object inode, long size, boolean regular, FileTime modified, FileTime changed) {}

    /** A file's status, and the hash of its bytes taken at {@code hashedAt}. */
    private record Kept(Status status, Instant hashedAt, String sha256) {}

    private ContentHash() {}

    static String of(Path file) throws IOException {
        Optional<String> regular = ofRegularFile(file, Long.MAX_VALUE);
        // Anything else is read as it is, to fail as reading it fails (a missing file, a folder).
        return regular.isPresent() ? regular.get() : hash(file.toAbsolutePath().normalize());
    }

    /**
     * The hash of {@code file} when it is a regular file of at most {@code maxBytes}, else empty (missing, a folder, too
     * large): what a reader of definitions asks first, from the one look at the file's status that decides whether a
     * kept hash still holds. Three more looks (is it a file, its size, then its status) were a tenth of the time of
     * resolving an election, which a forecast does hundreds of times.
     */
    static Optional<String> ofRegularFile(Path file, long maxBytes) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Status status;
        try {
            status = status(key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (status == null) { // no status change time here: nothing kept, every look hashes
            return Files.isRegularFile(key) && Files.size(key) <= maxBytes ? Optional.of(hash(key)) : Optional.empty();
        }
        if (!status.regular() || status.size() > maxBytes) {
            return Optional.empty();
        }
        Kept kept;
        synchronized (KEPT_HASHES) {
            kept = KEPT_HASHES.get(key);
        }
        if (kept != null && kept.status().equals(status)) {
            return Optional.of(kept.sha256());
        }
        Instant hashedAt = Instant.now();
        String sha256 = hash(key);
        if (settledBefore(status.changed(), hashedAt)) {
            synchronized (KEPT_HASHES) {
                KEPT_HASHES.put(key, new Kept(status, hashedAt, sha256));
            }
        }
        return Optional.of(sha256);
    }

    /**
     * The file's inode, device, size, kind, time of change and time of status change; null where the file system has
     * no status change time.
     */
    private static Status status(Path file) throws IOException {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, "unix:dev,ino,size,isRegularFile,lastModifiedTime,ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        if (!(attributes.get("ctime") instanceof FileTime changed)
                || !(attributes.get("lastModifiedTime") instanceof FileTime modified)
                || !(attributes.get("size") instanceof Long size)) {
            return null;
        }
        return new Status(
                attributes.get("dev"),
                attributes.get("ino"),
                size,
                Boolean.TRUE.equals(attributes.get("isRegularFile")),
                modified,
                changed);
    }

    /** Whether a status change at {@code changed} came long enough before {@code hashedAt} to be settled. */
    static boolean settledBefore(FileTime changed, Instant hashedAt) {
        Instant at = changed.toInstant();
        Duration settling = at.getNano() == 0 ? SETTLED : SETTLED_FINE;
        return at.plus(settling).isBefore(hashedAt);
    }

    private static String hash(Path file) throws IOException {
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
