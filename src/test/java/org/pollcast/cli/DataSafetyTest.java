package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.report.ReportFolder;
import org.pollcast.store.PollStore;

/**
 * pollcast deletes or replaces only what it wrote: `report --out .` once emptied a working directory, and
 * `--out reports` deleted reports/README.md. Each case here failed on the code before the manifest.
 */
class DataSafetyTest {
    @TempDir
    Path tmp;

    /** A full report (every chart, how the race moved); 2,000 simulations, as these tests read folders, not figures. */
    private CliRun report(Path out) {
        return CliRun.in(
                tmp.resolve("store.db"),
                "report",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "2000",
                "--out",
                out.toString());
    }

    @Test
    void aWorkingDirectoryIsRefusedAndLeftAsItWas() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("pollcast.db"), "the store");
        Files.writeString(work.resolve("nightly.yaml"), "election: london-2012\n");

        CliRun r = report(work);

        assertThat(r.status()).as(r.out()).isEqualTo(2);
        assertThat(r.err())
                .contains("not replaced")
                .contains("pollcast replaces only a report folder that it wrote")
                .doesNotContain("Exception");
        assertThat(work.resolve("pollcast.db")).hasContent("the store");
        assertThat(work.resolve("nightly.yaml")).hasContent("election: london-2012");
        try (var files = Files.list(work)) {
            assertThat(files).hasSize(2);
        }
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".work."));
        }
    }

    @Test
    void aReportsFolderWithAReadmeIsRefused() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("README.md"), "Reports go here.\n");
        CliRun r = report(reports);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("README.md");
        assertThat(reports.resolve("README.md")).hasContent("Reports go here.");
        // refused before any work: the store was never even opened (the bundled polls were not loaded into it)
        assertThat(tmp.resolve("store.db")).doesNotExist();
    }

    /**
     * Nightly refuses a report folder holding someone else's file before it ingests anything: it refused only when
     * rendering, after storing its sources' polls and forecasting, so the next run counted those polls as its own.
     */
    @Test
    void nightlyRefusesSomeoneElsesFolderBeforeItStoresAnything() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("report"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.writeString(
                tmp.resolve("polls.csv"),
                "election,contest,scope,pollster,fieldwork_end,sample_size,khan,hall,blackie,garbett,cox\n"
                        + "london-2024,mayor,first_pref,Savanta,2024-03-12,1510,51,27,10,8,2\n");
        Path cfg = Files.writeString(
                tmp.resolve("nightly.yaml"),
                "election: london-2024\nsources: [polls.csv]\ndb: store.db\nout: report\nsims: 2000\n");
        CliRun r = CliRun.in(tmp.resolve("store.db"), "nightly", "--config", cfg.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("report: not replaced, because it holds notes.txt")
                .doesNotContain("Exception");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        try (var store = org.pollcast.store.PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.count("london-2024")).isZero();
            assertThat(store.runs("london-2024")).isEmpty();
        }
    }

    @Test
    void theNightsPageRefusesSomeoneElsesFolderBeforeItSimulates() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine\n");
        Path declared =
                Files.writeString(tmp.resolve("night.csv"), "constituency,candidate,votes\nNorth East,Khan,100\n");
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "report",
                "london-2021",
                "--declared",
                declared.toString(),
                "--out",
                mine.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt").doesNotContain("Exception");
        assertThat(mine.resolve("notes.txt")).hasContent("mine");
        assertThat(tmp.resolve("store.db")).doesNotExist();
    }

    @Test
    void pollcastsOwnReportIsReplacedButNotOnceSomeoneAddsToIt() throws IOException {
        Path out = tmp.resolve("reports/london-2012");
        assertThat(report(out).status()).isZero();
        assertThat(out.resolve(ReportFolder.MANIFEST)).exists();
        CliRun again = report(out);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(out.resolve("index.html")).exists();
        try (var siblings = Files.list(out.getParent())) {
            // no .new-/.old- left behind; the folder's lock file stays, empty, as the nightly lock does beside a store
            assertThat(siblings).containsExactlyInAnyOrder(out, out.resolveSibling(".london-2012.lock"));
        }
        assertThat(out.resolveSibling(".london-2012.lock")).isEmptyFile();

        Files.writeString(out.resolve("charts/annotations.txt"), "my notes", StandardCharsets.UTF_8);
        CliRun refused = report(out);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("charts/annotations.txt");
        assertThat(out.resolve("charts/annotations.txt")).hasContent("my notes");
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anEmptyFolderIsUsed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        assertThat(report(out).status()).isZero();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anUnwritableRejectsFileIsFoundBeforeAnythingIsStored() throws IOException {
        Path file = tmp.resolve("mixed.csv");
        Files.writeString(
                file,
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,paddick,other\n"
                        + "london-2008,mayor,first_pref,YouGov,Safety 1,2008-04-08,2008-04-10,1000,45,40,10,5\n"
                        + "london-2008,mayor,first_pref,ICM,Safety 2,2008-04-09,2008-04-11,900,143,41,10,5\n");
        Path rejectsIsAFolder = Files.createDirectories(tmp.resolve("rejects"));

        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "ingest",
                "--skip-invalid",
                "--rejects",
                rejectsIsAFolder.toString(),
                file.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--rejects").contains("nothing stored");
        if (Files.exists(tmp.resolve("store.db"))) {
            try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
                assertThat(store.count("london-2008")).isZero();
            }
        }
    }

    @Test
    void exportReplacesTheFileWhole() throws IOException {
        Path out = tmp.resolve("export.csv");
        Files.writeString(out, "election,contest,scope,pollster,client\nan earlier export\n");
        assertThat(CliRun.in(tmp.resolve("store.db"), "polls", "london-2008").status())
                .isZero(); // loads the bundled polls: an empty store's export is refused
        CliRun r = CliRun.in(tmp.resolve("store.db"), "export", "london-2008", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("election,");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /**
     * A file given to a command that writes one file is replaced only when it is that command's own output: {@code
     * export --out data/aliases.yaml} replaced the alias table with a CSV, {@code forecast --out notes.txt} the
     * user's notes, and {@code --rejects polls.csv} the poll file being corrected.
     */
    @Test
    void aFileThatPollcastDidNotWriteIsNotReplaced() throws IOException {
        Path db = tmp.resolve("store.db");
        assertThat(CliRun.in(db, "polls", "london-2008").status()).isZero();
        Path aliases = tmp.resolve("aliases.yaml");
        Files.writeString(aliases, "pollsters:\n  yougov: [YouGov]\n");
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes\n");

        CliRun export = CliRun.in(db, "export", "london-2008", "--out", aliases.toString());
        CliRun forecast = CliRun.in(
                db, "forecast", "london-2008", "--sims", "1000", "--format", "json", "--out", notes.toString());
        Path polls = tmp.resolve("polls.csv");
        String pollsText = "election,contest,scope,pollster,fieldwork_end,sample_size,johnson,livingstone,paddick\n"
                + "london-2008,mayor,first_pref,ICM,2008-04-11,900,143,41,10\n";
        Files.writeString(polls, pollsText);
        CliRun ingest = CliRun.in(db, "ingest", "--skip-invalid", "--rejects", polls.toString(), polls.toString());

        for (CliRun r : List.of(export, forecast, ingest)) {
            assertThat(r.status()).as(r.out()).isEqualTo(2);
            assertThat(r.err()).contains("not replaced").contains("pollcast replaces only a file it wrote");
        }
        assertThat(forecast.err()).doesNotContain("simulat"); // refused before the work
        assertThat(aliases).hasContent("pollsters:\n  yougov: [YouGov]");
        assertThat(notes).hasContent("my notes");
        assertThat(polls).hasContent(pollsText.strip());

        // Its own earlier output is replaced as before.
        Path json = tmp.resolve("forecast.json");
        assertThat(CliRun.in(
                                db,
                                "forecast",
                                "london-2008",
                                "--sims",
                                "1000",
                                "--format",
                                "json",
                                "--out",
                                json.toString())
                        .status())
                .isZero();
        CliRun again = CliRun.in(
                db, "forecast", "london-2008", "--sims", "2000", "--format", "json", "--out", json.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(json)).contains("2000");
    }
}
