package org.pollcast.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pollcast.BadInputException;

/**
 * One bounded HTTP download. The timeout covers the whole exchange, body included (HttpClient's own
 * request timeout stops at the headers, so a body that never ends once held the nightly lock forever), and
 * the body is refused once it passes the size cap, without reading the rest.
 */
final class Download {
    private Download() {}

    static byte[] fetch(String url, Duration timeout, long maxBytes) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("User-Agent", "pollcast (poll ingester)")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(url + ": not a valid URL (" + e.getMessage() + ")");
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> capped(url, info, maxBytes));
        try {
            HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 != 2) {
                throw new BadInputException(url + ": HTTP status " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BadInputException(
                    url + ": the download did not finish within " + timeout.toSeconds() + " s (raise --timeout)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException bad) {
                throw bad;
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new BadInputException(
                        url + ": the download did not finish within " + timeout.toSeconds() + " s (raise --timeout)");
            }
            if (cause instanceof java.net.ConnectException) {
                throw new BadInputException(url + ": cannot connect (is the address right, and the server up?)");
            }
            String why = cause == null
                    ? "unknown error"
                    : cause.getMessage() != null
                            ? cause.getMessage()
                            : cause.getClass().getSimpleName();
            throw new BadInputException(url + ": cannot fetch: " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new BadInputException(url + ": interrupted");
        }
    }

    /** A body subscriber that keeps at most {@code maxBytes} and fails past them; non-2xx bodies are dropped. */
    private static HttpResponse.BodySubscriber<byte[]> capped(
            String url, HttpResponse.ResponseInfo info, long maxBytes) {
        if (info.statusCode() / 100 != 2) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return failing(new BadInputException(url + ": the page is " + declared + " bytes, over the download cap of "
                    + maxBytes + " bytes (raise --max-download)"));
        }
        return new HttpResponse.BodySubscriber<>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            private final CompletableFuture<byte[]> result = new CompletableFuture<>();
            private Flow.Subscription subscription;

            @Override
            public CompletionStage<byte[]> getBody() {
                return result;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                if (result.isDone()) {
                    return;
                }
                for (ByteBuffer b : buffers) {
                    if (bytes.size() + (long) b.remaining() > maxBytes) {
                        subscription.cancel();
                        result.completeExceptionally(
                                new BadInputException(url + ": the page is over the download cap of " + maxBytes
                                        + " bytes (raise --max-download)"));
                        return;
                    }
                    byte[] chunk = new byte[b.remaining()];
                    b.get(chunk);
                    bytes.write(chunk, 0, chunk.length);
                }
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.complete(bytes.toByteArray());
            }
        };
    }

    private static HttpResponse.BodySubscriber<byte[]> failing(BadInputException e) {
        return new HttpResponse.BodySubscriber<>() {
            @Override
            public CompletionStage<byte[]> getBody() {
                return CompletableFuture.failedFuture(e);
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {}

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {}
        };
    }
}
