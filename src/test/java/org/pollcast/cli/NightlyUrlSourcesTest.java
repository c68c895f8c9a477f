package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly's URL sources against a server on the loopback address that the test starts: one that never answers and
 * one whose page is over the cap. The run fails before anything is forecast, says which source and which of its
 * configuration's fields to raise (ingest's message said "raise --timeout", an option nightly does not have), and
 * {@code maxDownloadMb} lets a newsroom follow a larger page, as {@code ingest --max-download} does.
 */
class NightlyUrlSourcesTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/slow", exchange -> {
            try {
                release.await(); // answers only when the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            exchange.sendResponseHeaders(200, 0); // chunked: refused while reading, not from a header
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 24 && release.getCount() > 0; i++) { // 1.5 MB
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stopped reading at the cap
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private CliRun nightly(String extra, String source) throws IOException {
        Path cfg = tmp.resolve("nightly.yaml");
        Files.writeString(
                cfg,
                "election: london-2024\nsources: [" + source + "]\ndb: store.db\nout: report\nsims: 2000\n" + extra);
        return CliRun.in(tmp.resolve("store.db"), "nightly", "--config", cfg.toString());
    }

    @Test
    void aSourceThatNeverAnswersNamesTheConfigurationsTimeout() throws IOException {
        CliRun r = nightly("timeoutSeconds: 1\n", base + "/slow");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains(base + "/slow: the download did not finish within 1 s")
                .contains("raise timeoutSeconds in the nightly configuration")
                .doesNotContain("--timeout")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("report")).doesNotExist();
    }

    @Test
    void aPageOverTheCapNamesTheConfigurationsLimitWhichRaisesIt() throws IOException {
        CliRun capped = nightly("maxDownloadMb: 1\n", base + "/big");
        assertThat(capped.status()).isEqualTo(1);
        assertThat(capped.err())
                .contains(base + "/big: the page is over the download cap of 1048576 bytes")
                .contains("raise maxDownloadMb in the nightly configuration")
                .doesNotContain("--max-download");
        // Raised, the page is read: it is no poll table, so the run still fails, but on what the page holds.
        CliRun raised = nightly("maxDownloadMb: 2\n", base + "/big");
        assertThat(raised.status()).isEqualTo(1);
        assertThat(raised.err()).doesNotContain("download cap").contains(base + "/big");
        CliRun bad = nightly("maxDownloadMb: 0\n", base + "/big");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("nightly.yaml:6: field 'maxDownloadMb': 0 is not a size from 1 to 4096 MB");
    }
}
