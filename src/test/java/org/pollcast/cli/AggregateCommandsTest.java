package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregator's commands end to end on the bundled polls: output, formats, bad options. */
class AggregateCommandsTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    @Test
    void averageAsTableCsvAndJson() throws Exception {
        CliRun table = run("average", "london-2008", "--as-of", "2008-04-30");
        assertThat(table.status()).isZero();
        assertThat(table.out())
                .contains("london-2008 mayor first_pref as of 2008-04-30: 12 polls from 4 pollsters")
                .contains("Boris Johnson")
                .contains("eff_sample")
                .doesNotContain("NaN");
        assertThat(table.err()).containsPattern("Loaded \\d+ bundled polls of .*london-2008");
        CliRun json = run("average", "london-2008", "--format", "json", "--method", "kalman");
        assertThat(json.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("asOf").asText()).isEqualTo("2008-05-01");
        double sum = 0;
        for (JsonNode s : root.get("shares")) {
            sum += s.get("share").asDouble();
            assertThat(s.get("se").isNumber()).isTrue();
        }
        assertThat(sum).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(root.get("trend").get("options").get("johnson").get("mean"))
                .hasSize(root.get("trend").get("days").asInt());
        CliRun csv = run("average", "london-2012", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("option,name,share,se,low90,high90,polls,eff_polls,eff_sample");
    }

    @Test
    void houseEffectsShowYouGovsLeadWithAnInterval() {
        CliRun r = run("house-effects", "london-2008", "--as-of", "2008-04-30", "--format", "csv");
        assertThat(r.status()).isZero();
        // Each row names its election and as-of date, so a CSV kept beside another still says which it is.
        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("election,as_of,pollster,option,reference,estimate,se,low90,high90,polls");
        String yougov = r.out()
                .lines()
                .filter(l -> l.startsWith("london-2008,2008-04-30,YouGov,lead:johnson>livingstone,average,"))
                .findFirst()
                .orElseThrow();
        String[] f = yougov.split(",");
        assertThat(Double.parseDouble(f[5])).isPositive();
        assertThat(Double.parseDouble(f[7])).isPositive(); // low90 above zero
        CliRun table = run("house-effects", "london-2008", "--as-of", "2008-04-30");
        // What "the consensus" is, and that ICM (1 poll) and MRUK (2) are too few to read as a lean.
        assertThat(table.out())
                .contains("lead johnson>livingstone")
                .contains("YouGov")
                .contains("relative to the average pollster, the consensus: each firm's polls are set against all"
                        + " polls of the same weeks, and every firm counts once")
                .contains("note: few polls: ICM 1 poll, MRUK 2 polls.");
        CliRun result = run("house-effects", "london-2008", "--reference", "result");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("relative to the official result");
    }

    /**
     * A house's row is headed by the house (ComRes, the alias table's name for Savanta ComRes and Savanta), so the
     * table says under which names its polls of this election came out: the 2021 poll was Savanta ComRes's, and a
     * pollster reading "ComRes" for it would look for a poll that is not there.
     */
    @Test
    void houseEffectsSayWhichNamesTheHousesPublishedUnder() {
        CliRun r = run("house-effects", "london-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("note: published as: ComRes as Savanta ComRes; Redfield & Wilton as Redfield & Wilton"
                        + " Strategies");
        // The bundled 2008 polls name Britain's Ipsos by its name of the day.
        CliRun same = run("house-effects", "london-2008", "--as-of", "2008-04-30");
        assertThat(same.out())
                .contains("note: published as: Ipsos as Ipsos MORI")
                .doesNotContain("ComRes as");
    }

    @Test
    void theHeadlineCountsOnePollInTheSingular() {
        CliRun r = run("average", "london-2000", "--as-of", "2000-03-10");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("as of 2000-03-10: 1 poll from 1 pollster;");
    }

    @Test
    void pollsterAccuracyScoresFinalPolls() {
        CliRun r = run("pollster-accuracy");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("london-2008")
                .contains("london-2012")
                .contains("Record across london-2008, london-2012, london-2016, london-2021:");
        // 2004's first round is incomplete: no row of it, and a note says why it is not in the record. Its run-off,
        // counted whole (Livingstone v Norris), is scored in rows of its own.
        assertThat(r.out().lines().filter(l -> l.trim().startsWith("london-2004 ") && !l.contains("(final round)")))
                .isEmpty();
        assertThat(r.out().lines().filter(l -> l.trim().startsWith("london-2004 (final round)")))
                .hasSize(2);
        assertThat(r.out())
                .contains("london-2004 (result incomplete: no count for Darren Johnson, Ram Gidoomal")
                .contains("london-2000 (no first-preference poll in the final 14 days; the last, ICM's, is dated"
                        + " 21 days before)")
                // A firm that polled a scored election, but not late enough, is named with how far out it last was:
                // a pollster looking for its firm (Redfield & Wilton, London 2024) found it missing with no word why.
                .contains("note: london-2008: no poll in the final 14 days from ICM (30 days before)");
        CliRun csv = run("pollster-accuracy", "london-2008", "--format", "csv");
        // Three firms' final first-preference polls; the run-off polls of the count's final round are rows of their
        // own.
        assertThat(csv.out().lines().filter(l -> l.startsWith("london-2008,"))).hasSize(3);
    }

    /**
     * ComRes's final 2016 poll is known by its month only ("May 2016"), stored on 4 May by rule: the table printed
     * "2016-05-04" and "1" day before as if published. And TNS's row gave "TNS (TNS-BMRB)" as its pollster in the CSV,
     * a name no spreadsheet can group by.
     */
    @Test
    void pollsterAccuracySaysAFinalPollIsDatedByMonthOnly() {
        CliRun r = run("pollster-accuracy", "london-2016");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith(" london-2016 ") && l.contains("ComRes")))
                .singleElement()
                .asString()
                .contains("2016-05-04 (month only)")
                .doesNotContainPattern("\\|\\s+1\\s+\\|");
        assertThat(r.out()).contains("note: london-2016: ComRes' final poll is dated by month only");
        CliRun csv = run("pollster-accuracy", "london-2016", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0))
                .startsWith("election,pollster,published_as,client,date,date_precision,days_before,errors,");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("london-2016,ComRes,ComRes,ITV News London/LBC," + "2016-05-04,month,,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("london-2016,TNS-BMRB,TNS,,2016-05-03,exact,2,"));
    }

    /**
     * Two polls of one house on its last day, published under two of its names (Ipsos, Ipsos MORI): one house, and the
     * one published later is its final poll, with a note that there was a choice. The first stored (a leading-two
     * headline here) used to win.
     */
    @Test
    void pollsterAccuracyChoosesBetweenTwoPollsOfTheLastDayAndSaysSo() throws Exception {
        Path polls = tmp.resolve("ipsos.csv");
        java.nio.file.Files.writeString(
                polls,
                "pollster,client,fieldwork_start,fieldwork_end,published,sample_size,johnson,livingstone,paddick,berry\n"
                        + "Ipsos MORI,UNISON,2008-04-28,2008-04-29,2008-04-30,1000,39,42,,\n"
                        + "Ipsos,Evening Standard,2008-04-28,2008-04-29,2008-05-01,1000,42,39,11,3\n");
        CliRun in = run("ingest", "data/polls/london-2008.csv", polls.toString(), "--contest", "mayor");
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = run("pollster-accuracy", "london-2008");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("Ipsos") && l.contains("Evening Standard")))
                .singleElement()
                .asString()
                .contains("Ipsos")
                .contains("Evening Standard")
                .contains("paddick +1.2");
        assertThat(r.out())
                .contains("note: london-2008: Ipsos has 2 polls dated 2008-04-29; the one scored was published"
                        + " last");
    }

    /**
     * A final poll that put someone other than the winner first says so: its lead_error is on the result's first two,
     * and YouGov's West of England 2025 poll (Page 27, Godwin 23, Banks 18; Godwin won, Banks second) scored +2.1 on
     * Godwin over Banks, as More in Common's poll with Godwin first did, with no word of the Green it had ahead. In
     * 2008 Ipsos MORI's and MRUK's final polls had Livingstone ahead; the other firms' (Johnson ahead) have no note.
     */
    @Test
    void pollsterAccuracySaysWhenAFinalPollPutAnotherCandidateFirst() {
        CliRun r = run("pollster-accuracy", "london-2008");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("note: london-2008: Ipsos MORI's final poll put livingstone first (41.0), 3.0 ahead of"
                        + " johnson, who came first in the result: its lead_error is on the result's first two (johnson>livingstone), not on"
                        + " the lead it printed")
                .contains("note: london-2008: MRUK's final poll put livingstone first");
        assertThat(r.out().lines().filter(l -> l.startsWith("note: london-2008:") && l.contains("final poll put")))
                .hasSize(2);
    }

    /** A record of one poll is not a record: such firms are listed after those scored at two or more elections. */
    @Test
    void pollsterAccuracyListsFirmsScoredOnceAfterTheRest() throws Exception {
        CliRun r = run("pollster-accuracy");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "note: first preferences: scored at one election only, so one poll's error and not yet a record");
        JsonNode json = new ObjectMapper()
                .readTree(run("pollster-accuracy", "--format", "json").out());
        List<Integer> elections = new java.util.ArrayList<>();
        json.get("pollsters").forEach(p -> elections.add(p.get("elections").asInt()));
        assertThat(elections.get(0)).isGreaterThan(1);
        int firstOnce = elections.indexOf(1);
        assertThat(elections.subList(firstOnce, elections.size())).containsOnly(1);
        assertThat(json.get("leftOut").get("london-2004").asText()).startsWith("result incomplete");
        // A scored election's firms left out are in the JSON as in the table's notes (the JSON had dropped them).
        assertThat(json.get("notScored").get("london-2008").asText())
                .isEqualTo("no poll in the final 14 days from ICM (30 days before)");
    }

    @Test
    void pollsterAccuracySaysWhichFivePercentCandidatesAFinalPollLeftOut() {
        // YouGov's 2008 polling-day poll gave Johnson and Livingstone only; Paddick won 9.8%.
        CliRun r = run("pollster-accuracy", "london-2008");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.contains("YouGov") && l.contains("2008-05-01") && !l.contains("(final round)")))
                .singleElement()
                .asString()
                .contains("paddick 9.8");
        assertThat(r.out()).contains("not_named").contains("note: mae and rmse are over the candidates with 5%+");
        CliRun csv = run("pollster-accuracy", "london-2008", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).contains("not_named");
    }

    /**
     * A figure that rounds to zero prints as 0.0 in every table: pollster-accuracy printed "goldsmith -0.0" (Opinium's
     * final 2016 poll) and house-effects "0.0" beside "+0.1" from two different formatters.
     */
    @Test
    void noTablePrintsASignedZero() {
        java.util.regex.Pattern signedZero = java.util.regex.Pattern.compile("(?<![\\d.])[-+]0(\\.0+)?(?![\\d.])");
        for (String[] args : new String[][] {
            {"pollster-accuracy"},
            {"pollster-accuracy", "--format", "csv"},
            {"house-effects", "london-2008"},
            {"house-effects", "london-2016", "--format", "csv"},
            {"house-effects", "london-2021", "--reference", "result"}
        }) {
            CliRun r = run(args);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).doesNotContainPattern(signedZero);
        }
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        for (String[] args : new String[][] {
            {"average", "london-2008", "--method", "magic"},
            {"average", "london-2008", "--as-of", "yesterday"},
            {"average", "london-2008", "--half-life", "0"},
            {"average", "london-2008", "--scope", "list"},
            {"average", "london-2008", "--as-of", "2007-01-01"},
            {"average", "london-2024"},
            {"house-effects", "london-2004", "--reference", "result"},
            {"house-effects", "london-2008", "--reference", "truth"}
        }) {
            CliRun r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            // One error line (a "loaded bundled polls" line may precede it when the store was empty).
            assertThat(r.err().lines().filter(l -> l.startsWith("pollcast: ")))
                    .as(String.join(" ", args))
                    .hasSize(1);
            assertThat(r.err()).doesNotContain("at org.").doesNotContain("Exception");
        }
    }

    @Test
    void onePollsterElectionSaysSo() {
        CliRun r = run("house-effects", "london-2004");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("note: ");
    }
}
