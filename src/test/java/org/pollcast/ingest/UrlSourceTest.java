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

    @Test
    void httpErrorsAndTimeoutsAreClearErrors() {
        assertThatThrownBy(() -> ingester().ingest(url("/missing"), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class).hasMessage(url("/missing") + ": HTTP status 404");
        assertThatThrownBy(() -> ingester().ingest(url("/slow"), null, IngestSettings.withDefaults().withTimeout(Duration.ofSeconds(1))))
                .isInstanceOf(BadInputException.class).hasMessage(url("/slow") + ": no answer within 1 s");
    }
}
