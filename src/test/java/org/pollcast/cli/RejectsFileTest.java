package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * {@code ingest --skip-invalid}: the rejects file holds the rejected polls' rows as they were in the input (every
 * column, every row of a long-format poll) with the reason in a last column, so a user corrects them and ingests
 * the file again. The rows are the first 2000 polls of london_mayor_polls.csv: ICM/Guardian M2000-01 gives
 * neither a fieldwork end nor a publication date (its note says "recorded by ICM on March 6").
 */
class RejectsFileTest {
    private static final String HEADER =
            "year,pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,candidate_or_party,"
                    + "share,published,source,notes,poll_id\n";
    private static final String UNDATED = """
            2000,ICM,The Guardian,,,1003,first_pref,Ken Livingstone,68,,GUARDIAN2000-05-05;BBC2000-04-05,first poll after Livingstone declared as independent; the Guardian says the 68% was 'recorded by ICM on March 6' 2000; other candidates' shares not in source,M2000-01
            2000,ICM,The Guardian,,,1003,first_pref,Frank Dobson,13,,GUARDIAN2000-05-05;BBC2000-04-05,first poll after Livingstone declared as independent; the Guardian says the 68% was 'recorded by ICM on March 6' 2000; other candidates' shares not in source,M2000-01
            """;
    private static final String DATED = """
            2000,ICM,Evening Standard,,,1005,first_pref,Ken Livingstone,49,2000-04-13,BBC2000-04-14,,M2000-03
            2000,ICM,Evening Standard,,,1005,first_pref,Steven Norris,16,2000-04-13,BBC2000-04-14,,M2000-03
            """;

    @TempDir
    Path tmp;

