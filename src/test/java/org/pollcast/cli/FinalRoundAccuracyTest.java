package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pollster-accuracy scores a count's final round of two, as pundits judge firms by it: London's Supplementary Vote
 * run-off (Khan v Goldsmith 2016, counted 56.8 v 43.2), instant-runoff's last two (Australia's two-party-preferred).
 * Before, only first preferences (and a two-round election's second round) were scored.
 */
class FinalRoundAccuracyTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    /**
     * Golden, from data/polls/london-2016.csv and data/results/london_mayor_results.csv as bundled: YouGov's final run-off
     * poll (Evening Standard, 2–4 May 2016) was Khan 57, Goldsmith 43; the count's round 2 was Khan 1,310,143 (56.85%),
     * Goldsmith 994,614 (43.15%). So Khan +0.2, Goldsmith −0.2, and a lead of 14 against 13.69: +0.3.
     */
    @Test
    void yougovsFinal2016RunoffIsScoredAgainstTheCount() throws IOException {
        CliRun csv = run("pollster-accuracy", "london-2016", "--format", "csv");
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList())
                .contains("london-2016 (final round),YouGov,YouGov,Evening Standard,2016-05-04,exact,1,"
                        + "khan +0.2 goldsmith -0.2,khan>goldsmith,+0.3,0.15,")
                // The columns are the first round's, and its rows are as they were.
                .first()
                .isEqualTo("election,pollster,published_as,client,date,date_precision,days_before,errors,lead,"
                        + "lead_error,mae,not_named");
        JsonNode json = new ObjectMapper()
                .readTree(run("pollster-accuracy", "london-2016", "--format", "json")
                        .out());
        JsonNode yougov = null;
        for (JsonNode p : json.get("finalPolls")) {
            if (p.get("election").asText().equals("london-2016 (final round)")
                    && p.get("pollster").asText().equals("YouGov")) {
                yougov = p;
            }
        }
        assertThat(yougov).isNotNull();
        assertThat(yougov.get("errors").get("khan").asDouble()).isCloseTo(57 - 100.0 * 1310143 / 2304757, within(1e-9));
        assertThat(yougov.get("leadError").asDouble())
                .isCloseTo(14 - 100.0 * (1310143 - 994614) / 2304757, within(1e-9));
        CliRun table = run("pollster-accuracy", "london-2016");
        assertThat(table.out())
                .contains("of a count's final round (a run-off, a two-party-preferred), its last poll of the pair")
                .contains("Final-round record across london-2016 (kept apart from the first preferences' record");
    }

    /**
     * The record across elections is the first preferences' as before (YouGov: four elections, MAE 1.80), and the final
     * rounds' is a record of its own (YouGov's run-offs of 2004 to 2021): one survey's two questions are no two elections, and a two-way split's error is
     * not a field's. Nor do the final rounds enter the pollster weights (the London reference check).
     */
    @Test
    void theFinalRoundsRecordIsKeptApart() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(run("pollster-accuracy", "--format", "json").out());
        JsonNode first = byPollster(json.get("pollsters"), "YouGov");
        assertThat(first.get("elections").asInt()).isEqualTo(4);
        assertThat(first.get("meanAbsError").asDouble()).isCloseTo(1.80, within(0.005));
        // Five: 2004's first round is not scored (four candidates' counts are missing), its run-off is counted whole.
        JsonNode last = byPollster(json.get("finalRoundPollsters"), "YouGov");
        assertThat(last.get("elections").asInt()).isEqualTo(5);
        assertThat(last.get("notNamed").asInt()).isZero();
        assertThat(last.get("meanAbsError").asDouble())
                .isNotCloseTo(first.get("meanAbsError").asDouble(), within(0.01));
        CliRun table = run("pollster-accuracy");
        assertThat(table.out())
                .contains("Record across london-2008, london-2012, london-2016, london-2021:")
                .contains("Final-round record across london-2004, london-2008, london-2012, london-2016, london-2021");
    }

    /**
     * Instant-runoff: Alaska's August 2022 count (src/test/resources/irvnight) ended Peltola 91,266 v Palin 86,026. Its
     * one published poll is too early to score, so these polls are made up for the test (no firm published them): a
     * final round of the count's pair, and one of another pair (Peltola v Begich), which asked a race that was never
     * counted and is named in a note, not scored.
     */
    @Test
    void anInstantRunoffsLastPairIsScoredAndAnotherPairIsNot() throws IOException {
        Path kit = Path.of("src/test/resources/irvnight");
        Path data = DataCopy.into(tmp);
        Files.copy(kit.resolve("alaska-2022.yaml"), data.resolve("elections/alaska-2022.yaml"));
        Files.copy(kit.resolve("alaska_mayor_results.csv"), data.resolve("results/alaska_mayor_results.csv"));
        Path polls = tmp.resolve("made-up.csv");
        Files.writeString(
                polls,
                "election,contest,scope,pollster,fieldwork_start,fieldwork_end,sample_size,peltola,palin,begich\n"
                        + "alaska-2022,house,first_pref,Test Firm,2022-08-06,2022-08-08,800,40,31,27\n"
                        + "alaska-2022,house,runoff,Test Firm,2022-08-06,2022-08-08,800,50,45,\n"
                        + "alaska-2022,house,runoff,Other Firm,2022-08-09,2022-08-10,600,46,,50\n");
        CliRun in = run("ingest", polls.toString(), "--new-pollsters", "--data", data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        CliRun csv = run("pollster-accuracy", "alaska-2022", "--format", "csv", "--data", data.toString());
        assertThat(csv.status()).as(csv.err()).isZero();
        List<String> rows = csv.out()
                .lines()
                .filter(l -> l.startsWith("alaska-2022 (final round)"))
                .toList();
        // 50 v 45 is 52.6 v 47.4 of the pair; the count 51.48 v 48.52.
        assertThat(rows)
                .singleElement()
                .asString()
                .contains("Test Firm")
                .contains("peltola +1.2 palin -1.2")
                .contains("peltola>palin");
        CliRun table = run("pollster-accuracy", "alaska-2022", "--data", data.toString());
        assertThat(table.out())
                .contains("note: alaska-2022 (final round): run-off polls of another pair than the count's final two"
                        + " (Mary Peltola v Sarah Palin) are not scored: Other Firm (Mary Peltola v Nick Begich III)");
    }

    /** A count published only to a round of three has no final pair: said so, not dropped without a word (review). */
    @Test
    void aCountPublishedToARoundOfThreeSaysSo() throws IOException {
        Path kit = Path.of("src/test/resources/irvnight");
        Path data = DataCopy.into(tmp);
        Files.copy(kit.resolve("alaska-2022.yaml"), data.resolve("elections/alaska-2022.yaml"));
        Files.write(
                data.resolve("results/alaska_mayor_results.csv"),
                Files.readAllLines(kit.resolve("alaska_mayor_results.csv")).stream()
                        .filter(l -> !l.startsWith("2022,3,"))
                        .toList());
        Path polls = tmp.resolve("made-up.csv");
        Files.writeString(
                polls,
                "election,contest,scope,pollster,fieldwork_start,fieldwork_end,sample_size,peltola,palin,begich\n"
                        + "alaska-2022,house,first_pref,Test Firm,2022-08-06,2022-08-08,800,40,31,27\n"
                        + "alaska-2022,house,runoff,Test Firm,2022-08-06,2022-08-08,800,50,45,\n");
        assertThat(run("ingest", polls.toString(), "--new-pollsters", "--data", data.toString())
                        .status())
                .isZero();
        CliRun table = run("pollster-accuracy", "alaska-2022", "--data", data.toString());
        assertThat(table.out()).contains("alaska-2022 (final round) (the count's last published round (2) has 3 in");
    }

    /**
     * London 2004's first round misses four candidates' counts and is not scored; its run-off, counted whole (Livingstone
     * 828,390 v Norris 667,180), is, and no empty record of first preferences is printed above it.
     */
    @Test
    void aFinalRoundIsScoredWhereTheFirstRoundCannotBe() {
        CliRun r = run("pollster-accuracy", "london-2004");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("london-2004 (final round)")
                .contains("Final-round record across london-2004")
                .contains("note: left out: london-2004 (result incomplete")
                .doesNotContain("Record across :");
    }

    private static JsonNode byPollster(JsonNode list, String pollster) {
        for (JsonNode p : list) {
            if (p.get("pollster").asText().equals(pollster)) {
                return p;
            }
        }
        throw new AssertionError("no " + pollster + " in " + list);
    }
}
