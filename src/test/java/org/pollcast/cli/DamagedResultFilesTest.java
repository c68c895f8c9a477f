package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A results file damaged on its way into {@code data/results/} (cut off mid-row, a stray quote, an unquoted
 * thousands separator) is refused naming the file and the line. Found by mutating the bundled files: a row cut short
 * failed inside pollcast ("Index for header 'complete' is 7 but CSVRecord only has 4 values"), and so did an
 * unclosed quote (an UncheckedIOException from the CSV parser).
 */
class DamagedResultFilesTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void copy() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
    }

    private CliRun forecast() {
        return CliRun.in(tmp.resolve("x.db"), "forecast", "london-2024", "--data", data.toString(), "--sims", "500");
    }

    /** Replaces line {@code n} (1-based) of a results file with {@code line}. */
    private Path damage(String file, int n, String line) throws IOException {
        Path p = data.resolve("results").resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        lines.set(n - 1, line);
        Files.write(p, lines);
        return p;
    }

    @Test
    void aRowCutShortIsRefusedNamingItsLine() throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("results/london_assembly_constituency_results.csv"));
        int last = lines.size();
        // The last row, cut back to its first cells, as a file copied while still being written ends.
        String row = lines.get(last - 1);
        Path p = damage(
                "london_assembly_constituency_results.csv",
                last,
                row.substring(0, row.indexOf(',', row.indexOf(',') + 1)));
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .contains(p + ":" + last + ": the row has 2 cells but the header names")
                .contains("cut short")
                .doesNotContain("internal error");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheFile() throws IOException {
        Path p = data.resolve("results/london_assembly_constituency_vote_totals.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        lines.set(5, "\"" + lines.get(5));
        Files.write(p, lines);
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        // the line the quote opens on, as a poll CSV's message gives it
        assertThat(r.err())
                .contains(p + ":6: not readable as CSV")
                .contains("a quoted field that is not closed")
                .doesNotContain("internal error");
    }

    /**
     * A quote inside a quoted cell, not doubled (the Saskatchewan trial's source cell): the message says where and
     * how to write it, where it gave Commons CSV's words and a position counted from the file's start alone.
     */
    @Test
    void aQuoteInsideAQuotedCellSaysToDoubleIt() throws IOException {
        Path p = data.resolve("results/london_mayor_results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        int row = khan2021(lines);
        lines.set(row, lines.get(row).substring(0, lines.get(row).lastIndexOf(',')) + ",\"the \"official\" count\"");
        Files.write(p, lines);
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .contains(p + ":" + (row + 1) + ": not readable as CSV: a quoted cell goes on after its closing quote")
                .contains("a quote inside a quoted cell is written twice")
                .doesNotContain("encapsulated token");
    }

    @Test
    void anUnquotedThousandsSeparatorIsRefusedNotReadIntoTheNextColumn() throws IOException {
        Path p = data.resolve("results/london_mayor_results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        int row = khan2021(lines);
        assertThat(row).isPositive();
        lines.set(row, "2021,1,Sadiq Khan,Labour,1,013,721,GLRO2021");
        Files.write(p, lines);
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .contains(p + ":" + (row + 1) + ": the row has 8 cells but the header names 6")
                .contains("a number written with a thousands separator must be quoted: \"1,013,721\"");
    }

    /**
     * A source address with a comma, unquoted (the Slovak trial's results file): the message named a thousands
     * separator, and the user looked for one among the counts.
     */
    @Test
    void anUnquotedAddressWithACommaIsNamed() throws IOException {
        Path p = data.resolve("results/london_mayor_results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        int row = khan2021(lines);
        lines.set(row, "2021,1,Sadiq Khan,Labour,1013721,https://example.org/results?a=1,b=2");
        Files.write(p, lines);
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .contains(p + ":" + (row + 1) + ": the row has 7 cells but the header names 6")
                .contains("looks like an address cut at one");
    }

    /** The line of Sadiq Khan's 2021 first round in the Mayor's results file's {@code lines}. */
    private static int khan2021(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("2021,1,Sadiq Khan,")) {
                return i;
            }
        }
        throw new AssertionError("no 2021 first-round row for Sadiq Khan");
    }
}
