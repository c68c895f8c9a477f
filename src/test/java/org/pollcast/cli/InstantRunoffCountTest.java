package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pollcast count} and the backtest's final round of an instant-runoff election: the 2025 New York City
 * Democratic mayoral primary, defined under src/test/resources/ingest/elections, with its published figures. Round 1 is
 * the Board of Elections' election-night count of first choices (every candidate; write-ins, 1,415, left out), as
 * reported at https://criticalreport.substack.com/p/2025-nyc-primary; round 3 is the ranked-choice tabulation of 1
 * July 2025 (Mamdani 545,334, Cuomo 428,530), as reported at
 * https://abc7ny.com/post/new-york-city-primary-election-first-ranked-choice-voting-results-released-mayor-race-council-seats/16903542/.
 * Round 2 (write-ins out) is not given: a count published as its first and final rounds is read as such.
 *
 * <p>Before, {@code count} refused every instant-runoff election with "data/results has no figures to count", its
 * note ("needs full preference data") lost, and the backtest and report scored no final round.
 */
class InstantRunoffCountTest {
    /** The 2025 primary's first round as published (sources above); {@link PartyPrimaryPriorTest} reads it too. */
    static final String ROUND_1 = """
            year,round,candidate,party,votes,source
            2025,1,Zohran Mamdani,Democratic,432305,CR-NYC2025
            2025,1,Andrew Cuomo,Democratic,361840,CR-NYC2025
            2025,1,Brad Lander,Democratic,112349,CR-NYC2025
            2025,1,Adrienne Adams,Democratic,40953,CR-NYC2025
            2025,1,Scott Stringer,Democratic,16387,CR-NYC2025
            2025,1,Zellnor Myrie,Democratic,9870,CR-NYC2025
            2025,1,Whitney Tilson,Democratic,7828,CR-NYC2025
            2025,1,Michael Blake,Democratic,3992,CR-NYC2025
            2025,1,Jessica Ramos,Democratic,3862,CR-NYC2025
            2025,1,Paperboy Love Prince,Democratic,1417,CR-NYC2025
            2025,1,Selma Bartholomew,Democratic,1328,CR-NYC2025
            """;

