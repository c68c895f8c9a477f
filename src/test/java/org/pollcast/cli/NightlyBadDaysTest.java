package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Nightly as a newsroom runs it, unattended, on bad days: a followed file gone, a site answering with an error page
 * instead of its table (served here from the loopback address), another run writing the same report folder, the
 * report folder cleaned out. Each
 * failing run fails (exit 1) with a message that names the source or the folder and says the report and history were
 * left as they were, never a Java exception; and nothing already stored or published is lost. The polls are published
 * 2024 polls (london-2024 has none bundled, so the sources are all the forecast has).
 */
class NightlyBadDaysTest {
    private static final String HEADER = "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,"
            + "sample_size,khan,hall,blackie,garbett,cox,citation\n";
    private static final String ERROR_PAGE = "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
            + "<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p>"
            + "</body></html>";

    @TempDir
    Path tmp;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A proxy or a site's front end that answers "OK" with its own error page instead of the polls.
        server.createContext("/polls.html", exchange -> answer(exchange, 200));
        server.createContext("/down.html", exchange -> answer(exchange, 503));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        byte[] page = ERROR_PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun nightly(String sources) throws IOException {
        Path cfg = tmp.resolve("nightly.yaml");
        Files.writeString(
                cfg,
                "election: london-2024\nsources: [" + sources + "]\ndb: store.db\nout: report\nsims: 2000\n"
                        + "raceChart: false\n");
        return CliRun.in(tmp.resolve("store.db"), "nightly", "--config", cfg.toString());
    }

    @Test
    void aFailingSourceIsNamedAndLeavesTheReportHistoryAndStoredPollsAsTheyWere() throws Exception {
        Files.writeString(
                tmp.resolve("good.csv"),
                HEADER
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n");
        CliRun first = nightly("good.csv");
        assertThat(first.status()).as(first.err()).isZero();
        // The report folder cleaned out (or moved by a deploy) with nothing new since: the run said "report
        // unchanged" of no report until the next poll came. It is written again.
        try (Stream<Path> files = Files.walk(tmp.resolve("report"))) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
        CliRun rewritten = nightly("good.csv");
        assertThat(rewritten.status()).as(rewritten.err()).isZero();
        assertThat(rewritten.out())
                .contains("0 new polls;")
                .contains("written again: nothing new, but the report was gone");
        assertThat(nightly("good.csv").out()).contains("nothing new");
        String published = hash(tmp.resolve("report"));
        Files.writeString(
                tmp.resolve("later.csv"),
                HEADER
                        + "london-2024,mayor,first_pref,Savanta,Mile End Institute,2024-04-08,2024-04-17,1038,46,33,9,7,,T\n");
        String missing = tmp.resolve("gone.csv").toUri().toString(); // file:///.../gone.csv

        CliRun gone = nightly("good.csv, later.csv, \"" + missing + "\"");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err())
                .startsWith("pollcast: nightly: source failed, nothing else done (report and history unchanged; the"
                        + " polls of the sources before it are stored and kept): " + missing + ": no such file");
        CliRun errorPage = nightly("good.csv, " + base + "/polls.html");
        assertThat(errorPage.status()).isEqualTo(1);
        assertThat(errorPage.err())
                .contains("(report and history unchanged; ")
                .contains(base + "/polls.html:")
                .contains("no poll table found on the page titled '503 Service Unavailable': the page has no table");
        CliRun down = nightly(base + "/down.html, good.csv");
        assertThat(down.status()).isEqualTo(1);
        assertThat(down.err())
                .startsWith("pollcast: nightly: source failed, nothing else done (report and history unchanged): "
                        + base + "/down.html: HTTP status 503");
        for (CliRun r : new CliRun[] {gone, errorPage, down}) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        assertThat(hash(tmp.resolve("report"))).as("the published report").isEqualTo(published);
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.runs("london-2024")).hasSize(2); // the first and the rewritten
            // later.csv's poll, stored before the source after it failed, is kept for the next good run
            assertThat(store.polls(PollQuery.of("london-2024")))
                    .extracting(p -> p.poll().client())
                    .containsExactlyInAnyOrder("Centre for London", "Mile End Institute");
        }
    }

    /**
     * Another run writing the same report folder (a second configuration with the same out:, or an editor's report
     * --out) holds its lock: this run's report is not written and the run is not recorded, so the next one makes it.
     * Before, the second run to finish failed with the file system's "Directory not empty".
     */
    @Test
    @SuppressWarnings("try") // the lock is held for the nested run, never referenced
    void anotherRunWritingTheReportFolderIsSaidPlainlyAndTheRunIsNotRecorded() throws Exception {
        Files.writeString(
                tmp.resolve("good.csv"),
                HEADER
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n");
        CliRun busy;
        try (FileChannel ch = FileChannel.open(
                        tmp.resolve(".report.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = ch.lock()) {
            busy = nightly("good.csv");
        }
        assertThat(busy.status()).isEqualTo(1);
        assertThat(busy.err())
                .contains("pollcast: nightly: report not written, so the run was not recorded (the previous report"
                        + " and the history are as they were; the next run forecasts again): " + tmp.resolve("report")
                        + ": another pollcast run is writing a report into this folder now")
                .contains("a folder of its own")
                .doesNotContain("Directory not empty")
                .doesNotContain("Exception");
        assertThat(tmp.resolve("report")).doesNotExist();
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.runs("london-2024")).isEmpty();
            assertThat(store.count("london-2024")).isEqualTo(1);
        }
    }

    private static String hash(Path dir) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
