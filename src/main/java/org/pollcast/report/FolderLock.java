package org.pollcast.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write one report folder, held from the recovery of killed runs' leftovers to the swap: an exclusive
 * lock on {@code .<folder>.lock} beside it. Two runs into one folder at once (two nightly configurations with the
 * same {@code out:}, or a nightly and an editor's {@code report --out}) each inspected the folder, wrote their report
 * and swapped it in; the second swap met the first's new folder and failed with the file system's "Directory not
 * empty", and one run's recovery could put back or remove the other's folder mid-swap. The lock makes the second run
 * stop at once with a message that says why, before it changes anything.
 *
 * <p>The lock file stays (empty) when the run ends: deleting it would let a third run lock a new file while a second
 * still holds the old one. The operating system releases the lock when a run dies, so a killed run never leaves the
 * folder locked.
 */
final class FolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the report folder {@code target}: {@code .<name>.lock}, beside it. */
    static Path file(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target} (named {@code out} in messages), or fails at once with {@link
     * FolderBusyException} when another run, in this process or another, holds it.
     */
    static FolderLock take(Path out, Path target) throws IOException {
        Path file = file(target);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this same process (a notebook, a test)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new FolderBusyException(out + ": another pollcast run is writing a report into this folder now (it"
                    + " holds " + file + "); this run wrote nothing and left the folder as it was. Give each nightly"
                    + " configuration (out:) and each report (--out) a folder of its own, or run this one again when"
                    + " the other has finished.");
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
