package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boston's preliminary election elects no one: its two leaders always meet in the general election, a majority or not
 * ({@code outright: none}). In 2025 Michelle Wu won 71.8% of the preliminary and still faced a general election. Read
 * as a two-round contest of "over half", pollcast gave her a 98% chance of being elected in the preliminary a week out,
 * {@code count} named her elected there, and a forecast between the rounds was refused as of a second round not held
 * (src/test/resources/ingest/wikipedia-boston-2025.md, sources in the ingest README).
 */
class PreliminaryElectsNoOneTest {
    @TempDir
    Path tmp;

    private Path data;

    private static final Path ELECTIONS = Path.of("src/test/resources/ingest/elections");
    private static final Path PAGE = Path.of("src/test/resources/ingest/wikipedia-boston-2025.md");

    /** The city's count of the preliminary, as jamaicaplainnews.com printed it on 10 September 2025. */
    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2025,1,Michelle Wu,Nonpartisan,66398,Boston Elections Department
            2025,1,Josh Kraft,Nonpartisan,21324,Boston Elections Department
            2025,1,Domingos DaRosa,Nonpartisan,2409,Boston Elections Department
            2025,1,Robert Cappucci,Nonpartisan,2074,Boston Elections Department
            2025,1,Others,,225,write-ins
            """;

    @BeforeEach
    void dataWithBoston() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.copy(ELECTIONS.resolve("boston-2025.yaml"), data.resolve("elections/boston-2025.yaml"));
        Files.writeString(data.resolve("results/boston_mayor_results.csv"), RESULTS);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /** The definition with {@code outright} as written here instead of {@code none}. */
    private void outright(String rule) throws IOException {
        Path def = data.resolve("elections/boston-2025.yaml");
        Files.writeString(def, Files.readString(def).replace("outright: none", rule));
    }

    @Test
    void aMajorityInThePreliminaryElectsNoOne() throws IOException {
        CliRun r = run("count", "boston-2025");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("winner: not known").doesNotContain("(first round)");
        // Without the word, over half: Wu's 71.8% was counted as electing her in the preliminary.
        outright("");
        assertThat(run("count", "boston-2025").out()).contains("winner: wu (first round)");
    }

    @Test
    void theForecastGivesNoChanceOfAFirstRoundWin() throws IOException {
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("forecast", "boston-2025", "--as-of", "2025-09-08", "--sims", "20000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(column(r.out(), "wu", 5)).isEqualTo("0"); // outright_%
        assertThat(column(r.out(), "wu", 6)).isEqualTo("100.0"); // runoff_%
        outright("");
        CliRun overHalf = run("forecast", "boston-2025", "--as-of", "2025-09-08", "--sims", "20000");
        assertThat(Double.parseDouble(column(overHalf.out(), "wu", 5))).isGreaterThan(90);
    }

    @Test
    void theElectionsListAndTheReportSayTheRule() throws IOException {
        assertThat(run("elections").out())
                .contains("second round 2025-11-04; the first round elects no one: its two leaders always meet in"
                        + " the second");
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        Path out = tmp.resolve("report");
        CliRun r = run("report", "boston-2025", "--as-of", "2025-09-08", "--sims", "2000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html")))
                .contains(
                        "The first round elects no one: its two leaders meet again in the second round on 2025-11-04.")
                .contains("two rounds: the top two of the first round meet in a second round, whatever their shares")
                .doesNotContain("The chance of a second round");
    }

    /**
     * Between the rounds with no poll of the pair (Boston 2025 had none: its polls were of the preliminary), the second
     * round is forecast from the preliminary's count (CountedSecondRound); before, it was refused, saying only that there
     * was no poll.
     */
    @Test
    void withNoPollOfThePairTheSecondRoundIsForecastFromTheCount() throws IOException {
        assertThat(run("ingest", PAGE.toString(), "--new-pollsters").status()).isZero();
        CliRun r = run("forecast", "boston-2025", "--as-of", "2025-09-10", "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("no poll of the two is in yet, so this forecasts the second round from that count alone")
                .contains("Michelle Wu");
    }

    @Test
    void aWordOtherThanNoneIsRefusedNamingTheField() throws IOException {
        outright("outright: never");
        CliRun r = run("elections");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("boston-2025.yaml:16: field 'contests.mayor.outright': 'never' is not a rule: give 'none'")
                .doesNotContain("Exception");
    }

    /** The cell of {@code row}'s line in the forecast table, by its column (0: the candidate). */
    private static String column(String table, String row, int col) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(row) + "\\s*\\|(.*)$")
                .matcher(table);
        assertThat(m.find()).as(table).isTrue();
        String[] cells = m.group(1).split("\\|");
        return cells[col - 1].trim();
    }
}
