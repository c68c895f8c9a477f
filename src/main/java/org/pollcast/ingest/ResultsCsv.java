package org.pollcast.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;

/** How the files of {@code data/results/} and {@code data/transfers/} are read: by their header, cells trimmed. */
final class ResultsCsv {
    static final CSVFormat HEADED = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private ResultsCsv() {}

    /**
     * {@code rows}, each refused unless it has as many cells as the header: a row cut short (a file truncated in
     * copying) has no cell for a later column, and reading one by name failed inside pollcast; a row with more (an
     * unquoted {@code 1,234}) would be read by name with every cell after the comma in the wrong column.
     */
    static Iterable<CSVRecord> whole(Iterable<CSVRecord> rows, Object file) {
        return () -> {
            Iterator<CSVRecord> it = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return it.hasNext();
                    } catch (UncheckedIOException e) {
                        // A quote opened and never closed (a stray " in a cell) runs to the end of the file.
                        throw new BadInputException(file + ": not readable as CSV: "
                                + (e.getCause() == null
                                        ? e.getMessage()
                                        : e.getCause().getMessage()));
                    }
                }

                @Override
                public CSVRecord next() {
                    hasNext();
                    CSVRecord r = it.next();
                    if (!r.isConsistent()) {
                        int header = r.getParser().getHeaderNames().size();
                        throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": the row has "
                                + r.size() + (r.size() == 1 ? " cell" : " cells") + " but the header names " + header
                                + (r.size() < header
                                        ? " (cut short: was the file copied whole?)"
                                        : " (a number written with a thousands separator must be quoted: \"1,234\")"));
                    }
                    return r;
                }
            };
        };
    }
}
