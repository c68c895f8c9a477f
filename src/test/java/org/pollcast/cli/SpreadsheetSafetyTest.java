package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * CSV outputs never hand a spreadsheet a formula: text cells that start with = + - @ are quoted with an
 * apostrophe, numbers stay numbers, and ingesting an export gives back the same polls.
 */
class SpreadsheetSafetyTest {
    @TempDir
    Path tmp;

    private static final String HEADER =
            "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,paddick,other,notes\n";

    @Test
    void formulasInTextAreNeutralisedAndTheExportRoundTrips() throws Exception {
        Path file = tmp.resolve("evil.csv");
        Files.writeString(
                file,
                HEADER
                        + "london-2008,mayor,first_pref,YouGov,=HYPERLINK(\"http://x\"),2008-04-08,2008-04-10,1000,45,40,10,5,@SUM(A1:A9)\n"
                        + "london-2008,mayor,first_pref,YouGov,+cmd|' /C calc'!A0,2008-04-12,2008-04-14,1000,44,41,10,5,-2+3\n",
                StandardCharsets.UTF_8);
        Path db = tmp.resolve("a.db");
        CliRun in = CliRun.in(db, "ingest", file.toString());
        assertThat(in.status()).as(in.err()).isZero();

        Path export = tmp.resolve("export.csv");
        assertThat(CliRun.in(db, "export", "london-2008", "--out", export.toString())
                        .status())
                .isZero();
        String csv = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("'=HYPERLINK")
                .contains("'@SUM(A1:A9)")
                .contains("'+cmd")
                .contains("'-2+3");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",@SUM").doesNotContain(",+cmd");

        CliRun polls = CliRun.in(db, "polls", "london-2008", "--format", "csv");
        assertThat(polls.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        // the export goes back in as the same polls
        Path db2 = tmp.resolve("b.db");
        CliRun back = CliRun.in(db2, "ingest", export.toString());
        assertThat(back.status()).as(back.err()).isZero();
        assertThat(polls(db2)).isEqualTo(polls(db));
    }

    @Test
    void negativeNumbersStayNumbers() {
        CliRun r = CliRun.in(
                tmp.resolve("c.db"), "house-effects", "london-2008", "--as-of", "2008-04-30", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern(",-\\d+\\.\\d+,").doesNotContain("'-");
    }

    private static List<String> polls(Path db) {
        try (PollStore store = PollStore.open(db)) {
            return store.polls(PollQuery.of("london-2008")).stream()
                    .map(StoredPoll::poll)
                    .map(p -> p.client() + "|" + p.notes() + "|" + p.shares() + "|" + p.fieldworkEnd())
                    .sorted()
                    .toList();
        }
    }
}
