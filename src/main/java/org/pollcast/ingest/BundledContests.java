package org.pollcast.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;

/**
 * What each bundled poll file holds, as {@link BundledPolls} asks it: whether it has a poll row, and its polls'
 * {@code contest} column. Every command that reads an election's polls asks this of every bundled file, several
 * times over (once for every election before a forecast, again for the election forecast, once per election a
 * backtest scores), so each file is read once and kept; a workspace holds one. A file is read again when its size
 * or modification time changes, so a notebook session that edits a bundled file sees the edit.
 */
public final class BundledContests {
    /** One read of a file, with the size and time it had then. */
    private record Read(long size, FileTime modified, boolean hasRows, Optional<List<String>> contests) {}

    private final Map<Path, Read> reads = new HashMap<>();

    /** Whether {@code file} has a line after its header. */
    boolean hasRows(Path file) {
        return read(file).hasRows();
    }

    /**
     * Each poll's {@code contest} in {@code file}, as a canonical file writes it (read without validating), or empty
     * when the file has no such column or cannot be read as CSV (loading it says what is wrong).
     */
    Optional<List<String>> contestColumn(Path file) {
        return read(file).contests();
    }

    private synchronized Read read(Path file) {
        long size;
        FileTime modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read bundled polls: " + e.getMessage());
        }
        Read before = reads.get(file);
        if (before != null && before.size() == size && before.modified().equals(modified)) {
            return before;
        }
        boolean hasRows = hasRowsIn(file);
        // a file with no rows is passed over before its contests are asked
        Read now = new Read(size, modified, hasRows, hasRows ? contestColumnOf(file) : Optional.empty());
        reads.put(file, now);
        return now;
    }

    /** Whether {@code file} has a line after its header; reads at most two non-blank lines. */
    private static boolean hasRowsIn(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int lines = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && ++lines == 2) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read bundled polls: " + e.getMessage());
        }
    }

    private static Optional<List<String>> contestColumnOf(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            if (!csv.getHeaderNames().contains("contest")) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (CSVRecord r : csv) {
                if (r.isMapped("contest") && !r.get("contest").isBlank()) {
                    out.add(r.get("contest").trim());
                }
            }
            return Optional.of(List.copyOf(out));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
