package org.pollcast.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pollcast.election.AdditionalMemberContest;

/**
 * Writes a report folder: {@code index.html}, {@code charts/*.png}, {@code forecast.json},
 * {@code forecast.csv} (every contest), one CSV per contest in {@code data/}, and {@code data/race.csv} (how the
 * race moved) when the input has it, and {@code data/result.csv} (how the forecast did against the result) when
 * it is a forecast made before polling day of an election with a result. Everything is written to a fresh sibling
 * folder first and swapped in at the end, so a failure leaves the previous report exactly as it was.
 *
 * <p>It replaces only a folder that pollcast wrote ({@link ReportFolder}): an existing folder that holds
 * anything else is refused before anything is written. The swap is two renames (old report aside, new one
 * in); a run killed between them leaves the old report beside the target, and the next run puts it back
 * before it does anything else, then removes the leftovers of killed runs that are pollcast's. A run holds the
 * folder's lock ({@link FolderLock}) from that recovery to the swap, so a second run into the same folder at the same
 * time stops with a message instead of meeting the first's folder halfway.
 */
public final class ReportWriter {
    private static final String NEW = ".new-";
    private static final String OLD = ".old-";

    private ReportWriter() {}

    /** Writes the report, coloured from the {@code bundled} palette; returns the charts drawn. */
    public static List<ChartSpec> write(ReportInput in, Palette bundled, Path out) throws IOException {
        // Each party of the election its colour, worked out once for every chart and the page (as NightFiles does).
        Palette palette = bundled.forElection(in.election());
        return write(out, work -> {
            List<ChartSpec> charts = ReportCharts.all(in, palette);
            for (ChartSpec c : charts) {
                ChartRenderer.writePng(c, work.resolve("charts"));
            }
            Files.writeString(
                    work.resolve("index.html"), HtmlReport.render(in, charts, palette), StandardCharsets.UTF_8);
            Files.writeString(work.resolve("forecast.json"), ForecastJson.write(in.forecast()), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> csv : ForecastCsv.files(
                            in.forecast(),
                            in.election().area(),
                            in.election().leadVote().orElse(null),
                            in.election().first(AdditionalMemberContest.class))
                    .entrySet()) {
                Path file = work.resolve(csv.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, csv.getValue(), StandardCharsets.UTF_8);
            }
            if (in.race() != null) {
                Files.writeString(work.resolve("data/race.csv"), raceCsv(in), StandardCharsets.UTF_8);
            }
            if (ResultSection.shown(in)) {
                Files.writeString(
                        work.resolve("data/result.csv"),
                        Tables.csv(ResultTable.table(in.result())),
                        StandardCharsets.UTF_8);
            }
            return charts;
        });
    }

    /** How the race moved, as a row per date and candidate: today's candidates first, then any who left the race. */
    static String raceCsv(ReportInput in) {
        Map<String, String> names = new LinkedHashMap<>();
        in.forecast().mayor().candidates().forEach(c -> names.put(c.id(), c.name()));
        List<String> options = new ArrayList<>(names.keySet());
        in.race().points().stream()
                .flatMap(p -> p.pWin().keySet().stream())
                .distinct()
                .sorted()
                .filter(o -> !names.containsKey(o))
                .forEach(options::add);
        return Tables.csv(in.race().table(options, names));
    }

    /** What goes into a report folder: written into the fresh folder {@code work}; returns the charts drawn. */
    @FunctionalInterface
    public interface Contents {
        List<ChartSpec> writeInto(Path work) throws IOException;
    }

