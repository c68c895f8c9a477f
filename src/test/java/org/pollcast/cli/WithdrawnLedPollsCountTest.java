package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * The backtest's {@code polls} column counts the polls the forecast's average could use. One led by a candidate who
 * withdrew, or in which they ran second, is left out of the average, and was counted all the same. Business Post/Red C,
 * 4–9 September 2025, before nominations closed: Humphreys 22, Mary Lou McDonald (a proxy for Sinn Féin, who stood no
 * one) 21, Gavin 18, Connolly 17, Casey 6, Steen 5, Delehanty 4,
 * Sheridan 2, undecided 36
 * (https://www.thesun.ie/news/15834211/heather-humphreys-presidential-poll-jim-gavin-sinn-fein/); Sunday
 * Independent/Ireland Thinks, 2–3 October, 1,430: Connolly 32, Humphreys 23, Gavin 15, undecided 31
 * (https://archive.ph/FN9SI). Result: Connolly 914,143, Humphreys 424,987, Gavin 103,568
 * (https://www.rte.ie/news/2025/1025/1540616-election-result-in-numbers).
 */
class WithdrawnLedPollsCountTest {
    @TempDir
    Path tmp;

    @Test
    void aPollLedByAWithdrawnCandidateIsNotCountedAsUsed() throws Exception {
        Path data = tmp.resolve("data");
        IngestFixtures.copyDataWith(data, "ie-2025.yaml");
        Files.writeString(
                data.resolve("results").resolve("ie_mayor_results.csv"),
                "year,round,candidate,party,votes,source\n"
                        + "2025,1,Catherine Connolly,Independent,914143,RTE\n"
                        + "2025,1,Heather Humphreys,Fine Gael,424987,RTE\n"
                        + "2025,1,Jim Gavin,Fianna Fáil,103568,RTE\n",
                StandardCharsets.UTF_8);
        Path polls = tmp.resolve("polls.csv");
        Files.writeString(
                polls,
                "Pollster,Client,Fieldwork start,Fieldwork end,Sample size,Catherine Connolly,Heather Humphreys,"
                        + "Jim Gavin,Mary Lou McDonald,Peter Casey,Maria Steen,Nick Delehanty,Gareth Sheridan,Undecided\n"
                        + "Red C,Business Post,2025-09-04,2025-09-09,1003,17,22,18,21,6,5,4,2,36\n"
                        + "Ireland Thinks,Sunday Independent,2025-10-02,2025-10-03,1430,32,23,15,,,,,,31\n",
                StandardCharsets.UTF_8);
        Path store = tmp.resolve("s.db");
        CliRun ingest = CliRun.in(store, "ingest", polls.toString(), "--data", data.toString(), "--new-pollsters");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        CliRun bt = CliRun.in(
                store,
                "backtest",
                "ie-2025",
                "--days-before",
                "14",
                "--sims",
                "2000",
                "--format",
                "csv",
                "--data",
                data.toString());
        assertThat(bt.status()).as(bt.err()).isZero();
        assertThat(bt.out()).contains("ie-2025,14,model,1,");
    }
}
