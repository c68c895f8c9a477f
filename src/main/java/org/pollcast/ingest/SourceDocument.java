package org.pollcast.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.pollcast.BadInputException;

/**
 * One poll source (a file or a URL): its name, the SHA-256 of its bytes for provenance, and its text. Text is
 * UTF-8 (a byte-order mark is dropped); files that are not valid UTF-8 are read as Windows-1252, which is what
 * spreadsheet programs write.
 *
 * <p>A file is never held whole: one pass computes the hash and finds the encoding, and each reader then
 * streams it again, so ingesting a 200 MB file needs no more memory than a 2 MB one. A download is already
 * bounded by the download cap and stays in memory.
 */
public final class SourceDocument {
    /** Text that format detection looks at: enough for any header row and the start of a page. */
    private static final int HEAD_CHARS = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String name;
    private final Path file;
    private final byte[] bytes;
    private final String sha256;
    private final Charset charset;
    private final int bomLength;
    private final int lastByte;
    private final long lineBreaks;

    private SourceDocument(String name, Path file, byte[] bytes) {
        this.name = name;
        this.file = file;
        this.bytes = bytes;
        MessageDigest digest = sha256Digest();
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer pending = ByteBuffer.allocate(64 * 1024);
        CharBuffer discard = CharBuffer.allocate(64 * 1024);
        boolean valid = true;
        byte[] start = new byte[4];
        int startLength = 0;
        int last = -1;
        long breaks = 0;
        try (InputStream in = open()) {
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = in.read(chunk)) >= 0; ) {
                digest.update(chunk, 0, n);
                for (int i = 0; i < n; i++) {
                    breaks += chunk[i] == '\n' ? 1 : 0;
                }
                last = n > 0 ? chunk[n - 1] & 0xff : last;
                for (int i = 0; i < n && startLength < 4; i++) {
                    start[startLength++] = chunk[i];
                }
                int off = 0;
                while (valid && off < n) {
                    int take = Math.min(pending.remaining(), n - off);
                    pending.put(chunk, off, take);
                    off += take;
                    pending.flip();
                    valid = decode(utf8, pending, discard, false);
                    pending.compact();
                }
            }
            if (valid) {
                pending.flip();
                valid = decode(utf8, pending, discard, true);
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(name, e);
        }
        if (isUtf16(start, startLength)) {
            // Read as Windows-1252 or as UTF-8 with a NUL between letters, its header matched nothing and the
            // message was "missing required column 'pollster'", which hid the cause.
            throw new BadInputException(name + ": the file is UTF-16 text (a spreadsheet's \"Unicode Text\");"
                    + " pollcast reads UTF-8: save it as \"CSV UTF-8\" (or convert it: iconv -f UTF-16 -t UTF-8)");
        }
        String archive = archiveKind(start, startLength);
        if (archive != null) {
            // Read as text, a workbook's zip bytes matched no header either: "missing required column 'pollster'".
            throw new BadInputException(name + ": the file is " + archive + ", not a CSV file or a page; save the"
                    + " sheet as \"CSV UTF-8\" (docs/poll-formats.md)");
        }
        this.lastByte = last;
        this.lineBreaks = breaks;
        this.sha256 = HexFormat.of().formatHex(digest.digest());
        this.charset = valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
        this.bomLength =
                startLength == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
    }

    /**
     * What binary container the file opens as (a spreadsheet workbook, a compressed file), or null: the signatures of
     * zip (.xlsx, .ods), OLE2 (.xls) and gzip.
     */
    private static String archiveKind(byte[] start, int length) {
        if (length < 4) {
            return null;
        }
        int b0 = start[0] & 0xff, b1 = start[1] & 0xff, b2 = start[2] & 0xff, b3 = start[3] & 0xff;
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            return "a zip archive (an Excel .xlsx or OpenDocument .ods workbook, or a zipped file)";
        }
        if (b0 == 0xD0 && b1 == 0xCF && b2 == 0x11 && b3 == 0xE0) {
            return "an old Excel workbook (.xls)";
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            return "gzip-compressed (decompress it first: gunzip)";
        }
        return null;
    }

    /** A UTF-16 byte-order mark, or ASCII text with a zero byte beside each letter (UTF-16 without a mark). */
    private static boolean isUtf16(byte[] start, int length) {
        if (length >= 2
                && ((start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE
                        || (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF)) {
            return true;
        }
        return length == 4
                && (start[0] != 0 && start[1] == 0 && start[2] != 0 && start[3] == 0
                        || start[0] == 0 && start[1] != 0 && start[2] == 0 && start[3] != 0);
    }

    public static SourceDocument read(String fileOrUrl, Duration timeout, long maxBytes) {
        if (fileOrUrl.isBlank()) {
            // Path.of("") is the working folder, so this once said ": is a folder, not a poll file".
            throw new BadInputException("an empty name was given as a poll file: name a file or an http(s) URL");
        }
        if (isUrl(fileOrUrl)) {
            return of(fileOrUrl, Download.fetch(fileOrUrl, timeout, maxBytes));
        }
        Path file = isFileAddress(fileOrUrl) ? fileAddress(fileOrUrl) : Path.of(fileOrUrl);
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a poll file");
        }
        return new SourceDocument(fileOrUrl, file, null);
    }

    /**
     * The file a {@code file:} address names, as a browser's address bar gives a saved page
     * ({@code file:///home/me/2028%20polls.html}); read as a path, it named no file ("no such file").
     */
    private static Path fileAddress(String address) {
        try {
            return Path.of(new java.net.URI(address));
        } catch (java.net.URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new BadInputException(address + ": not a file address (file:///path/to/file): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    public static SourceDocument of(String name, byte[] bytes) {
        return new SourceDocument(name, null, bytes.clone());
    }

    static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static boolean isFileAddress(String s) {
        return s.regionMatches(true, 0, "file:", 0, 5);
    }

    /** True for a URL or a {@code file:} address: a source named by address, not by a path to resolve. */
    static boolean isAddress(String s) {
        return isUrl(s) || isFileAddress(s);
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    /**
     * The number of the last line when it has no line break after it (a file still being written, or cut off),
     * else 0. An empty document ends no line.
     */
    long unendedLastLine() {
        return lastByte < 0 || lastByte == '\n' || lastByte == '\r' ? 0 : lineBreaks + 1;
    }

    /** The text from its start, decoded; the caller closes it. */
    Reader reader() {
        try {
            InputStream in = open();
            in.skipNBytes(bomLength);
            return new InputStreamReader(in, charset);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Whether the document is a PDF (it opens with the PDF header). */
    boolean isPdf() {
        try (InputStream in = open()) {
            byte[] head = in.readNBytes(5);
            return new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The raw bytes from the start, for a reader of a binary format; the caller closes it. */
    InputStream bytes() {
        try {
            return open();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The first {@value #HEAD_CHARS} characters, for telling the format. */
    String head() {
        return text(HEAD_CHARS, false);
    }

    /** At most the first {@code maxChars} characters, cut there: for telling a format that needs more than the head. */
    String prefix(int maxChars) {
        return text(maxChars, false);
    }

    /**
     * The whole text, for readers that need the whole document (an HTML page); a document longer than
     * {@code maxChars} is refused, naming the limit.
     */
    String text(int maxChars) {
        return text(maxChars, true);
    }

    private String text(int maxChars, boolean whole) {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[8192];
        try (Reader r = reader()) {
            for (int n; (n = r.read(buf)) >= 0; ) {
                if (out.length() + n > maxChars) {
                    if (whole) {
                        throw new BadInputException(name + ": longer than " + (maxChars >> 20)
                                + " million characters, the limit for a page of poll tables; save only the part with the "
                                + "poll tables");
                    }
                    out.append(buf, 0, maxChars - out.length());
                    break;
                }
                out.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return out.toString();
    }

    /**
     * Why a file cannot be read, in words: the file system's exceptions carry only the path as their message
     * ("cannot read: polls.csv" said nothing).
     */
    private static BadInputException unreadable(String name, Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return new BadInputException(name + ": no such file");
        }
        if (t instanceof AccessDeniedException) {
            return new BadInputException(name + ": cannot read: permission denied");
        }
        String why = t.getMessage() == null || t instanceof FileSystemException
                ? t.getClass()
                                .getSimpleName()
                                .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                                .toLowerCase(Locale.ROOT)
                        + (t instanceof FileSystemException f && f.getReason() != null
                                ? " (" + f.getReason() + ")"
                                : "")
                : t.getMessage();
        return new BadInputException(name + ": cannot read: " + why);
    }

    private InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    /** Decodes what {@code in} holds into {@code discard}; false on bytes that are not UTF-8. */
    private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer discard, boolean end) {
        while (true) {
            discard.clear();
            CoderResult r = decoder.decode(in, discard, end);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                if (end) {
                    discard.clear();
                    return !decoder.flush(discard).isError();
                }
                return true;
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
