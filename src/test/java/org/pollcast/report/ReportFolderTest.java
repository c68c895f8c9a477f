package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders pollcast may replace or delete, and how it recovers from a run killed mid-swap. */
class ReportFolderTest {
    @TempDir
    Path tmp;

    private Path sealedReport(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        ReportFolder.begin(dir);
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("index.html"), "<title>x — pollcast forecast</title>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("charts/trend.svg"), "<svg/>", StandardCharsets.UTF_8);
        ReportFolder.seal(dir);
        return dir;
    }

    @Test
    void aSealedUnchangedReportIsPollcasts() throws IOException {
        assertThat(ReportFolder.inspect(sealedReport("r")).owner()).isEqualTo(ReportFolder.Owner.POLLCAST);
        assertThat(ReportFolder.inspect(tmp.resolve("absent")).owner()).isEqualTo(ReportFolder.Owner.NONE);
        assertThat(ReportFolder.inspect(Files.createDirectories(tmp.resolve("empty")))
                        .owner())
                .isEqualTo(ReportFolder.Owner.EMPTY);
    }

    @Test
    void anAddedOrEditedFileMakesTheFolderSomeoneElses() throws IOException {
        Path added = sealedReport("added");
        Files.writeString(added.resolve("charts/notes.txt"), "mine");
        assertThat(ReportFolder.inspect(added).owner()).isEqualTo(ReportFolder.Owner.SOMEONE_ELSE);
        assertThat(ReportFolder.inspect(added).reason()).contains("charts/notes.txt");
        assertThat(ReportFolder.deleteIfPollcasts(added)).isFalse();
        assertThat(added.resolve("charts/notes.txt")).exists();
        assertThat(added.resolve("index.html")).exists();

        Path edited = sealedReport("edited");
        Files.writeString(edited.resolve("index.html"), "my edits");
        assertThat(ReportFolder.inspect(edited).reason()).contains("index.html was changed");
        assertThat(ReportFolder.deleteIfPollcasts(edited)).isFalse();
        assertThat(edited.resolve("index.html")).hasContent("my edits");
    }

