package org.pollcast.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.Printable;

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
     * Why a row has more cells than its header: a cell with a comma unquoted. An address is named as such (the Slovak
     * trial's source address with a comma was blamed on a thousands separator); a number split after a figure as a
     * thousands separator, first (a row with both is the number's); anything else as a cell with a comma.
     */
    private static String tooMany(CSVRecord r) {
        for (int i = 1; i < r.size(); i++) {
            if (r.get(i).strip().matches("\\d{3}") && r.get(i - 1).strip().matches("-?\\d{1,3}")) {
                // The split number's first groups: "1,013,721" split as 1 | 013 | 721 is written from its first
                StringBuilder number = new StringBuilder(r.get(i - 1).strip());
                for (int k = i; k < r.size() && r.get(k).strip().matches("\\d{3}"); k++) {
                    number.append(',').append(r.get(k).strip());
                }
                return " (a number written with a thousands separator must be quoted: \"" + number + "\")";
            }
        }
        for (String cell : r) {
            String t = cell.strip();
            if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) {
                return " (a cell holding a comma must be quoted; '" + Printable.oneLine(t)
                        + "' looks like an address cut at one: \"https://...,...\")";
            }
        }
        return " (a cell holding a comma must be quoted: \"Smith, John\")";
    }

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
                        throw CsvTable.unreadable(file, e);
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
                                + (r.size() < header ? " (cut short: was the file copied whole?)" : tooMany(r)));
                    }
                    return r;
                }
            };
        };
    }
}
