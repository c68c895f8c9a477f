package org.pollcast.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a report folder: {@code index.html}, {@code charts/*.png|svg}, {@code forecast.json},
 * {@code forecast.csv}. Everything is written to a fresh sibling folder first and swapped in at the end, so
 * a failure leaves the previous report exactly as it was.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes the report; returns the charts drawn. */
    public static List<ChartSpec> write(ReportInput in, Palette palette, Path out, String forecastJson, String forecastCsv)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            // A temporary folder is private (700); a published report must be readable by a web server.
            Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to widen
        }
        try {
            List<ChartSpec> charts = ReportCharts.all(in, palette);
            for (ChartSpec c : charts) {
                ChartRenderer.write(c, work.resolve("charts"));
            }
            Files.writeString(work.resolve("index.html"), HtmlReport.render(in, charts), StandardCharsets.UTF_8);
            Files.writeString(work.resolve("forecast.json"), forecastJson, StandardCharsets.UTF_8);
            Files.writeString(work.resolve("forecast.csv"), forecastCsv, StandardCharsets.UTF_8);
            swapIn(work, target);
            return charts;
        } finally {
            delete(work);
        }
    }

    private static void swapIn(Path work, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(work, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous report back
            }
            throw e;
        }
        delete(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
