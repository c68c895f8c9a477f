package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Ingest reads a file as a stream and stores its polls as they come, in one transaction: what holding the
 * whole file gave for free (line numbers, a poll repeated far apart, the encoding) must still hold, and a
 * file that fails at its end leaves nothing behind.
 */
class StreamingIngestTest {
    private static final String HEADER =
            "pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,johnson,livingstone,paddick,other,notes";

    @TempDir
    Path dir;

    PollStore store;

    @BeforeEach
    void open() {
        store = PollStore.open(dir.resolve("store.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static IngestSettings london2008() {
        return IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2008"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** {@code n} distinct good polls, lines 2 to n + 1. */
    private static String polls(int n) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < n; i++) {
            s.append("ICM,Client ").append(i).append(",2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,\n");
        }
        return s.toString();
    }

    @Test
    void aPollRepeatedWithOtherFiguresFarFromTheFirstRejectsTheFileAndStoresNothing() throws IOException {
        // 12,000 polls span more than one batch sent to the store; the last one repeats the first's key.
        String text = polls(12_000) + "ICM,Client 0,2008-04-20,2008-04-22,1000,first_pref,45,39,10,6,\n";
        Path file = write("polls.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ingester().ingest(file.toString(), store, london2008()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":12002: the same poll (ICM/Client 0 2008-04-22 mayor first_pref) as at 2 "
                        + "but with other figures");
        assertThat(store.count("london-2008")).isZero();
    }

    @Test
    void aPollRepeatedWithTheSameFiguresIsCountedOnce() throws IOException {
        String text = polls(6_000) + "ICM,Client 7,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,\n";
        Path file = write("polls.csv", text.getBytes(StandardCharsets.UTF_8));

        IngestReport report = ingester().ingest(file.toString(), store, london2008());

        assertThat(report.valid()).isEqualTo(6_000);
        assertThat(report.added()).isEqualTo(6_000);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(store.count("london-2008")).isEqualTo(6_000);
    }

    @Test
    void aDryRunFindsARepeatedPollAndStoresNothing() throws IOException {
        String text = polls(3) + "ICM,Client 1,2008-04-20,2008-04-22,1000,first_pref,45,39,10,6,\n";
        Path file = write("polls.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() ->
                        ingester().ingest(file.toString(), store, london2008().withDryRun(true)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(":5: the same poll (ICM/Client 1 2008-04-22 mayor first_pref) as at 3");
        assertThat(store.count("london-2008")).isZero();
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndBlankLines() throws IOException {
        String text = HEADER + "\n"
                + "ICM,Client A,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,\"a note\nover two lines\"\n"
                + "\n\n"
                + "ICM,Client B,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,\n"
                + "ICM,Client C,2008-04-20,2008-04-22,1000,first_pref,144,40,10,6,\n";
        Path file = write("polls.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ingester().ingest(file.toString(), store, london2008()))
                .hasMessageStartingWith(file + ":7: field 'johnson': share for 'johnson' is 144");
    }

    @Test
    void aByteOrderMarkIsDroppedAndWindows1252IsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(polls(1).getBytes(StandardCharsets.UTF_8));
        Path utf8 = write("bom.csv", bytes.toByteArray());
        Path cp1252 = write(
                "cp1252.csv",
                (HEADER + "\nICM,Caf\u00e9 Soci\u00e9t\u00e9,2008-04-20,2008-04-22,1000,first_pref,44,40,10,6,\n")
                        .getBytes(Charset.forName("windows-1252")));

        ingester().ingest(utf8.toString(), store, london2008());
        ingester().ingest(cp1252.toString(), store, london2008());

        assertThat(store.polls(PollQuery.of("london-2008")))
                .extracting(StoredPoll::poll)
                .extracting(p -> p.client())
                .containsExactlyInAnyOrder("Client 0", "Caf\u00e9 Soci\u00e9t\u00e9");
    }

    /**
     * A spreadsheet's "Unicode Text" is UTF-16: with its byte-order mark it was read as Windows-1252, without one as
     * UTF-8 with a NUL beside each letter, and either way refused as "missing required column 'pollster'".
     */
    @Test
    void utf16IsRefusedSayingItIsUtf16() throws IOException {
        byte[] le = polls(1).getBytes(StandardCharsets.UTF_16LE);
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        marked.write(le);
        for (Path file : new Path[] {
            write("marked.csv", marked.toByteArray()),
            write("le.csv", le),
            write("be.csv", polls(1).getBytes(StandardCharsets.UTF_16BE))
        }) {
            assertThatThrownBy(() -> ingester().ingest(file.toString(), store, london2008()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(file + ": the file is UTF-16 text")
                    .hasMessageContaining("save it as \"CSV UTF-8\"");
        }
        assertThat(store.count("london-2008")).isZero();
    }

    /**
     * A workbook (.xlsx is a zip archive, .xls an OLE2 file) or a gzipped file given as a poll file was read as text and
     * refused as "missing required column 'pollster'", which hid the cause.
     */
    @Test
    void aWorkbookOrACompressedFileIsRefusedSayingWhatItIs() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write(polls(1).getBytes(StandardCharsets.UTF_8));
        }
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Map<Path, String> said = Map.of(
                write("polls.xlsx", zip.toByteArray()), "a zip archive (an Excel .xlsx",
                write("polls.xls", ole2), "an old Excel workbook (.xls)",
                write("polls.csv.gz", gz.toByteArray()), "gzip-compressed");
        said.forEach((file, what) -> assertThatThrownBy(() -> ingester().ingest(file.toString(), store, london2008()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": the file is " + what)
                .hasMessageContaining("save the sheet as \"CSV UTF-8\""));
        assertThat(store.count("london-2008")).isZero();
    }

    @Test
    void aLongPollWhoseRowsAreApartIsRefusedNamingBothLines() throws IOException {
        String text = "pollster,client,fieldwork_end,scope,candidate_or_party,share,poll_id\n"
                + "ICM,A,2008-04-22,first_pref,Johnson,44,P1\n"
                + "ICM,A,2008-04-22,first_pref,Livingstone,40,P1\n"
                + "ICM,B,2008-04-23,first_pref,Johnson,45,P2\n"
                + "ICM,A,2008-04-22,first_pref,Paddick,10,P1\n";
        Path file = write("long.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ingester().ingest(file.toString(), store, london2008()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":5: this row belongs to the poll that begins at line 2, but rows of other polls "
                        + "come between them; keep each poll's rows together (sort the file by poll)");
        assertThat(store.count("london-2008")).isZero();
    }
}
