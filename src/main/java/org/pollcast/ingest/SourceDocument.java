package org.pollcast.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.pollcast.BadInputException;

/**
 * The bytes of one poll source (a file or a URL), their SHA-256 for provenance, and the text. Text is UTF-8
 * (a byte-order mark is dropped); files that are not valid UTF-8 are read as Windows-1252, which is what
 * spreadsheet programs write.
 */
public record SourceDocument(String name, byte[] bytes, String sha256, String text) {

    public static SourceDocument read(String fileOrUrl, Duration timeout) {
        byte[] bytes = isUrl(fileOrUrl) ? fetch(fileOrUrl, timeout) : readFile(Path.of(fileOrUrl));
        return of(fileOrUrl, bytes);
    }

    public static SourceDocument of(String name, byte[] bytes) {
        return new SourceDocument(name, bytes, sha256(bytes), decode(bytes));
    }

    static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static byte[] readFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a poll file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] fetch(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("User-Agent", "pollcast (poll ingester)").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new BadInputException(url + ": HTTP status " + response.statusCode());
                }
                return in.readAllBytes();
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(url + ": not a valid URL: " + e.getMessage());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new BadInputException(url + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new BadInputException(url + ": cannot fetch: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(url + ": interrupted");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }
}
