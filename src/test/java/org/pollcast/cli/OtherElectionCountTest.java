package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pollcast count} of a Supplementary Vote election outside London, held on London's polling day in 2021
 * (a fictional Toytown, with made-up figures): London's count still works beside it; without second preferences
 * no winner is named when the leader has no majority; inconsistent transfer totals are bad input, not an internal
 * error.
 */
class OtherElectionCountTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithToytown() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/toytown-2021.yaml"), """
                id: toytown-2021
                name: Toytown mayoral election 2021
                date: 2021-05-06
                parties:
                  - {id: con, name: Conservative}
                  - {id: lab, name: Labour}
                  - {id: grn, name: Green}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: able, name: Alice Able, party: con}
                      - {id: baker, name: Bob Baker, party: lab}
                      - {id: cole, name: Cath Cole, party: grn}
                """);
        append("2021,1,Alice Able,Conservative,480,TEST\n"
                + "2021,1,Bob Baker,Labour,420,TEST\n"
                + "2021,1,Cath Cole,Green,100,TEST\n");
    }

    private void append(String rows) throws IOException {
        Files.writeString(data.resolve("results/london_mayor_results.csv"), rows, StandardOpenOption.APPEND);
    }

    private CliRun count(String election, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "count";
        args[1] = election;
        args[2] = "--data";
        args[3] = data.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    @Test
    void londonIsStillCountedBesideIt() {
        CliRun r = count("london-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("winner: khan").contains("the same");
    }

    @Test
    void withoutSecondPreferencesNoWinnerIsNamed() throws Exception {
        CliRun r = count("toytown-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: not known (the run-off is not counted)")
                .contains("able leads on first preferences without a majority")
                .doesNotContain("khan");
        CliRun json = count("toytown-2021", "--format", "json");
        assertThat(new ObjectMapper()
                        .readTree(json.out())
                        .get("mayor")
                        .get("winner")
                        .isNull())
                .isTrue();
    }

    /**
     * Greater Manchester 2017 and 2021 by the Supplementary Vote: Burnham won a majority of first preferences, so no
     * second preferences were counted. The count said "no second preferences in data/results: the run-off is not
     * counted" under "winner: burnham (first round)", as if figures were missing (blind trial). Figures:
     * src/test/resources/ingest/README.md.
     */
    @Test
    void aMajorityOfFirstPreferencesNeedsNoRunoffAndTheCountSaysSo() throws IOException {
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String f : new String[] {"elections/gm-2017.yaml", "results/gm_mayor_results.csv"}) {
            Files.copy(fixtures.resolve(f), data.resolve(f));
        }
        CliRun r = count("gm-2017");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: burnham (first round)")
                .contains("a majority of first preferences (63.41%): no run-off was needed")
                .doesNotContain("the run-off is not counted");
    }

    @Test
    void publishedTransfersAreCounted() throws IOException {
        append("2021,2_transfers,Alice Able,Conservative,30,TEST\n2021,2_transfers,Bob Baker,Labour,50,TEST\n");
        CliRun r = count("toytown-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("winner: able");
    }

    /**
     * Published totals include the second preferences of the ballots an Others line holds (Sri Lanka 2024: 34 other
     * candidates' 5.1% in one line): the count adds the totals exactly, and the Others ballots that did not transfer are
     * among the exhausted; and 48% of all first preferences is no majority, though it is of the named candidates' (the
     * count called Ash elected in the first round). Left out of the count, the Others ballots took their share of the totals
     * (Sri Lanka's 83,743 and 133,546 of the published 105,264 and 167,867) and told the published round as DIFFERENT.
     */
    @Test
    void publishedTotalsThatIncludeAnOthersLinesBallotsAreAddedExactly() throws IOException {
        // A place of its own, whose results file holds its Others line (London's file is London's and Toytown's), its
        // candidates named apart from Toytown's: a row is an election's by its year and its candidate's name
        Files.writeString(data.resolve("elections/spratt-2021.yaml"), """
                id: spratt-2021
                name: Spratt mayoral election 2021
                date: 2021-05-06
                parties:
                  - {id: con, name: Conservative}
                  - {id: lab, name: Labour}
                  - {id: grn, name: Green}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: ash, name: Ann Ash, party: con}
                      - {id: birch, name: Ben Birch, party: lab}
                      - {id: cedar, name: Cy Cedar, party: grn}
                """);
        Files.writeString(data.resolve("results/spratt_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2021,1,Ann Ash,Conservative,480,TEST
                2021,1,Ben Birch,Labour,420,TEST
                2021,1,Cy Cedar,Green,40,TEST
                2021,1,Others,,60,TEST
                2021,2_transfers,Ann Ash,Conservative,30,TEST
                2021,2_transfers,Ben Birch,Labour,50,TEST
                2021,2,Ann Ash,Conservative,510,TEST
                2021,2,Ben Birch,Labour,470,TEST
                """);
        CliRun r = count("spratt-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("ash\\s*\\|[^\\n]*\\|\\s*480\\s*\\|\\s*30\\s*\\|\\s*510\\s*\\|")
                .containsPattern("birch\\s*\\|[^\\n]*\\|\\s*420\\s*\\|\\s*50\\s*\\|\\s*470\\s*\\|")
                .contains("exhausted (no second preference for either): 20")
                .contains("published 510 v 470")
                .contains(": the same")
                .doesNotContain("DIFFERENT");
    }

    /**
     * A result typed from a declaration gives round 1 and the finalists' totals (round 2), as the results files
     * document, and not always round 2_transfers: the run-off is then counted from the difference, instead of
     * "no second preferences in data/results ... the winner is unknown".
     */
    @Test
    void theFinalTotalsAloneAreCountedAsTheirDifferenceFromTheFirstRound() throws IOException {
        append("2021,2,Alice Able,Conservative,510,TEST\n2021,2,Bob Baker,Labour,470,TEST\n");
        CliRun r = count("toytown-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("winner: able")
                .contains("round 2 less round 1")
                .doesNotContain("no second preferences");
    }

    @Test
    void finalTotalsBelowTheFirstRoundAreBadInput() throws IOException {
        append("2021,2,Alice Able,Conservative,470,TEST\n2021,2,Bob Baker,Labour,470,TEST\n");
        CliRun r = count("toytown-2021");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("london_mayor_results.csv: toytown-2021 mayor round 2")
                .doesNotContain("internal error");
    }

    @Test
    void transfersBeyondTheEliminatedBallotsAreBadInput() throws IOException {
        append("2021,2_transfers,Alice Able,Conservative,60,TEST\n2021,2_transfers,Bob Baker,Labour,50,TEST\n");
        CliRun r = count("toytown-2021");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("london_mayor_results.csv: toytown-2021 mayor round 2_transfers: 60 + 50 second preferences"
                        + " exceed the 100 first preferences of the eliminated candidates")
                .doesNotContain("internal error");
    }

    @Test
    void itsForecastLearnsNoPollErrorFromLondon() throws IOException {
        // London's polls overstated the leader; that is London's record, not Toytown's.
        Path polls = tmp.resolve("toytown-bias.csv");
        Files.writeString(
                polls,
                "election,contest,scope,pollster,fieldwork_start,fieldwork_end,sample_size,able,baker,cole,other,citation\n"
                        + "toytown-2021,mayor,first_pref,YouGov,2021-04-20,2021-04-22,1000,50,38,12,,TEST\n");
        CliRun in = CliRun.in(tmp.resolve("store.db"), "ingest", polls.toString(), "--data", data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "forecast",
                "toytown-2021",
                "--as-of",
                "2021-05-05",
                "--sims",
                "2000",
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("systematic poll error: none assumed on the lead (no other election of this series")
                .doesNotContain("lead narrowed")
                .doesNotContain("london-2016 (lead");
    }

    @Test
    void itsReportDoesNotSpeakOfLondon() throws IOException {
        Path polls = tmp.resolve("toytown.csv");
        Files.writeString(
                polls,
                "election,contest,scope,pollster,fieldwork_start,fieldwork_end,sample_size,able,baker,cole,other,citation\n"
                        + "toytown-2021,mayor,first_pref,YouGov,2021-04-20,2021-04-22,1000,46,42,12,,TEST\n"
                        + "toytown-2021,mayor,first_pref,Survation,2021-04-26,2021-04-28,1000,47,41,12,,TEST\n");
        CliRun in = CliRun.in(tmp.resolve("store.db"), "ingest", polls.toString(), "--data", data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        Path out = tmp.resolve("rep");
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "report",
                "toytown-2021",
                "--as-of",
                "2021-05-05",
                "--sims",
                "20000",
                "--out",
                out.toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        // London's elections are named where the model learned from them; the prose never calls Toytown London.
        assertThat(html.replaceAll("london-\\d{4}", "")).contains("Toytown").doesNotContain("London");
        // Nor does the newsroom CSV: its whole-election rows are for the election's own area.
        assertThat(Files.readString(out.resolve("forecast.csv")))
                .contains("mayor,Toytown,able")
                .doesNotContain("London");
    }
}