    private static final String ROUND_3 = """
            2025,3,Zohran Mamdani,Democratic,545334,ABC7-NYC2025
            2025,3,Andrew Cuomo,Democratic,428530,ABC7-NYC2025
            """;

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithNewYork() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "nyc-2021.yaml", "nyc-2025.yaml");
    }

    private void results(String csv) throws IOException {
        Files.writeString(data.resolve("results/nyc_mayor_results.csv"), csv);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    @Test
    void thePublishedRoundsAreReadCheckedAndNameTheWinner() throws IOException {
        results(ROUND_1 + ROUND_3);
        CliRun r = run("count", "nyc-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Round 3: the final two")
                // Each finalist's gain since round 1: 545,334 - 432,305 and 428,530 - 361,840.
                .contains("113029")
                .contains("66690")
                .contains("56.00")
                // Ballots ranking neither finalist: 992,131 first choices (993,546 less the write-ins) less 973,864.
                .contains("exhausted (ranked neither finalist): 18,267")
                .contains("winner: mamdani")
                .contains("round 3 as published: consistent with round 1");
    }

    @Test
    void withoutLaterRoundsTheLeaderWithoutAMajorityIsNotTheWinner() throws IOException {
        results(ROUND_1);
        CliRun r = run("count", "nyc-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: not known")
                .contains("no later rounds in data/results")
                .contains("mamdani leads on first preferences without a majority");
    }

    /**
     * A majority on the first count needs no later round: the note said the count "stops at round 1" for want of rounds
     * in "data/results", as if figures were missing. Ireland's 2025 presidential election: Connolly 914,143 (63.4%),
     * Humphreys 424,987, Gavin 103,568 (https://www.rte.ie/news/2025/1025/1540616-election-result-in-numbers).
     */
    @Test
    void aMajorityOnTheFirstCountNeedsNoLaterRound() throws IOException {
        org.pollcast.ingest.IngestFixtures.copyDataWith(tmp.resolve("ie"), "ie-2025.yaml");
        Files.writeString(tmp.resolve("ie/results/ie_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2025,1,Catherine Connolly,Independent,914143,RTE
                2025,1,Heather Humphreys,Fine Gael,424987,RTE
                2025,1,Jim Gavin,Fianna Fáil,103568,RTE
                """);
        CliRun r = CliRun.in(
                tmp.resolve("ie.db"),
                "count",
                "ie-2025",
                "--data",
                tmp.resolve("ie").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: connolly")
                .contains("elected on the first count")
                .doesNotContain("the count stops at round 1");
    }

    /** Made-up rounds that no count can give: each breach is named, with the file. */
    @Test
    void roundsNoCountCanGiveAreSaidToBeInconsistent() throws IOException {
        results(ROUND_1
                + "2025,2,Zohran Mamdani,Democratic,432000,TEST\n"
                + "2025,2,Andrew Cuomo,Democratic,400000,TEST\n"
                + "2025,2,Adrienne Adams,Democratic,60000,TEST\n");
        CliRun r = run("count", "nyc-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("the published rounds are NOT consistent")
                .contains("mamdani falls from 432,305 in round 1 to 432,000 in round 2")
                .contains("lander is out of round 2 with 112,349 votes, more than a candidate who stays (40,953)")
                .contains("nyc_mayor_results.csv")
                // Three left, none with a majority: the count has not ended.
                .contains("winner: not known")
                .contains("leaves 3 candidates without a majority");
    }

    /** A round no reader knows ("final") would be read by nothing; it is refused, naming the file and line. */
    @Test
    void aRoundLabelNoReaderKnowsIsBadInput() throws IOException {
        results(ROUND_1 + ROUND_3.replace("2025,3,", "2025,final,"));
        CliRun r = run("count", "nyc-2025");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("nyc_mayor_results.csv:13: field 'round': 'final' is not a round pollcast reads")
                .doesNotContain("internal error");
    }

    /**
     * With the rounds in data/results, the backtest scores the forecast's final round against the published one:
     * the encyclopedia table's polls, a day out.
     */
    @Test
    void theBacktestScoresTheFinalRound() throws IOException {
        results(ROUND_1 + ROUND_3);
        CliRun in = run(
                "ingest",
                Path.of("src/test/resources/ingest/wikipedia-nyc-2025.html").toString(),
                "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = run(
                "backtest",
                "nyc-2025",
                "--days-before",
                "1",
                "--sims",
                "2000",
                "--format",
                "csv",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(r.status()).as(r.err()).isZero();
        String model = r.out()
                .lines()
                .filter(l -> l.startsWith("nyc-2025,1,model,"))
                .findFirst()
                .orElseThrow();
        List<String> header = List.of(r.out().lines().findFirst().orElseThrow().split(","));
        String finalError = model.split(",", -1)[header.indexOf("final_error")];
        // Mamdani took 56.0% of the final two; the polls' forecast gave him well under half.
        assertThat(Double.parseDouble(finalError)).isLessThan(-3);
    }
    /**
     * A first round published for the leading candidates and an Others line (an infobox's five and the rest), with the
     * Board's later rounds, from which those inside the Others line are already gone: they were eliminated before the
     * first published later round, so their own counts do not matter to it, and the rounds are read. Before, such a
     * count was refused whole ("an instant-runoff count eliminates candidates one by one"), though every published
     * round was there. New York's 2021 Democratic primary: first round as the encyclopedia's infobox gives it
     * (https://wikizero.net/wiki/en/2021_New_York_City_Democratic_mayoral_primary); the Others line is the 942,031
     * ballots of the Board's certified round 5 less those five; rounds 6 to 8 are the Board's certified rounds
     * (vote.nyc contest 024306, as transcribed in a public repository's chart data: round 5 and each elimination's
     * transfers), round 8 equal to the infobox's final round.
     */
    @Test
    void anOthersLineGoneByTheFirstPublishedLaterRoundIsCounted() throws IOException {
        Files.writeString(data.resolve("elections/nyc-2021.yaml"), RunoffPairsTest.DEFINITION);
        String round1 = """
                year,round,candidate,party,votes,source
                2021,1,Eric Adams,Democratic,289403,WIKI
                2021,1,Maya Wiley,Democratic,201193,WIKI
                2021,1,Kathryn Garcia,Democratic,184463,WIKI
                2021,1,Andrew Yang,Democratic,115130,WIKI
                2021,1,Scott Stringer,Democratic,51778,WIKI
                2021,1,Others,,100064,BOE
                """;
        results(round1
                + "2021,6,Eric Adams,Democratic,317092,BOE\n"
                + "2021,6,Maya Wiley,Democratic,239174,BOE\n"
                + "2021,6,Kathryn Garcia,Democratic,223634,BOE\n"
                + "2021,6,Andrew Yang,Democratic,135686,BOE\n"
                + "2021,7,Eric Adams,Democratic,354657,BOE\n"
                + "2021,7,Kathryn Garcia,Democratic,266932,BOE\n"
                + "2021,7,Maya Wiley,Democratic,254728,BOE\n"
                + "2021,8,Eric Adams,Democratic,404513,BOE\n"
                + "2021,8,Kathryn Garcia,Democratic,397316,BOE\n");
        CliRun r = run("count", "nyc-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Others (8 candidates and any the definition does not list)")
                .contains("Round 8: the final two")
                // Adams gained 115,110 since round 1, Garcia 212,853.
                .contains("115110")
                .contains("212853")
                .contains("winner: adams")
                .contains("rounds 6, 7, 8 as published: consistent with round 1");
        assertThat(r.out()).contains("morales, mcguire, donovan, foldenauer").contains("out of the count by round 6");

        // With no later round published, the count would have to eliminate those inside the Others line itself: still
        // refused.
        results(round1);
        CliRun still = run("count", "nyc-2021");
        assertThat(still.status()).isEqualTo(2);
        assertThat(still.err()).contains("have no count of their own, only an Others line");
    }
    /**
     * The Board's first round with its write-ins (1,415) as an Others line holding no candidate of the definition: the
     * line is printed with the candidates, so that the round's shares add up to 100 and the exhausted ballots
     * (993,546 first choices less the final pair's 973,864) are seen to include the write-ins. Before, the line was
     * counted in every share and left out of the table (its shares summed to 99.86).
     */
    @Test
    void aFirstRoundsWriteInsAreARowOfTheirOwn() throws IOException {
        results(ROUND_1 + "2025,1,Others,,1415,CR-NYC2025\n" + ROUND_3);
        CliRun r = run("count", "nyc-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("Others\\s+\\|\\s+\\|\\s+1415\\s+\\|\\s+0\\.14")
                .contains("43.51")
                .contains("exhausted (ranked neither finalist): 19,682");
    }
}
