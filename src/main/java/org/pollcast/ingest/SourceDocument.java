package org.pollcast.ingest;

import java.io.IOException;
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

    public static SourceDocument read(String fileOrUrl, Duration timeout, long maxBytes) {
        byte[] bytes = isUrl(fileOrUrl) ? Download.fetch(fileOrUrl, timeout, maxBytes) : readFile(Path.of(fileOrUrl));
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String decode(byte[] bytes) {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }
}