    /**
     * A folder that holds reports holds their locks too (".report.lock", left beside each): the reason names a file of
     * the user's, not pollcast's own lock as "not written by pollcast".
     */
    @Test
    void theReasonNamesTheUsersFileNotAReportsLock() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve(".backtest.lock"), "");
        Files.writeString(reports.resolve("notes.txt"), "mine");
        assertThat(ReportFolder.inspect(reports).reason()).contains("notes.txt").doesNotContain(".backtest.lock");
    }

    /**
     * A folder holding a pollcast report of its own (`backtest --charts rep` after `--charts rep/backtest`) is refused
     * naming that report, not its manifest as a file "pollcast did not write" (review); a lock alone is named as one.
     */
    @Test
    void theReasonNamesAReportInsideAsPollcastsOwn() throws IOException {
        Path rep = Files.createDirectories(tmp.resolve("rep"));
        Path inner = sealedReport("rep/backtest");
        Files.writeString(rep.resolve(".backtest.lock"), "");
        assertThat(inner).exists();
        assertThat(ReportFolder.inspect(rep).reason())
                .contains("it holds backtest/, a pollcast report folder of its own")
                .doesNotContain("which pollcast did not write");
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.writeString(locked.resolve(".r.lock"), "");
        assertThat(ReportFolder.inspect(locked).reason()).contains("the lock of a report folder beside it");
    }

    @Test
    void aWorkingDirectoryIsNeverPollcasts() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("pollcast.db"), "data");
        Files.writeString(work.resolve("nightly.yaml"), "election: london-2012");
        assertThat(ReportFolder.inspect(work).owner()).isEqualTo(ReportFolder.Owner.SOMEONE_ELSE);
        assertThat(ReportFolder.deleteIfPollcasts(work)).isFalse();
        assertThat(work.resolve("pollcast.db")).hasContent("data");
        // a file, not a folder
        assertThat(ReportFolder.inspect(work.resolve("pollcast.db")).owner())
                .isEqualTo(ReportFolder.Owner.SOMEONE_ELSE);
    }

    @Test
    void aReportFromBeforeTheManifestCountsOnlyWhenItHoldsExactlyTheOldLayout() throws IOException {
        Path legacy = Files.createDirectories(tmp.resolve("legacy/charts"));
        Files.writeString(legacy.resolveSibling("index.html"), "<title>London — pollcast forecast</title>");
        Files.writeString(legacy.resolveSibling("forecast.json"), "{}");
        Files.writeString(legacy.resolve("trend.png"), "png");
        assertThat(ReportFolder.inspect(legacy.getParent()).owner()).isEqualTo(ReportFolder.Owner.POLLCAST);

        Files.writeString(legacy.resolveSibling("README.md"), "mine");
        assertThat(ReportFolder.inspect(legacy.getParent()).owner()).isEqualTo(ReportFolder.Owner.SOMEONE_ELSE);

        Path notOurs = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(notOurs.resolve("index.html"), "<title>My site</title>");
        assertThat(ReportFolder.inspect(notOurs).owner()).isEqualTo(ReportFolder.Owner.SOMEONE_ELSE);
    }

    @Test
    void deletingRemovesOnlyWhatWasListed() throws IOException {
        Path r = sealedReport("r");
        assertThat(ReportFolder.deleteIfPollcasts(r)).isTrue();
        assertThat(r).doesNotExist();
    }

    @Test
    void aRunKilledBetweenTheRenamesLeavesTheOldReportWhichTheNextRunPutsBack() throws IOException {
        Path old = sealedReport(".london.old-123");
        Path target = tmp.resolve("london");
        // killed after the old report was set aside and before the new one moved in: the target is missing
        ReportWriter.recover(target);
        assertThat(target.resolve("index.html")).exists();
        assertThat(old).doesNotExist();
        assertThat(ReportFolder.inspect(target).owner()).isEqualTo(ReportFolder.Owner.POLLCAST);
    }

    @Test
    void leftoversOfKilledRunsAreRemovedButOthersFoldersAndLiveRunsAreNot() throws IOException {
        Path target = sealedReport("london");
        Path setAside = sealedReport(".london.old-1");
        Path halfWritten = Files.createDirectories(tmp.resolve(".london.new-2"));
        Files.writeString(halfWritten.resolve(ReportFolder.MANIFEST), "pollcast-report 1\nincomplete\n999999999\n");
        Files.writeString(halfWritten.resolve("index.html"), "half");
        Path live = Files.createDirectories(tmp.resolve(".london.new-3"));
        ReportFolder.begin(live); // this process is alive: another run is writing it
        Path someoneElses = Files.createDirectories(tmp.resolve(".london.old-4"));
        Files.writeString(someoneElses.resolve("keep.txt"), "mine");

        ReportWriter.recover(target);

        assertThat(target.resolve("index.html")).exists();
        assertThat(setAside).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(live).exists();
        assertThat(someoneElses.resolve("keep.txt")).hasContent("mine");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("london", ".london.new-3", ".london.old-4");
        }
    }

    @Test
    void aHalfWrittenFolderKeepsFilesPollcastDoesNotWrite() throws IOException {
        Path half = Files.createDirectories(tmp.resolve(".r.new-5"));
        Files.writeString(half.resolve(ReportFolder.MANIFEST), "pollcast-report 1\nincomplete\n999999999\n");
        Files.writeString(half.resolve("forecast.json"), "{}");
        Files.writeString(half.resolve("secret.key"), "mine");
        assertThat(ReportFolder.deleteIfPollcasts(half)).isFalse();
        assertThat(half.resolve("secret.key")).hasContent("mine");
        assertThat(half.resolve("forecast.json")).doesNotExist();
    }

    /** A report of one page saying {@code text}, written as a run writes one. */
    private static List<ChartSpec> page(Path work, String text) throws IOException {
        Files.writeString(work.resolve("index.html"), "<title>" + text + " — pollcast forecast</title>");
        return List.of();
    }

    /** The files under {@code dir}'s parent, by name: what a run left beside its report. */
    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Two runs writing one folder at once (two nightly configurations with the same out:, or a nightly and an editor's
     * report --out): the second's swap met the first's new folder and failed with the file system's "Directory not
     * empty". Now the second stops at once, names the folder and says what to do, and changes nothing of the first's.
     */
    @Test
    void aSecondRunIntoTheSameFolderAtTheSameTimeStopsWithAClearMessage() throws IOException {
        Path out = tmp.resolve("reports/london");
        ReportWriter.write(out, work -> page(work, "first"));
        Throwable[] second = new Throwable[1];
        ReportWriter.write(out, work -> {
            second[0] = catchThrowable(() -> ReportWriter.write(out, w -> page(w, "second")));
            // the first run's report is untouched while this one writes
            assertThat(out.resolve("index.html")).content().contains("first");
            return page(work, "third");
        });
        assertThat(second[0])
                .isInstanceOf(FolderBusyException.class)
                .hasMessageStartingWith(out + ": another pollcast run is writing a report into this folder now")
                .hasMessageContaining("left the folder as it was")
                .hasMessageContaining("a folder of its own");
        assertThat(out.resolve("index.html")).content().contains("third");
        assertThat(ReportFolder.inspect(out).owner()).isEqualTo(ReportFolder.Owner.POLLCAST);
        assertThat(siblings(out)).containsExactly(".london.lock", "london"); // no run's leftovers
    }

    /** The same between processes, the case of two nightly runs from cron: the lock is the operating system's. */
    @Test
    void aRunInAnotherProcessHoldingTheFolderStopsThisOne() throws Exception {
        Path out = tmp.resolve("reports/london");
        ReportWriter.write(out, work -> page(work, "first"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        FolderLock.file(out.toAbsolutePath()).toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine())
                    .isEqualTo("locked true");
            assertThat(catchThrowable(() -> ReportWriter.write(out, w -> page(w, "second"))))
                    .isInstanceOf(FolderBusyException.class)
                    .hasMessageContaining("another pollcast run is writing a report into this folder now");
            assertThat(out.resolve("index.html")).content().contains("first");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // released (as it is when a run dies): the next run writes
        ReportWriter.write(out, work -> page(work, "third"));
        assertThat(out.resolve("index.html")).content().contains("third");
    }

    /**
     * A program that does not take the lock puts a folder where the report goes while it is being written: the run
     * used to fail with "Directory not empty". It now says what happened and leaves that folder as it is.
     */
    @Test
    void aFolderThatAppearsWhileTheReportIsWrittenIsLeftAsItIs() throws IOException {
        Path out = tmp.resolve("reports/london");
        Throwable t = catchThrowable(() -> ReportWriter.write(out, work -> {
            Files.createDirectories(out);
            Files.writeString(out.resolve("mine.txt"), "mine");
            return page(work, "run");
        }));
        assertThat(t)
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(out + ": not replaced, because a folder or file appeared there")
                .hasMessageContaining("Make sure nothing else writes to that folder")
                .hasMessageNotContaining("Directory not empty");
        assertThat(out.resolve("mine.txt")).hasContent("mine");
        assertThat(siblings(out)).containsExactly(".london.lock", "london");
    }

    /** A folder that is someone else's is refused before anything, the lock file included, is made beside it. */
    @Test
    void aRefusedFolderGetsNoLockFileBesideIt() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("home/work"));
        Files.writeString(work.resolve("notes.txt"), "mine");
        assertThat(catchThrowable(() -> ReportWriter.write(work, w -> page(w, "run"))))
                .isInstanceOf(FolderNotOursException.class);
        assertThat(siblings(work)).containsExactly("work");
    }
}