    @Test
    void anUndatedPollIsRejectedWithItsOriginalRowsAndGoesInOnceCorrected() throws IOException {
        Path file = tmp.resolve("polls.csv");
        Files.writeString(file, HEADER + UNDATED + DATED);
        Path db = tmp.resolve("s.db");
        Path rejects = tmp.resolve("rejects.csv");

        CliRun r = CliRun.in(db, "ingest", "--skip-invalid", "--rejects", rejects.toString(), file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 added").contains("2 rejected rows written to " + rejects);
        assertThat(polls(db)).extracting(Poll::externalId).containsExactly("M2000-03");

        assertEveryLineHasAReason(rejects);
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(HEADER.strip() + ",reject_reason");
        String reason = "line 2: field 'fieldwork_end': no date: give the fieldwork end or the publication date";
        List<String> input = UNDATED.lines().toList();
        for (int i = 0; i < 2; i++) {
            assertThat(lines.get(i + 1)).startsWith(input.get(i) + ",\"" + reason);
        }

        // The user fills in the date the note gives and ingests the rejects file as it is.
        Files.writeString(
                rejects, text.replace(",1003,", ",2000-03-06,1003,").replace(",,,2000-03-06,", ",,2000-03-06,"));
        CliRun again = CliRun.in(db, "ingest", rejects.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 poll, 1 added");
        Poll fixed = polls(db).stream()
                .filter(p -> p.externalId().equals("M2000-01"))
                .findFirst()
                .orElseThrow();
        assertThat(fixed.fieldworkEnd()).isEqualTo(LocalDate.of(2000, 3, 6));
        assertThat(fixed.shares()).containsEntry("livingstone", 68.0).containsEntry("dobson", 13.0);
    }

    @Test
    void aRowDatedByItsYearDividerKeepsThatYearInTheRejectsFile() throws IOException {
        // A table copied from a page: "9 Oct" takes its year from the divider above it. Written back without that
        // divider, the corrected row would be dated in the election's year, after the election.
        Path file = tmp.resolve("copied.csv");
        Files.writeString(
                file,
                "Date(s) conducted,Pollster,Sample size,Khan,Goldsmith,Others\n"
                        + "2016,,,,,\n"
                        + "2 Mar,YouGov,1000,45,35,20\n"
                        + "2015,,,,,\n"
                        + "9 Oct,YouGov,1000,45,35,forty\n");
        Path db = tmp.resolve("s.db");
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.in(
                db,
                "ingest",
                "--election",
                "london-2016",
                "--skip-invalid",
                "--rejects",
                rejects.toString(),
                file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readString(rejects).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .isEqualTo("2015,,,,,,\"not a poll: a year divider, kept so that the rows below whose dates give no"
                        + " year are dated 2015 when this file is ingested again\"");
        assertThat(lines.get(2)).startsWith("9 Oct,YouGov,1000,45,35,forty,");
        assertEveryLineHasAReason(rejects);

        Files.writeString(rejects, Files.readString(rejects).replace(",forty,", ",20,"));
        CliRun again = CliRun.in(db, "ingest", "--election", "london-2016", rejects.toString());
        assertThat(again.status()).as(again.err()).isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.polls(PollQuery.of("london-2016")))
                    .extracting(p -> p.poll().fieldworkEnd())
                    .contains(LocalDate.of(2015, 10, 9), LocalDate.of(2016, 3, 2));
        }
    }

    @Test
    void aLaterTablesRowsDoNotFallUnderAnEarlierTablesDivider() throws IOException {
        // Table 1 dates its row by a "2015" divider; table 2 has no year of its own and takes the election's (2016).
        // Both rows are rejected into one rejects file: without table 2's own year written above its row, the
        // corrected row would be read under table 1's divider and dated 2 March 2015.
        String head = "<table class=\"wikitable\"><tr><th>Dates conducted</th><th>Pollster</th><th>Sample size</th>"
                + "<th>Khan</th><th>Goldsmith</th><th>Others</th></tr>";
        Path page = tmp.resolve("page.html");
        Files.writeString(
                page,
                "<html><body>" + head + "<tr><td colspan=\"6\">2015</td></tr>"
                        + "<tr><td>9 Oct</td><td>YouGov</td><td>1000</td><td>45</td><td>35</td><td>forty</td></tr></table>"
                        + head
                        + "<tr><td>2 Mar</td><td>YouGov</td><td>1000</td><td>46</td><td>34</td><td>fifty</td></tr></table>"
                        + "</body></html>");
        Path db = tmp.resolve("s.db");
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.in(
                db,
                "ingest",
                "--election",
                "london-2016",
                "--skip-invalid",
                "--rejects",
                rejects.toString(),
                page.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertEveryLineHasAReason(rejects);
        Files.writeString(
                rejects, Files.readString(rejects).replace(",forty,", ",20,").replace(",fifty,", ",20,"));
        CliRun again = CliRun.in(db, "ingest", "--election", "london-2016", rejects.toString());
        assertThat(again.status()).as(again.err()).isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.polls(PollQuery.of("london-2016")))
                    .extracting(p -> p.poll().fieldworkEnd())
                    .containsExactlyInAnyOrder(LocalDate.of(2015, 10, 9), LocalDate.of(2016, 3, 2));
        }
    }

    @Test
    void aStillBrokenRejectsFileGetsItsReasonReplacedNotAdded() throws IOException {
        Path file = tmp.resolve("polls.csv");
        Files.writeString(file, HEADER + UNDATED);
        Path db = tmp.resolve("s.db");
        Path first = tmp.resolve("r1.csv");
        Path second = tmp.resolve("r2.csv");
        // Every row rejected: nothing stored, so not a success (exit 2), but the rejects file is written.
        assertThat(CliRun.in(db, "ingest", "--skip-invalid", "--rejects", first.toString(), file.toString())
                        .status())
                .isEqualTo(2);
        assertThat(CliRun.in(db, "ingest", "--skip-invalid", "--rejects", second.toString(), first.toString())
                        .status())
                .isEqualTo(2);
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertEveryLineHasAReason(second);
    }

