package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-round presidential election, Poland 2025, from a page in the encyclopedia's layout
 * (src/test/resources/ingest/wikipedia-poland-2025.html: "Polling firm/Link", a first-round table and a second-round
 * table of Trzaskowski v Nawrocki, whose polls run past the first round's day). Before, the page was refused (no
 * pollster column), then its second-round polls were (dated after the election), and a forecast dated between the
 * rounds was refused as "after election day".
 */
class TwoRoundTest {
    @TempDir
    Path tmp;

    private Path data;

    private static final String DEFINITION = """
            id: poland-2025
            name: Polish presidential election 2025
            date: 2025-05-18
            office: President
            parties:
              - {id: ko, name: Civic Coalition}
              - {id: pis, name: Law and Justice}
              - {id: konf, name: Confederation}
              - {id: kkp, name: Confederation of the Polish Crown}
              - {id: pl2050, name: Poland 2050}
              - {id: razem, name: Together}
              - {id: nl, name: New Left}
              - {id: wr, name: Free Republicans}
              - {id: bs, name: Nonpartisan Local Government Activists}
              - {id: ind-stanowski, name: Independent - Krzysztof Stanowski, independent: true}
              - {id: ind-senyszyn, name: Independent - Joanna Senyszyn, independent: true}
              - {id: ind-bartoszewicz, name: Independent - Artur Bartoszewicz, independent: true}
              - {id: ind-maciak, name: Independent - Maciej Maciak, independent: true}
            contests:
              president:
                system: two-round
                secondRound: 2025-06-01
                candidates:
                  - {id: trzaskowski, name: Rafał Trzaskowski, party: ko}
                  - {id: nawrocki, name: Karol Nawrocki, party: pis}
                  - {id: mentzen, name: Sławomir Mentzen, party: konf}
                  - {id: braun, name: Grzegorz Braun, party: kkp}
                  - {id: holownia, name: Szymon Hołownia, party: pl2050}
                  - {id: zandberg, name: Adrian Zandberg, party: razem}
                  - {id: biejat, name: Magdalena Biejat, party: nl}
                  - {id: stanowski, name: Krzysztof Stanowski, party: ind-stanowski}
                  - {id: senyszyn, name: Joanna Senyszyn, party: ind-senyszyn}
                  - {id: jakubiak, name: Marek Jakubiak, party: wr}
                  - {id: bartoszewicz, name: Artur Bartoszewicz, party: ind-bartoszewicz}
                  - {id: maciak, name: Maciej Maciak, party: ind-maciak}
                  - {id: woch, name: Marek Woch, party: bs}
            """;

