package org.pollcast.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pollcast.store.AtomicFile;

/**
 * A folder that pollcast wrote and may therefore replace or delete. It carries a manifest,
 * {@value #MANIFEST}, that lists every file pollcast wrote into it with its SHA-256. A folder counts as
 * pollcast's only while it holds exactly those files with those contents: a file a person added or edited
 * makes it theirs, and pollcast refuses to touch it.
 *
 * <p>Why a manifest and not a naming rule: {@code report --out .} once emptied a working directory, store
 * and config included. Checking content, not a name, is the only rule that cannot delete a user's file.
 * Reports written before the manifest existed count as pollcast's when they hold exactly the old layout
 * (index.html written by pollcast, forecast.json, forecast.csv, charts/*.png|svg) and nothing else.
 */
public final class ReportFolder {
    /** The manifest's file name, inside the folder. */
    public static final String MANIFEST = ".pollcast-report";

    private static final String HEADER = "pollcast-report 1";
    private static final String COMPLETE = "complete";
    private static final String INCOMPLETE = "incomplete";
    /** A report folder's lock file, as {@link FolderLock#file} names it. */
    private static final Pattern LOCK_FILE = Pattern.compile("\\.[^/]+\\.lock");

    private static final Pattern LEGACY_FILE =
            Pattern.compile("index\\.html|forecast\\.json|forecast\\.csv|charts/[A-Za-z0-9_-]+\\.(png|svg)");
    /** What a half-written folder can hold: only files pollcast writes into a report. */
    private static final Pattern REPORT_FILE =
            Pattern.compile("([A-Za-z0-9_.-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.(html|json|csv|png|svg|txt)");

    private ReportFolder() {}

    /** Whose a folder is, and why. */
    public enum Owner {
        /** Nothing is there: pollcast may create it. */
        NONE,
        /** An empty folder: nothing to lose. */
        EMPTY,
        /** A folder pollcast wrote, unchanged since. */
        POLLCAST,
        /** Anything else: a file, a user's folder, or a pollcast folder that someone changed. */
        SOMEONE_ELSE
    }

    /** The verdict on a folder: whose it is, and for someone else's, the first thing that shows it. */
    public record Inspection(Owner owner, String reason) {}

    /** Marks a freshly created, empty folder as pollcast's, before anything is written into it. */
    static void begin(Path dir) throws IOException {
        Files.writeString(
                dir.resolve(MANIFEST),
                HEADER + "\n" + INCOMPLETE + "\n" + ProcessHandle.current().pid() + "\n",
                StandardCharsets.UTF_8);
    }

    /** Whether {@code dir} is a folder that a run still alive is writing (so another run must leave it alone). */
    static boolean inUseByLiveRun(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(1).equals(INCOMPLETE)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(2).trim()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Records every file now in the folder, with its hash, as pollcast's: called once the folder is complete. */
    static void seal(Path dir) throws IOException {
        StringBuilder text =
                new StringBuilder(HEADER).append('\n').append(COMPLETE).append('\n');
        for (Map.Entry<String, String> f : hashes(dir).entrySet()) {
            text.append(f.getValue()).append(' ').append(f.getKey()).append('\n');
        }
        AtomicFile.write(dir.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Says whose the folder at {@code dir} is. Never changes anything. */
    public static Inspection inspect(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(Owner.NONE, null);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(Owner.SOMEONE_ELSE, dir + " is not a folder");
        }
        Map<String, String> present = hashes(dir);
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
            if (present.isEmpty()) {
                return new Inspection(Owner.EMPTY, null);
            }
            return inspectLegacy(dir, present);
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(COMPLETE)) {
            return new Inspection(Owner.SOMEONE_ELSE, manifest + " does not describe a complete pollcast report");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                return new Inspection(Owner.SOMEONE_ELSE, manifest + " has a line pollcast did not write");
            }
            listed.put(line.substring(space + 1), line.substring(0, space));
        }
        List<String> unlisted =
                present.keySet().stream().filter(f -> !listed.containsKey(f)).toList();
        if (!unlisted.isEmpty()) {
            return new Inspection(Owner.SOMEONE_ELSE, notWritten(dir, unlisted));
        }
        for (Map.Entry<String, String> f : present.entrySet()) {
            if (!listed.get(f.getKey()).equals(f.getValue())) {
                return new Inspection(Owner.SOMEONE_ELSE, f.getKey() + " was changed after pollcast wrote it");
            }
        }
        return new Inspection(Owner.POLLCAST, null);
    }

