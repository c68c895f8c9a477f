package org.pollcast.store;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader, a crash or a full disk sees either the old file whole or the new one
 * whole: the bytes go to a temporary file beside it, are forced to disk, and the temporary file is renamed
 * over the old one (a rename within one folder is atomic on POSIX file systems). On any failure the
 * temporary file is removed and the old file is untouched.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Something that writes the file's content as text. */
    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    /** Replaces {@code file} with {@code bytes}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        replace(file, out -> out.write(bytes));
    }

    /** Replaces {@code file} with the UTF-8 text that {@code body} writes. */
    public static void writeText(Path file, TextBody body) throws IOException {
        replace(file, out -> {
            // The body may close its writer (a CSV printer does); the file must stay open until it is forced.
            Writer w = new FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            body.writeTo(w);
            w.flush();
        });
    }

    /**
     * Checks, before any work whose result would be lost, that {@code file} could be written: its folder
     * exists and takes a new file, and an existing file is a writable regular file. Leaves nothing behind.
     */
    public static void checkWritable(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a folder");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new IOException(file + " is not writable");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path probe = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        Files.delete(probe);
    }

    /**
     * Whether {@code file} may be replaced by a command whose own output begins in a way that {@code ours} accepts
     * (it is given the file's first 4 KiB): the file does not exist, is empty, or begins that way. pollcast replaces only what it wrote, and a file has
     * no manifest to say so: {@code export --out data/aliases.yaml} replaced the alias table with a CSV, and {@code
     * forecast --out notes.txt} a user's notes. What a command writes begins in its own way (a CSV header, a heading
     * line), which another file's first line does not.
     */
    public static boolean replaceable(Path file, java.util.function.Predicate<String> ours) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (Files.size(file) == 0) {
            return true;
        }
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return ours.test(new String(head, StandardCharsets.UTF_8));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void replace(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch =
                            FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (Files.exists(target)) {
                // Keep the old file's permissions; a temporary file is private to its owner.
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            } else {
                try {
                    Files.setPosixFilePermissions(
                            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