    /**
     * The National Electoral Commission's (PKW) count: round 1 of 18 May 2025 from 100% of precincts as Do Rzeczy
     * listed it (https://dorzeczy.pl/opinie/728829/), round 2 of 1 June as Polskie Radio reported it
     * (https://polskieradio24.pl/artykul/3531870).
     */
    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2025,1,Rafał Trzaskowski,Civic Coalition,6147743,PKW2025R1
            2025,1,Karol Nawrocki,Law and Justice,5790762,PKW2025R1
            2025,1,Sławomir Mentzen,Confederation,2902287,PKW2025R1
            2025,1,Grzegorz Braun,Confederation of the Polish Crown,1242892,PKW2025R1
            2025,1,Szymon Hołownia,Poland 2050,978893,PKW2025R1
            2025,1,Adrian Zandberg,Together,952821,PKW2025R1
            2025,1,Magdalena Biejat,New Left,829345,PKW2025R1
            2025,1,Krzysztof Stanowski,Independent,243467,PKW2025R1
            2025,1,Joanna Senyszyn,Independent,214195,PKW2025R1
            2025,1,Marek Jakubiak,Free Republicans,150696,PKW2025R1
            2025,1,Artur Bartoszewicz,Independent,95636,PKW2025R1
            2025,1,Maciej Maciak,Independent,36371,PKW2025R1
            2025,1,Marek Woch,Nonpartisan Local Government Activists,18338,PKW2025R1
            2025,2,Karol Nawrocki,Law and Justice,10606877,PKW2025R2
            2025,2,Rafał Trzaskowski,Civic Coalition,10237286,PKW2025R2
            """;

    /** {@link #RESULTS} without the first-round rows of the candidates whose first names match {@code firstNames}. */
    private static String resultsWithout(String firstNames) {
        return RESULTS.lines()
                .filter(l -> !l.matches("2025,1,(" + firstNames + ").*"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private static final Path PAGE = Path.of("src/test/resources/ingest/wikipedia-poland-2025.html");
    private static final Path PAIRINGS = Path.of("src/test/resources/ingest/wikipedia-poland-2025-pairings.html");

    @BeforeEach
    void dataWithPoland() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/poland-2025.yaml"), DEFINITION);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /**
     * A counted table of one candidate's second-round votes (an exit poll of Zandberg's voters, say): the rows it
     * lacks are the prior's, whose voters come back as the prior's do. Before (the review of model 2026.12-47), each
     * lacking row was read as the table's, its voters going nowhere, and Trzaskowski v Nawrocki's range came out
     * narrower than with the prior alone, though the prior's is narrowed by the pair's survey.
     */
    @Test
    void aCountedTableOfOneCandidatesVotersLeavesTheOthersToThePrior() throws IOException {
        CliRun in = run("ingest", PAIRINGS.toString(), "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        Path table = tmp.resolve("zandberg.csv");
        Files.writeString(table, """
                year,first_pref_candidate,second_pref_candidate,votes,source
                2025,Adrian Zandberg,Rafał Trzaskowski,600,exit poll
                2025,Adrian Zandberg,Karol Nawrocki,200,exit poll
                """);
        CliRun prior = run("forecast", "poland-2025", "--as-of", "2025-04-18", "--sims", "2000");
        CliRun counted = run(
                "forecast", "poland-2025", "--as-of", "2025-04-18", "--sims", "2000", "--transfers", table.toString());
        assertThat(counted.status()).as(counted.err()).isZero();
        assertThat(counted.out()).contains("(those the counted table has no row for; its own rows say who came back)");
        // the prior's run is narrowed for the pair its survey asked; a counted table is not tilted by surveys, so its
        // range is the wider with every lacking row's voters back (30.2 points against 26.4, 2,000 simulations)
        assertThat(width(counted.out())).as(counted.out()).isGreaterThan(width(prior.out()) + 1.5);
        // the note names the rows that are the prior's
        assertThat(counted.out()).contains("its rows for Adrian Zandberg alone, the party-bloc prior's for the other");
        // a row of counted abstentions alone is the count's: Zandberg's voters all stay at home (review)
        Path home = tmp.resolve("home.csv");
        Files.writeString(home, """
                year,first_pref_candidate,second_pref_candidate,votes,source
                2025,Adrian Zandberg,none,800,exit poll
                2025,Szymon Hołownia,Rafał Trzaskowski,500,exit poll
                """);
        CliRun stayed = run(
                "forecast", "poland-2025", "--as-of", "2025-04-18", "--sims", "1000", "--transfers", home.toString());
        assertThat(stayed.status()).as(stayed.err()).isZero();
        assertThat(stayed.out()).contains("its rows for Szymon Hołownia, Adrian Zandberg alone");
    }

    /** The width of Trzaskowski v Nawrocki's 90% range of the second round, points. */
    private static double width(String out) {
        Matcher m = Pattern.compile("trzaskowski v nawrocki: [^\\n]*?\\(90% ([\\d.]+)–([\\d.]+)\\)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
    }

    @Test
    void theSecondRoundsPollsAreStoredUpToItsDay() {
        CliRun in = run("ingest", PAGE.toString(), "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        // Three first-round polls; five of the pair, four of them dated between the rounds.
        assertThat(in.out()).contains("first preferences 3, run-off 5");
        CliRun polls = run("polls", "poland-2025", "--format", "csv");
        assertThat(polls.out()).contains("2025-05-29").contains("2025-05-22");
    }

    /**
     * Pollster's survey of 31 March–1 April 2025 asked two second rounds, Trzaskowski v Nawrocki (57–43) and
     * Trzaskowski v Mentzen (55–45) (src/test/resources/ingest/wikipedia-poland-2025-pairings.html): both are stored,
     * and before the first round each tilts its own pair's second-round votes. Before, the second pairing was refused
     * as the first with other figures, and the forecast knew Trzaskowski v Mentzen from the prior alone.
     */
    @Test
    void aSurveysTwoPairingsEachInformTheirOwnPair() {
        CliRun in = run("ingest", PAIRINGS.toString(), "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("first preferences 1, run-off 3");
        CliRun r = run("forecast", "poland-2025", "--as-of", "2025-04-18", "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("run-off polls: surveys asking both rounds of 2 pairs")
                .contains("Rafał Trzaskowski v Karol Nawrocki, 1 survey")
                .contains("Rafał Trzaskowski v Sławomir Mentzen, 1 survey")
                .as("Polish parties are in none of the prior's blocs: the note says what the prior then does")
                .contains("no two of these candidates share a bloc, so each one's voters divide among the others in"
                        + " proportion to their first preferences")
                .as("a second round's voters lean together, narrower for the pairs surveys asked")
                .contains("standard deviation 1.00")
                .contains("narrower for the pairs run-off surveys asked (")
                .as("a second round's voter chooses between the two, whatever their second preference")
                .contains("they come back as the finalists' own do (the transfer prior's secondRoundReturn, 1.00)");
    }

    @Test
    void aFirstRoundPollDatedBetweenTheRoundsIsRefusedSayingWhereItBelongs() throws IOException {
        Path csv = tmp.resolve("late.csv");
        Files.writeString(csv, """
                pollster,fieldwork_end,scope,Trzaskowski,Nawrocki,Mentzen
                Opinia24,2025-05-25,first_pref,31,30,15
                """);
        CliRun in = run("ingest", csv.toString(), "--election", "poland-2025", "--new-pollsters");
        assertThat(in.status()).isEqualTo(2);
        assertThat(in.err())
                .contains("late.csv:2")
                .contains("2025-05-25 is after the election (poland-2025, 2025-05-18), its first round; a poll of the"
                        + " second round (2025-06-01) is a run-off poll");
    }

    @Test
    void betweenTheRoundsTheSecondRoundIsForecastFromThePairsOwnPolls() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "20000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("(two-round: the second round) as of 2025-05-30, 2 days before")
                .as("the round's vote is headed as one, not as a first preference")
                .containsPattern("\\|\\s*second_round\\s*\\|")
                .doesNotContain("first_pref")
                .contains("the first round (2025-05-18) is counted, Rafał Trzaskowski 31.4% and Karol Nawrocki 29.5%")
                .contains("from the 4 polls of the two dated after it, their undecided left out (1 asked before the"
                        + " first round, when every candidate stood, is left out)")
                .doesNotContain("mentzen")
                .as("nobody else stands in a second round: no 'Others' row")
                .doesNotContain("Others");
        // The four polls of the pair after the first round split 49.4 to 50.5 for Trzaskowski (their undecided left
        // out); United Surveys' 56.2 of 13-15 May, before it, is not among them. The forecast's mean share sits
        // between the lowest and the highest, whatever the house effects and weights (each poll's own error is wider).
        Matcher m = Pattern.compile(
                        "trzaskowski\\s*\\|[^\\n]*\\|\\s*([0-9.]+)\\s*\\|\\s*[0-9.]+\\s*\\|\\s*[0-9.]+\\s*\\|\\n")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isBetween(49.3, 50.6);
    }

    /**
     * The backtest scores the second round as it does the first: forecast as of days before the second round's day,
     * from the pair's polls, and set beside its count (Nawrocki 50.9%) and the same two baselines. Before, it scored the
     * first round alone, and a model's run-off record went unmeasured. A horizon before the first round's count is
     * skipped, saying why.
     */
    @Test
    void theBacktestScoresTheSecondRoundFromThePairsPolls() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun b = run("backtest", "poland-2025", "--days-before", "2,7", "--sims", "2000", "--format", "csv");
        assertThat(b.status()).as(b.err()).isZero();
        List<String> second = b.out()
                .lines()
                .filter(l -> l.startsWith("poland-2025 (second round),2,"))
                .toList();
        // A week out the last poll of the pair was Ipsos's 47 to 47: a tie gives each half, not the first listed all.
        assertThat(b.out()).containsPattern("poland-2025 \\(second round\\),7,last-poll,1,[^\\n]*,0\\.5000*,0\\.69");
        assertThat(second)
                .hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("poland-2025 (second round),2,model,4,"))
                .anySatisfy(l -> assertThat(l).startsWith("poland-2025 (second round),2,last-week,"))
                .anySatisfy(l -> assertThat(l).startsWith("poland-2025 (second round),2,last-poll,1,"));
        // The winner's interval is scored, once: the loser's is its mirror, and both counted each second round twice.
        String model =
                second.stream().filter(l -> l.contains(",model,")).findFirst().orElseThrow();
        assertThat(model.split(",", -1)[10]).endsWith("/1");
        assertThat(b.out()).contains("poland-2025,2,model,");
        CliRun early = run("backtest", "poland-2025", "--days-before", "20", "--sims", "2000", "--format", "json");
        assertThat(early.out())
                .contains("poland-2025 (second round), 20 days out: 2025-05-12 is not after the first round"
                        + " (2025-05-18), whose count names the pair");
    }

    /**
     * The pollsters' record counts the second round: each firm's last poll of the pair after the first round, in the
     * final 14 days, against the second round's count (Nawrocki 50.9%), in rows of its own. Only the first round was
     * scored, and a firm's run-off polls, the ones a pair's voters read, had no record.
     */
    @Test
    void pollsterAccuracyScoresTheSecondRoundsFinalPolls() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("pollster-accuracy", "poland-2025", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> second = r.out()
                .lines()
                .filter(l -> l.startsWith("poland-2025 (second round),"))
                .toList();
        assertThat(second)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("nawrocki").doesNotContain("mentzen"));
        assertThat(r.out()).contains("\npoland-2025,");
    }

    /**
     * A second round's count that gives no votes to one of the pair (Trzaskowski's row lost from the file) is not scored,
     * and both commands say why: the backtest and pollster-accuracy stopped with an internal error (review).
     */
    @Test
    void aSecondRoundCountMissingOneOfThePairIsSaidNotScored() throws IOException {
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"),
                RESULTS.lines()
                        .filter(l -> !l.startsWith("2025,2,Rafał"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun b = run("backtest", "poland-2025", "--days-before", "2", "--sims", "2000", "--format", "json");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out())
                .contains("poland-2025 (second round): the second round's count in data/results gives no votes to"
                        + " Rafał Trzaskowski");
        CliRun a = run("pollster-accuracy", "poland-2025");
        assertThat(a.status()).as(a.err()).isZero();
        assertThat(a.out()).contains("poland-2025 (second round) (the second round's count in data/results gives no");
    }

    @Test
    void theReportBetweenTheRoundsIsTheSecondRounds() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        Path out = tmp.resolve("report");
        CliRun r = run("report", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        // Set beside the second round's count, not the first's (whose rows name eleven candidates the race of two has
        // not: the report stopped with an error on them).
        assertThat(Files.readString(out.resolve("data/result.csv")))
                .contains("first_preferences,nawrocki,Karol Nawrocki,")
                .contains(",50.89,");
        // The race over time is the second round's from the first round on; the polls drawn are the pair's.
        List<String> race = Files.readAllLines(out.resolve("data/race.csv"));
        assertThat(race.subList(1, race.size()))
                .allSatisfy(line -> assertThat(line.substring(0, 10)).isGreaterThan("2025-05-18"))
                .noneMatch(line -> line.contains("mentzen"));
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("from the 4 polls of the two dated after it")
                .doesNotContain("Research Partner")
                .as("a second round's shares are votes, not first preferences")
                .contains("Vote: Karol Nawrocki")
                .doesNotContain("1st prefs")
                .as("between the rounds the second round is certain: no chance of one is given")
                .doesNotContain("The chance of a second round");
        // Each date counts the second round's polls by then, not the first round's.
        assertThat(race.get(race.size() - 1)).startsWith("2025-05-30,4,");
    }

    /**
     * Between the rounds the page's "How this works" said the votes are counted by "first past the post: most votes
     * wins", the second round's race of two being simulated as one (a blind trial on Romania 2025's run-off): a reader
     * took the election for a single round. It names the second round instead.
     */
    @Test
    void theReportBetweenTheRoundsSaysItCountsTheSecondRoundNotFirstPastThePost() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        Path out = tmp.resolve("report-rules");
        CliRun r = run("report", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html")))
                .doesNotContain("first past the post")
                .contains("the second round of two rounds: the two who led the first round meet again, and the one with"
                        + " more votes wins");
    }

    /**
     * Before the first round the page's summary says how likely a second round is, beside each candidate's chance of
     * being elected: with Trzaskowski and Nawrocki near 30% each, no one passes half, so a second round is all but
     * certain. Before, only a table column ("Reaches the second round") told it.
     */
    @Test
    void theReportBeforeTheFirstRoundSaysTheChanceOfASecondRound() throws IOException {
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        Path out = tmp.resolve("report-before");
        CliRun r = run("report", "poland-2025", "--as-of", "2025-05-16", "--sims", "2000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String page = Files.readString(out.resolve("index.html"));
        Matcher m = Pattern.compile(
                        "The chance of a second round on 2025-06-01 \\(no one elected outright: over half of the first-round"
                                + " votes\\) is ([^(]+) \\(([^)]*)%\\)\\.")
                .matcher(page);
        assertThat(m.find()).as(page).isTrue();
        // 2,000 simulations: an outright win in under 1 in 100 of them, in words one of the three top bands
        assertThat(m.group(1)).isIn("almost certain", "199 in 200", "99 in 100");
        assertThat(m.group(2)).as("the chance in figures").isNotEmpty().doesNotStartWith("0");
    }

    @Test
    void theSecondRoundNeedsTheFirstsResultAndEndsOnItsDay() {
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun noResult = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "1000");
        assertThat(noResult.status()).isEqualTo(2);
        assertThat(noResult.err())
                .contains("2025-05-30 is after poland-2025's first round (2025-05-18), whose complete result is not in"
                        + " data/results")
                .contains("poland_mayor_results.csv");
        CliRun after = run("forecast", "poland-2025", "--as-of", "2025-06-02", "--sims", "1000");
        assertThat(after.status()).isEqualTo(2);
        assertThat(after.err()).contains("2025-06-02 is after poland-2025's second round (2025-06-01)");
    }

    @Test
    void aTwoRoundContestNeedsItsSecondRoundsDayAndNoOtherSystemTakesOne() throws IOException {
        for (List<String> bad : List.of(
                List.of("two-round", "", "needs the day of its second round"),
                List.of("two-round", "    secondRound: 2025-05-18\n", "2025-05-18 is not after the first round"),
                List.of("supplementary-vote", "    secondRound: 2025-06-01\n", "is for 'two-round' contests"))) {
            String yaml = DEFINITION.replace(
                    "    system: two-round\n    secondRound: 2025-06-01\n",
                    "    system: " + bad.get(0) + "\n" + bad.get(1));
            Files.writeString(data.resolve("elections/poland-2025.yaml"), yaml);
            CliRun r = run("elections");
            assertThat(r.status()).as(bad.toString()).isEqualTo(2);
            assertThat(r.err())
                    .contains("poland-2025.yaml")
                    .contains("secondRound")
                    .contains(bad.get(2));
        }
    }

    /**
     * The count of two rounds takes the second as published: its votes were cast afresh, more of them than the first
     * round's eliminated candidates had. Counted as the Supplementary Vote, round 2 less round 1 was read as second
     * preferences and refused as more than the eliminated candidates' votes.
     */
    @Test
    void theCountTakesTheSecondRoundAsPublished() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        CliRun r = run("count", "poland-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Round 2: the top two, voting again on a day of its own")
                .contains("10606877")
                .contains("winner: nawrocki")
                .doesNotContain("exhausted");
    }

    /** A results file's "Others" line, outpolling the runner-up, is no finalist (it stopped with an internal error). */
    @Test
    void anOthersLineInTheFirstRoundIsNoFinalist() throws IOException {
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"),
                RESULTS.replace(
                        "2025,1,Rafał Trzaskowski", "2025,1,Others,,6000000,PKW2025R1\n2025,1,Rafał Trzaskowski"));
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Rafał Trzaskowski")
                .contains("Karol Nawrocki")
                .doesNotContain("internal error");
    }

    /**
     * A source that gives the leading candidates and the rest as one "Others" line (an infobox: Chicago 2019 named nine
     * of its fourteen) settles the second round's pair when the line holds fewer votes than the runner-up: no one
     * counted in it can have reached the second round. It was refused as "no complete result", so between the rounds
     * nothing could be forecast. An Others line as large as the runner-up leaves the pair untold, and is refused.
     */
    @Test
    void anOthersLineSmallerThanTheRunnerUpSettlesThePair() throws IOException {
        String named = resultsWithout("Krzysztof|Joanna|Marek|Artur|Maciej");
        // The six left out: 243467 + 214195 + 150696 + 95636 + 36371 + 18338 votes.
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Others,,758703,PKW2025R1\n");
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("the first round (2025-05-18) is counted, Rafał Trzaskowski 31.4% and Karol Nawrocki 29.5%")
                .doesNotContain("mentzen");

        // As large as the runner-up, the Others line leaves the pair to the second round's count, which names it.
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Others,,5790762,PKW2025R1\n");
        CliRun byCount = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000");
        assertThat(byCount.status()).as(byCount.err()).isZero();
        assertThat(byCount.out()).contains("Rafał Trzaskowski").contains("Karol Nawrocki");

        // With no second-round count, nothing tells the pair.
        String noCount = (named + "2025,1,Others,,5790762,PKW2025R1\n")
                .lines()
                .filter(l -> !l.startsWith("2025,2,"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), noCount);
        CliRun untold = run("forecast", "poland-2025", "--as-of", "2025-05-30", "--sims", "2000");
        assertThat(untold.status()).isEqualTo(2);
        assertThat(untold.err()).contains("an 'Others' line holding fewer votes than the runner-up");
    }

    /**
     * The same first round of named candidates and an Others line, its candidates listed in the definition, is a count
     * of every vote: `count` counts it (the Others line a row of its own) and `backtest` scores it, the candidates named
     * one by one. Both refused it: "first preferences missing for mentzen, ..." and "incomplete result". An Others line
     * as large as the runner-up cannot say who reached the second round, and the count says so.
     */
    @Test
    void aFirstRoundWithAnOthersLineIsCountedAndScored() throws IOException {
        String named = resultsWithout("Krzysztof|Joanna|Marek|Artur|Maciej");
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Others,,758703,PKW2025R1\n");
        CliRun count = run("count", "poland-2025");
        assertThat(count.status()).as(count.err()).isZero();
        assertThat(count.out())
                .contains("Others (6 candidates and any the definition does not list)")
                .contains("758703")
                .contains("winner: nawrocki")
                .contains("counted only inside the Others line");
        // One candidate inside the line: "1 candidate", not "1 candidates" (New York 2025's count printed so).
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"),
                resultsWithout("Maciej") + "2025,1,Others,,36371,PKW2025R1\n");
        CliRun one = run("count", "poland-2025");
        assertThat(one.status()).as(one.err()).isZero();
        // The definition does not say its candidates are the whole ballot, so the line may hold others too (San
        // Francisco 2024's Others line: Safaí and eight candidates its definition did not list).
        assertThat(one.out())
                .contains("Others (1 candidate and any the definition does not list)")
                .doesNotContain("1 candidates");
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Others,,758703,PKW2025R1\n");
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun backtest = run("backtest", "poland-2025", "--days-before", "7", "--sims", "2000", "--format", "csv");
        assertThat(backtest.status()).as(backtest.err()).isZero();
        assertThat(backtest.out()).contains("poland-2025,7,model,");
        assertThat(backtest.err()).doesNotContain("incomplete result");

        // As large as the runner-up, the line is counted when the second round's count names the first round's two
        // leaders (Ecuador 2023's six others, 26.6%, over Noboa's 23.5%); refused without that count.
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Others,,5790762,PKW2025R1\n");
        CliRun byCount = run("count", "poland-2025");
        assertThat(byCount.status()).as(byCount.err()).isZero();
        assertThat(byCount.out() + byCount.err())
                .contains("out of the count by round 2")
                .contains("winner: nawrocki");
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"),
                (named + "2025,1,Others,,5790762,PKW2025R1\n")
                        .lines()
                        .filter(l -> !l.startsWith("2025,2,"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        CliRun untold = run("count", "poland-2025");
        assertThat(untold.out() + untold.err())
                .contains("not counted: the Others line (5,790,762 votes)")
                .contains("one of them may have reached the second round");
    }

    /**
     * A first-round row lost from a file with an Others line is a missing count, not a candidate inside Others: his
     * second-round row says he had one. Read as lumped, the forecast between the rounds took Trzaskowski v Mentzen for
     * the pair and `count` stopped with "internal error: no candidate nawrocki" (review). A write-ins line holds no one on
     * the ballot, so it lumps nobody either.
     */
    @Test
    void aFinalistsLostFirstRoundRowIsMissingNotInsideOthers() throws IOException {
        String lost = resultsWithout("Karol|Krzysztof|Joanna|Marek|Artur|Maciej");
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), lost + "2025,1,Others,,758703,PKW2025R1\n");
        CliRun count = run("count", "poland-2025");
        assertThat(count.out() + count.err()).doesNotContain("internal error").contains("nawrocki");
        CliRun between = run("forecast", "poland-2025", "--as-of", "2025-05-20", "--sims", "2000");
        assertThat(between.status()).isNotZero();
        assertThat(between.err())
                .contains("whose complete result is not in data/results")
                .doesNotContain("internal error");
        String named = resultsWithout("Krzysztof|Joanna|Marek|Artur|Maciej");
        Files.writeString(
                data.resolve("results/poland_mayor_results.csv"), named + "2025,1,Write-ins,,758703,PKW2025R1\n");
        assertThat(run("count", "poland-2025").out()).doesNotContain("counted only inside the Others line");
    }

    /** A file with no election column: a poll of the pair dated between the rounds is the election's (it was none's). */
    @Test
    void aPollBetweenTheRoundsFindsItsElectionByDate() throws IOException {
        Path csv = tmp.resolve("between.csv");
        Files.writeString(
                csv,
                "pollster,fieldwork_end,scope,Rafał Trzaskowski,Karol Nawrocki\n" + "IBRiS,2025-05-24,runoff,49,51\n");
        CliRun r = run("ingest", csv.toString(), "--new-pollsters");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 added, 0 already stored (poland-2025 president, run-off)");
    }

    /**
     * Between the rounds, house effects against the result are against the second round's count: set beside the
     * first round's, every firm read some 20 points over on both finalists.
     */
    @Test
    void houseEffectsBetweenTheRoundsAreAgainstTheSecondRoundsCount() throws IOException {
        Files.writeString(data.resolve("results/poland_mayor_results.csv"), RESULTS);
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("house-effects", "poland-2025", "--as-of", "2025-05-30", "--reference", "result");
        assertThat(r.status()).as(r.err()).isZero();
        Matcher m = Pattern.compile("([+-][0-9]+\\.[0-9]) \\(").matcher(r.out());
        int effects = 0;
        while (m.find()) {
            assertThat(Math.abs(Double.parseDouble(m.group(1)))).as(r.out()).isLessThan(8);
            effects++;
        }
        assertThat(effects).as(r.out()).isPositive();
    }
}
