package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
