package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Ingesting from a URL, against a server on the loopback address that serves the saved page. */
class UrlSourceTest {
    @TempDir
    Path dir;

    HttpServer server;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void serve() throws IOException {
        byte[] page = Files.readAllBytes(Path.of(fixture("wikipedia-london-2008.html")));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/polls", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(); // never answers until the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/endless", exchange -> {
            // Headers at once, then a body that trickles and never ends: the timeout must cover the body too.
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (release.getCount() > 0) {
                    out.write("<table>".getBytes());
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, or the test is over
            }
        });
        server.createContext("/huge", exchange -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64 && release.getCount() > 0; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stopped reading at the cap
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void ingestsAPageFromAUrlWithItsProvenance() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest(url("/polls"), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.HTML);
            assertThat(r.added()).isEqualTo(18);
            assertThat(store.polls(PollQuery.of("london-2008"))).allSatisfy(sp -> {
                assertThat(sp.provenance().source()).isEqualTo(url("/polls"));
                assertThat(sp.provenance().location()).startsWith("table ");
            });
        }
    }

    /**
     * A saved page named by the address a browser shows for it ({@code file:///...}, spaces as {@code %20}) is that
     * file; it was read as a path named "file:/..." and refused as "no such file".
     */
    @Test
    void aFileAddressIsTheFileItNames() throws IOException {
        Path saved = dir.resolve("2028 London mayoral election.html");
        Files.copy(Path.of(fixture("wikipedia-london-2028.html")), saved);
        try (PollStore store = PollStore.open(dir.resolve("f.db"))) {
            IngestReport r = ingester().ingest(saved.toUri().toString(), store, IngestSettings.withDefaults());
            assertThat(r.added()).isEqualTo(2);
        }
        assertThatThrownBy(() -> ingester().ingest("file://host:x/polls.html", null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("file://host:x/polls.html: not a file address");
    }

    @Test
    void httpErrorsAndTimeoutsAreClearErrors() {
        assertThatThrownBy(() -> ingester().ingest(url("/missing"), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(url("/missing") + ": HTTP status 404");
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                url("/slow"),
                                null,
                                IngestSettings.withDefaults().withTimeout(Duration.ofSeconds(1))))
                .isInstanceOf(BadInputException.class)
                .hasMessage(url("/slow") + ": the download did not finish within 1 s (raise --timeout)");
    }

    @Test
    void aBodyThatNeverEndsTimesOutAsAWhole() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                url("/endless"),
                                null,
                                IngestSettings.withDefaults().withTimeout(Duration.ofSeconds(2))))
                .isInstanceOf(BadInputException.class)
                .hasMessage(url("/endless") + ": the download did not finish within 2 s (raise --timeout)");
        // generous: only that it is bounded, not how fast (the failure before was a hang)
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                url("/huge"),
                                null,
                                IngestSettings.withDefaults().withMaxDownloadBytes(1 << 20)))
                .isInstanceOf(BadInputException.class)
                .hasMessage(url("/huge") + ": the page is over the download cap of 1048576 bytes "
                        + "(raise --max-download)");
    }
}