    /**
     * A poll of the 2021 Wikipedia page with a mistyped share ("3l%"): its row goes to the rejects file under the
     * page's "2021" divider, and that divider line, no poll, says so in its reason rather than leaving it empty.
     * Corrected, the file goes in with the divider read as a divider.
     */
    @Test
    void aDividerWrittenAboveARejectedTableRowSaysItIsNoPoll() throws IOException {
        Path page = tmp.resolve("london-2021.html");
        String html = Files.readString(Path.of("src/test/resources/ingest/wikipedia-london-2021.html"));
        Files.writeString(page, html.replaceFirst("<td>31%", "<td>3l%"));
        Path db = tmp.resolve("s.db");
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.in(db, "ingest", "--skip-invalid", "--rejects", rejects.toString(), page.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 rejected row written");
        assertEveryLineHasAReason(rejects);
        List<String> lines = Files.readString(rejects).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2021,").contains("not a poll: a year divider");
        assertThat(lines.get(2)).startsWith("YouGov,2–4 May 2021,").contains("'3l%', not a number");

        Files.writeString(rejects, Files.readString(rejects).replace(",3l%,", ",31%,"));
        CliRun again = CliRun.in(db, "ingest", rejects.toString());
        assertThat(again.status()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("1 poll, 1 added");
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.polls(PollQuery.of("london-2021")))
                    .filteredOn(p -> LocalDate.of(2021, 5, 4).equals(p.poll().fieldworkEnd())
                            && p.poll().pollster().equals("YouGov"))
                    .extracting(p -> p.poll().shares().get("bailey"))
                    .contains(31.0);
        }
    }

    @Test
    void formulasInRejectedRowsAreNeutralised() throws IOException {
        Path file = tmp.resolve("polls.csv");
        Files.writeString(file, HEADER + UNDATED.replace("The Guardian", "=HYPERLINK(\"\"http://x\"\")"));
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.in(
                tmp.resolve("s.db"), "ingest", "--skip-invalid", "--rejects", rejects.toString(), file.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2); // nothing stored
        assertThat(Files.readString(rejects)).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void sourcesOfAnotherLayoutGoToASecondFile() throws IOException {
        Path longFile = tmp.resolve("long.csv");
        Files.writeString(longFile, HEADER + UNDATED);
        Path wideFile = tmp.resolve("wide.csv");
        Files.writeString(wideFile, "pollster,client,fieldwork_end,livingstone,norris\nICM,Wide client,,49,16\n");
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.in(
                tmp.resolve("s.db"),
                "ingest",
                "--election",
                "london-2000",
                "--skip-invalid",
                "--rejects",
                rejects.toString(),
                longFile.toString(),
                wideFile.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2); // every row of both files rejected: nothing stored
        Path second = tmp.resolve("rejects-2.csv");
        assertThat(r.out()).contains("3 rejected rows written to " + rejects + ", " + second);
        assertThat(Files.readString(rejects)).startsWith("year,pollster").contains("Frank Dobson");
        assertThat(Files.readString(second))
                .startsWith("pollster,client,fieldwork_end,livingstone,norris,reject_reason\n"
                        + "ICM,Wide client,,49,16,\"line 2: field 'fieldwork_end': no date");
    }

    /** Every line of a rejects file says why it is there: its last cell, reject_reason, is never blank. */
    private static void assertEveryLineHasAReason(Path rejects) throws IOException {
        try (CSVParser p = CSVParser.parse(rejects, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = p.getRecords();
            assertThat(records.get(0).get(records.get(0).size() - 1)).isEqualTo("reject_reason");
            assertThat(records.subList(1, records.size()))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get(r.size() - 1))
                            .as("line %d", r.getRecordNumber())
                            .isNotBlank());
        }
    }

    private static List<Poll> polls(Path db) {
        try (PollStore store = PollStore.open(db)) {
            return store.polls(PollQuery.of("london-2000")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }
}