    /**
     * Why {@code files} (paths under {@code dir}, none written into this folder by pollcast) keep it from being replaced:
     * a file of the user's first; else a pollcast report folder of its own inside it (`backtest --charts rep` after
     * `--charts rep/backtest`), which pollcast will not replace as part of another; else a report's lock, which
     * pollcast leaves beside each folder it locked ({@link FolderLock}). Named in that order, the message named
     * pollcast's own lock or manifest as "not written by pollcast".
     */
    private static String notWritten(Path dir, List<String> files) {
        List<String> users = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        List<String> locks = new ArrayList<>();
        for (String f : files) {
            int slash = f.indexOf('/');
            if (slash > 0
                    && Files.exists(dir.resolve(f.substring(0, slash)).resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                reports.add(f.substring(0, slash + 1));
            } else if (LOCK_FILE.matcher(f).matches()) {
                locks.add(f);
            } else {
                users.add(f);
            }
        }
        if (!users.isEmpty()) {
            return "it holds " + users.get(0) + ", which pollcast did not write";
        }
        if (!reports.isEmpty()) {
            return "it holds " + reports.get(0) + ", a pollcast report folder of its own, which is not replaced as part"
                    + " of another";
        }
        return "it holds " + locks.get(0) + ", the lock of a report folder beside it, not a report";
    }

    private static Inspection inspectLegacy(Path dir, Map<String, String> present) throws IOException {
        List<String> foreign = present.keySet().stream()
                .filter(f -> !LEGACY_FILE.matcher(f).matches())
                .toList();
        if (!foreign.isEmpty()) {
            return new Inspection(Owner.SOMEONE_ELSE, notWritten(dir, foreign));
        }
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)
                || !Files.readString(index, StandardCharsets.UTF_8).contains("pollcast forecast</title>")) {
            return new Inspection(
                    Owner.SOMEONE_ELSE, "it is not a pollcast report (no index.html written by pollcast)");
        }
        return new Inspection(Owner.POLLCAST, null);
    }

    /**
     * Deletes a folder that pollcast wrote: a sealed one only while it is unchanged, a half-written one
     * (from a run that was killed) only the report files in it. Deletes file by file, never a whole tree,
     * so a file that appears meanwhile survives, and so does its folder. Returns whether the folder is gone.
     */
    static boolean deleteIfPollcasts(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllLines(manifest, StandardCharsets.UTF_8)
                : List.of();
        boolean halfWritten =
                lines.size() >= 2 && lines.get(0).equals(HEADER) && lines.get(1).equals(INCOMPLETE);
        if (!halfWritten && inspect(dir).owner() != Owner.POLLCAST) {
            return false;
        }
        for (String f : hashes(dir).keySet()) {
            if (!halfWritten || REPORT_FILE.matcher(f).matches()) {
                Files.deleteIfExists(dir.resolve(f));
            }
        }
        Files.deleteIfExists(manifest);
        return removeEmptyFolders(dir);
    }

    /** Removes the folder and its sub-folders if they hold nothing; returns whether {@code dir} is gone. */
    private static boolean removeEmptyFolders(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> all = Files.walk(dir)) {
            folders = all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .toList();
        }
        for (Path f : folders) {
            try {
                Files.deleteIfExists(f);
            } catch (DirectoryNotEmptyException e) {
                return false;
            }
        }
        return true;
    }

    /** Every regular file under {@code dir} but the manifest, by '/'-separated relative path, with its SHA-256. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> !p.equals(dir)).forEach(files::add);
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (rel.equals(MANIFEST)) {
                continue;
            }
            // A link or device is never something pollcast wrote: record it with a hash that matches nothing.
            out.put(rel, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? sha256(p) : "not-a-file");
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
