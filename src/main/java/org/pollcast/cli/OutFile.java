package org.pollcast.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pollcast.BadInputException;
import org.pollcast.store.AtomicFile;

/**
 * An option that names one file to write ({@code forecast --out}, {@code export --out}, {@code live --draws}), checked
 * before the work whose result it would hold. A folder given there (as {@code report --out} takes one) was found only
 * at the end, after every simulation, in the rename's words: {@code cannot write: /tmp/.night.8225418354044910054.tmp
 * -> /tmp/night: Is a directory}.
 */
final class OutFile {
    private OutFile() {}

    /**
     * Refuses {@code file} when it is a folder, suggesting {@code example} inside it.
     *
     * @param option  the option that named it ({@code --out})
     * @param example a file name that fits the command's output ({@code forecast.json})
     */
    static void requireNotFolder(Path file, String option, String example) {
        if (file != null && Files.isDirectory(file)) {
            throw new BadInputException(file + ": cannot write: it is a folder; " + option + " takes a file name ("
                    + file.resolve(example) + ", say)");
        }
    }

    /**
     * Refuses {@code file} when it exists and is not this command's output ({@code ours} rejects how it begins):
     * pollcast replaces only what it wrote. Checked before the work, as a folder is.
     *
     * @param kind what the command writes, for the message ("a forecast", "an export")
     */
    static void requireOurs(Path file, String option, String kind, java.util.function.Predicate<String> ours) {
        if (file == null) {
            return;
        }
        boolean replaceable;
        try {
            replaceable = AtomicFile.replaceable(file, ours);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read it to see whether pollcast wrote it: " + e.getMessage());
        }
        if (!replaceable) {
            throw new BadInputException(file + ": not replaced, because it is not " + kind
                    + " that pollcast wrote (it does not begin as one does); pollcast replaces only a file it wrote. Give "
                    + option + " another file name, or move that file away.");
        }
    }
}
