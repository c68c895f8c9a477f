package org.pollcast.ingest;

import org.apache.commons.csv.CSVFormat;

/** How the files of {@code data/results/} and {@code data/transfers/} are read: by their header, cells trimmed. */
final class ResultsCsv {
    static final CSVFormat HEADED = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private ResultsCsv() {}
}
