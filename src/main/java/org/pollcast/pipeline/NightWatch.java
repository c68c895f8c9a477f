package org.pollcast.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.pollcast.BadInputException;

/**
 * {@code pollcast report ELECTION --declared FILE --watch}: election night's page, written again each time the
 * declarations change, unattended. A newsroom appends each declaration to the file as it comes; the page follows.
 *
 * <ul>
 *   <li>The files are looked at every {@code every}; a change is written only once the files have stayed the same
 *       for {@link #SETTLE} (an editor or a feed half-way through writing them is not read).
 *   <li>A declarations file that cannot be read (a slip in a row, a constituency misspelt) is reported, naming the
 *       file, line and field as always, and the last page stays as it was: the watch waits for the next change. A
 *       page that cannot be written, or a folder pollcast did not write, stops it.
 *   <li>It stops by itself when the night is over ({@link NightReports.NightPage#over}), and after {@code limit}
 *       in any case: a watch left running is bounded in time.
 * </ul>
 */
public final class NightWatch {
    /** How long the files must stay unchanged before they are read. */
    public static final Duration SETTLE = Duration.ofSeconds(1);

    /** How long a watch runs at most: the longest count is over within a day. */
    public static final Duration LIMIT = Duration.ofHours(24);

    private NightWatch() {}

    /** Writes the page from the files as they are now (the real one: {@link NightReports#writePage}). */
    @FunctionalInterface
    public interface Page {
        NightReports.NightPage write();
    }

    /** Waiting, and the time it is; a test gives its own. */
    public interface Clock {
        long nanos();

        void sleep(Duration d) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                Thread.sleep(d.toMillis());
            }
        };
    }

    /** How a watch ended. */
    public enum End {
        NIGHT_OVER,
        TIME_LIMIT,
        INTERRUPTED
    }

    /** Watches until the night is over: each page written is told to {@code out}, each file refused to {@code err}. */
    public static End watch(
            Workspace ws, NightReportRequest request, Duration every, Consumer<String> out, Consumer<String> err) {
        List<Path> files = new ArrayList<>();
        files.add(request.declared());
        if (request.declaredAssembly() != null) {
            files.add(request.declaredAssembly());
        }
        return watch(files, () -> NightReports.writePage(ws, request), every, LIMIT, Clock.SYSTEM, out, err);
    }

    static End watch(
            List<Path> files,
            Page page,
            Duration every,
            Duration limit,
            Clock clock,
            Consumer<String> out,
            Consumer<String> err) {
        long deadline = clock.nanos() + limit.toNanos();
        byte[] written = null;
        String waitingFor = null;
        try {
            while (clock.nanos() < deadline) {
                Look look = look(files);
                if (look.missing() != null) {
                    if (!look.missing().equals(waitingFor)) {
                        out.accept("waiting for " + look.missing() + " to appear");
                        waitingFor = look.missing();
                    }
                } else if (!Arrays.equals(look.digest(), written)) {
                    waitingFor = null;
                    clock.sleep(SETTLE);
                    Look again = look(files);
                    if (again.missing() == null && Arrays.equals(again.digest(), look.digest())) {
                        written = look.digest();
                        try {
                            NightReports.NightPage p = page.write();
                            ReportResult r = p.report();
                            out.accept(String.format(
                                    Locale.ROOT,
                                    "Wrote %s: %d of %d declared (%.1f s)",
                                    r.folder().resolve("index.html"),
                                    p.declared(),
                                    p.areas(),
                                    r.forecastSeconds() + r.reportSeconds()));
                            if (p.over()) {
                                out.accept("The night is over: every area is declared and the count decides the"
                                        + " winner; the watch stops");
                                return End.NIGHT_OVER;
                            }
                        } catch (BadInputException | RequestException e) {
                            err.accept(e.getMessage() + " (the page stays as it was; watching "
                                    + String.join(
                                            " and ",
                                            files.stream().map(Path::toString).toList())
                                    + " for the next change)");
                        }
                        continue; // look again at once: the files may have changed while the page was written
                    }
                    continue; // still being written: look again after the settling time, not a whole interval
                }
                clock.sleep(every);
            }
            out.accept("The watch stops after " + limit.toHours() + " hours, the night not over");
            return End.TIME_LIMIT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return End.INTERRUPTED;
        }
    }

    /** The files' digest, or the first file not there yet. */
    private record Look(byte[] digest, String missing) {}

    private static Look look(List<Path> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                }
            } catch (NoSuchFileException e) {
                return new Look(null, f.toString());
            } catch (IOException e) {
                // A file that cannot be read at this moment (being replaced): read as missing, looked at again.
                return new Look(null, f + " (" + Objects.requireNonNullElse(e.getMessage(), "unreadable") + ")");
            }
            sha.update((byte) 0); // the files' boundary: two files are not read as their concatenation
        }
        return new Look(sha.digest(), null);
    }
}
