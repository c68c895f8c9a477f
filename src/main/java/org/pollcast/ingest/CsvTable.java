package org.pollcast.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;

/**
 * A CSV source as header plus rows, each row with the line it starts on (quoted fields may span lines).
 * Comma, semicolon or tab separated, whichever the header uses most.
 */
record CsvTable(String source, List<String> header, List<Row> rows) {

    record Row(int line, List<String> values) {
        String get(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    static CsvTable parse(SourceDocument doc) {
        String text = doc.text();
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = ',';
        if (count(firstLine, ';') > count(firstLine, ',')) {
            delimiter = ';';
        }
        if (count(firstLine, '\t') > Math.max(count(firstLine, ','), count(firstLine, ';'))) {
            delimiter = '\t';
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int[] lineStarts = lineStarts(text);
            for (CSVRecord record : parser) {
                int line = lineAt(lineStarts, record.getCharacterPosition());
                List<String> values =
                        record.toList().stream().map(SpreadsheetSafe::text).toList();
                if (header == null) {
                    header = values;
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadInputException(doc.name() + ": not readable as CSV: " + e.getMessage());
        }
        if (header == null) {
            throw new BadInputException(doc.name() + ":1: empty file: expected a header row");
        }
        return new CsvTable(doc.name(), List.copyOf(header), List.copyOf(rows));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding character {@code position} (records after blank lines keep their real line). */
    private static int lineAt(int[] lineStarts, long position) {
        int i = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
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

    /** The index of the first header whose canonical field is {@code field}, or -1. */
    int column(String field) {
        for (int i = 0; i < header.size(); i++) {
            if (Columns.field(header.get(i)).map(field::equals).orElse(false)) {
                return i;
            }
        }
        return -1;
    }
}