    /**
     * Fails now, before anything is simulated, when {@code out} is a folder pollcast would refuse to replace:
     * the same check {@link #write(Path, Contents)} makes, without touching anything.
     */
    public static void checkReplaceable(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new FolderNotOursException(out + " is the root of the file system, not a report folder");
        }
        refuseIfNotOurs(out, target);
    }

    private static ReportFolder.Inspection refuseIfNotOurs(Path out, Path target) throws IOException {
        ReportFolder.Inspection before = ReportFolder.inspect(target);
        if (before.owner() == ReportFolder.Owner.SOMEONE_ELSE) {
            throw new FolderNotOursException(out + ": not replaced, because " + before.reason()
                    + ". pollcast replaces only a report folder that it wrote; choose another folder (--out, backtest's --charts, or out: in the nightly config), "
                    + "or move that folder away.");
        }
        return before;
    }

    /**
     * Writes a report folder whose files {@code contents} writes (the forecast's report, election night's page)
     * with the same rule for both: only a folder pollcast wrote is replaced, and only once the new one is complete.
     */
    @SuppressWarnings("try") // the lock is held for the write, never referenced in it
    public static List<ChartSpec> write(Path out, Contents contents) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new FolderNotOursException(out + " is the root of the file system, not a report folder");
        }
        Files.createDirectories(parent);
        // Someone else's folder is refused before the lock file is made beside it (report --out . must leave
        // nothing in the working directory's parent); a killed run's recovery below never changes whose it is.
        refuseIfNotOurs(out, target);
        try (FolderLock lock = FolderLock.take(out, target)) {
            recover(target);
            ReportFolder.Inspection before = refuseIfNotOurs(out, target);
            Path work = Files.createTempDirectory(parent, "." + target.getFileName() + NEW);
            try {
                ReportFolder.begin(work);
                try {
                    // A temporary folder is private (700); a published report must be readable by a web server.
                    Files.setPosixFilePermissions(
                            work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: nothing to widen
                }
                List<ChartSpec> charts = contents.writeInto(work);
                ReportFolder.seal(work);
                swapIn(out, work, target, before.owner());
                return charts;
            } finally {
                if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                    ReportFolder.deleteIfPollcasts(work);
                }
            }
        }
    }

    private static void swapIn(Path out, Path work, Path target, ReportFolder.Owner owner) throws IOException {
        Path old = null;
        if (owner != ReportFolder.Owner.NONE) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
            Files.delete(old);
            move(target, old);
        }
        try {
            move(work, target);
        } catch (IOException e) {
            // Linux's rename says only "Directory not empty", as a plain FileSystemException: look, don't parse.
            boolean taken = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (old != null) {
                try {
                    move(old, target); // put the previous report back
                } catch (IOException putBack) {
                    e.addSuppressed(putBack); // it stays beside the target, for the next run's recovery
                }
            }
            if (taken) {
                // Something took the target's place during the run: a program that does not take the folder's lock
                // (or a pollcast from before it). Whatever it is, it is not this run's to replace.
                throw new ReportException(out + ": not replaced, because a folder or file appeared there"
                        + " while this report was being written; this run's report was discarded and what is there"
                        + " was left as it was. Make sure nothing else writes to that folder, then run again.");
            }
            throw e;
        }
        if (old != null) {
            if (owner == ReportFolder.Owner.EMPTY) {
                Files.deleteIfExists(old); // an empty folder; if something appeared in it meanwhile, it stays
            } else {
                ReportFolder.deleteIfPollcasts(old);
            }
        }
    }

    /**
     * Undoes what a killed run left: a target that is missing while an earlier report waits beside it is put
     * back; then pollcast's own half-written and set-aside folders are removed. Others' folders stay.
     */
    static void recover(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix + NEW) || name.startsWith(prefix + OLD);
                    })
                    .sorted(Comparator.comparing(ReportWriter::modified).reversed())
                    .toList();
        }
        for (Path p : leftovers) {
            boolean setAside = p.getFileName().toString().startsWith(prefix + OLD);
            ReportFolder.Owner owner = ReportFolder.inspect(p).owner();
            if (setAside && !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && owner == ReportFolder.Owner.POLLCAST) {
                move(p, target);
            } else if (setAside && owner == ReportFolder.Owner.EMPTY) {
                Files.deleteIfExists(p); // an empty folder set aside by a killed run
            } else if (!ReportFolder.inUseByLiveRun(p)) {
                ReportFolder.deleteIfPollcasts(p);
            }
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
