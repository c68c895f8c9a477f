package org.pollcast.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.Printable;

/**
 * A CSV source as a header, then its rows one at a time, each with the line it starts on (quoted fields may
 * span lines). Comma, semicolon, tab or pipe separated, whichever the header uses most. The rows are read as they are
 * asked for, once, so a table of any length takes the memory of one row.
 */
final class CsvTable implements AutoCloseable, Iterable<CsvTable.Row> {

    record Row(int line, List<String> values) {
        String get(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }
    }

    /** Where commons-csv says a record went wrong: "(startline 2) EOF reached before ...". */
    // Commons CSV writes its numbers with thousands separators ("(startline 1,051)"), as %,d does.
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line ([\\d,]+)\\)\\s*(.*)");

    private final String source;
    private final List<String> header;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LineCounter lines;
    /** The number of the file's last line when no line break ends it, else 0. */
    private final long unendedLine;

    private boolean iterated;
    /** Columns whose header is a vocabulary word but which hold an option's figures ("Ref": Reform UK). */
    private Set<Integer> optionColumns = Set.of();

    private CsvTable(String source, CSVParser parser, LineCounter lines, long unendedLine) {
        this.source = source;
        this.unendedLine = unendedLine;
        this.parser = parser;
        this.lines = lines;
        this.records = parser.iterator();
        CSVRecord first = next();
        if (first == null) {
            throw new BadInputException(source + ":1: empty file: expected a header row");
        }
        this.header = values(first);
    }

    /** Opens {@code doc} and reads its header; the caller closes the table. */
    static CsvTable open(SourceDocument doc) {
        String firstLine = doc.head().lines().findFirst().orElse("");
        char delimiter = ',';
        if (count(firstLine, ';') > count(firstLine, ',')) {
            delimiter = ';';
        }
        if (count(firstLine, '\t') > Math.max(count(firstLine, ','), count(firstLine, ';'))) {
            delimiter = '\t';
        }
        // Pipe-separated values, cells padded to line up: Europe Elects' and EOPAOD's poll files (.psv), the tables
        // of European polls most aggregators publish ("Polling firm | Commissioners | Fieldwork Start | ..."). Read
        // as a CSV of one column, every such file was refused as naming no pollster.
        if (count(firstLine, '|')
                > Math.max(count(firstLine, '\t'), Math.max(count(firstLine, ','), count(firstLine, ';')))) {
            delimiter = '|';
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        LineCounter lines = new LineCounter(doc.reader());
        try {
            CSVParser parser = CSVParser.parse(lines, format);
            try {
                return new CsvTable(doc.name(), parser, lines, doc.unendedLastLine());
            } catch (RuntimeException e) {
                parser.close();
                throw e;
            }
        } catch (IOException e) {
            closeQuietly(lines);
            throw unreadable(doc.name(), e);
        } catch (RuntimeException e) {
            closeQuietly(lines);
            throw e;
        }
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    /** The rows after the header, blank ones skipped; a table is read once. */
    @Override
    public Iterator<Row> iterator() {
        if (iterated) {
            throw new IllegalStateException("a CSV table is read once");
        }
        iterated = true;
        return new Iterator<>() {
            private Row next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = advance();
                return row;
            }
        };
    }

    private Row advance() {
        for (CSVRecord r; (r = next()) != null; ) {
            List<String> values = values(r);
            if (!values.stream().allMatch(String::isBlank)) {
                int line = lines.lineAt(r.getCharacterPosition());
                refuseCellsPastHeader(line, values);
                refuseCutOffLastRow(line, values);
                return new Row(line, values);
            }
        }
        return null;
    }

    /**
     * A row with figures past the header's last column is refused. The usual cause is a thousands separator in an
     * unquoted number, {@code Barnet and Camden,Labour,75,180}: read by position, Labour had 75 votes, the row's
     * last cell was dropped, and a declaration fixed the wrong winner with no word said. Empty trailing cells (a
     * spreadsheet's {@code ,,}) are harmless and pass.
     */
    private void refuseCellsPastHeader(int line, List<String> values) {
        if (values.size() <= header.size()
                || values.subList(header.size(), values.size()).stream().allMatch(String::isBlank)) {
            return;
        }
        int last = header.size() - 1;
        List<String> extra = values.subList(header.size(), values.size()).stream()
                .filter(v -> !v.isBlank())
                .limit(5)
                .map(v -> "'" + Printable.of(Printable.oneLine(v)) + "'")
                .toList();
        throw new BadInputException(source + ":" + line + ": field '"
                + Printable.of(Printable.oneLine(header.get(last)))
                + "': the row has " + values.size() + " cells but the header names " + header.size()
                + " columns; the cells after the last column (" + String.join(", ", extra) + ") would be lost."
                + " A comma inside an unquoted number or name (75,180) splits it in two: quote the cell (\"75,180\")"
                + " or leave out the separator");
    }

    /**
     * A last row with no line break after it and fewer cells than the header is refused as possibly cut off: a
     * file caught while a script or an editor was still writing it ({@code ...,1050,30,2} for {@code 30,20,10,15,22})
     * read as a poll with fewer options, Conservatives at 2, and was stored. A complete file may end without a line
     * break; a row cut at a cell boundary cannot be told from a whole one, so only the short row is refused.
     */
    private void refuseCutOffLastRow(int line, List<String> values) {
        if (unendedLine > 0 && line == unendedLine && values.size() < header.size()) {
            throw new BadInputException(source + ":" + line + ": field '"
                    + Printable.of(Printable.oneLine(header.get(values.size())))
                    + "': the last line has no line break and stops after " + values.size() + " of the header's "
                    + header.size() + " columns, so the file may be half-written (still being written, or cut"
                    + " off): wait for it to be complete, or end a finished file with a line break");
        }
    }

    private CSVRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * The parser's complaint as a message a user can act on: its line, and what to look at, rather than the
     * exception class names it is wrapped in.
     */
    static BadInputException unreadable(Object source, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String why = String.valueOf(cause.getMessage());
        Matcher m = PARSER_LINE.matcher(why);
        if (m.find()) {
            return new BadInputException(source + ":" + m.group(1).replace(",", "") + ": not readable as CSV: "
                    + m.group(2) + "; look for a quoted field that is not closed, or a quote inside an unquoted field");
        }
        // A quote inside a quoted cell, not doubled ('"the "official" count"', the Saskatchewan trial's source cell):
        // the parser's words, its position counted in characters of the file, said nothing of what to write.
        Matcher inside = QUOTE_INSIDE.matcher(why);
        if (inside.find()) {
            return new BadInputException(
                    source + ":" + inside.group(1).replace(",", "") + ": not readable as CSV: a quoted cell goes"
                            + " on after its closing quote: a quote inside"
                            + " a quoted cell is written twice, \"the \"\"official\"\" count\"");
        }
        return new BadInputException(source + ": not readable as CSV: " + why);
    }

    /** Commons CSV's words for a quoted cell that goes on after its closing quote, with the line and position. */
    private static final Pattern QUOTE_INSIDE =
            Pattern.compile("(?i)invalid character between encapsulated token and delimiter at line: ([\\d,]+)");

    private static List<String> values(CSVRecord record) {
        return record.toList().stream().map(SpreadsheetSafe::text).toList();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Only read from: nothing is lost when closing fails.
        }
    }

    /**
     * Reads {@code columns} as option columns whatever their headers name in the vocabulary: a "Ref" column that
     * holds shares is Reform UK's, not the poll's source (see {@link CsvPollReader#readWide}).
     */
    void readAsOptions(Set<Integer> columns) {
        optionColumns = Set.copyOf(columns);
    }

    /** The canonical field column {@code i} holds, or empty for an option column. */
    Optional<String> field(int i) {
        return optionColumns.contains(i) ? Optional.empty() : Columns.field(header.get(i));
    }

    /** The index of the first header whose canonical field is {@code field}, or -1. */
    int column(String field) {
        for (int i = 0; i < header.size(); i++) {
            if (field(i).map(field::equals).orElse(false)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void closeQuietly(Reader r) {
        try {
            r.close();
        } catch (IOException e) {
            // nothing read yet
        }
    }

    /**
     * Counts the characters the parser reads and remembers where the newlines it has read but not yet passed
     * are, so a record's character position gives its line without holding the text: only the newlines in the
     * parser's read-ahead are kept.
     */
    private static final class LineCounter extends FilterReader {
        private long position;
        private long[] newlines = new long[1024];
        private int head;
        private int size;
        private int linesPassed;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                saw((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) {
                saw(buf[off + i]);
            }
            return n;
        }

        private void saw(char c) {
            if (c == '\n') {
                if (size == newlines.length) {
                    long[] grown = new long[newlines.length * 2];
                    for (int i = 0; i < size; i++) {
                        grown[i] = newlines[(head + i) % newlines.length];
                    }
                    newlines = grown;
                    head = 0;
                }
                newlines[(head + size) % newlines.length] = position;
                size++;
            }
            position++;
        }

        /** The 1-based line of character {@code at}; positions must be asked for in increasing order. */
        int lineAt(long at) {
            while (size > 0 && newlines[head] < at) {
                head = (head + 1) % newlines.length;
                size--;
                linesPassed++;
            }
            return linesPassed + 1;
        }
    }
}
