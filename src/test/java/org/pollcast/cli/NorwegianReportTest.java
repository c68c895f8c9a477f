package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * The Storting of 2021 as the Norwegian blind trial defined it (one national list of 169, Sainte-Laguë from 1.4, 4%;
 * blocs of the red-green and the non-socialist parties), its polls the stored copy of the encyclopedia's table
 * (src/test/resources/ingest/kampuspedia-no-2021.txt) and its results src/test/resources/ingest/norway. Where no party
 * governs alone, which side can is what a reader asks: the report's summary gave only the chance of a single-party
 * majority ("less than 1 in 200") and left the blocs to a chart far below.
 */
class NorwegianReportTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void norway() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path ingest = Path.of("src/test/resources/ingest");
        for (String y : new String[] {"2017", "2021"}) {
            Files.copy(
                    ingest.resolve("elections/norway-" + y + ".yaml"), data.resolve("elections/norway-" + y + ".yaml"));
        }
        for (String f : new String[] {"norway_assembly_list_results.csv", "norway_election_turnout.csv"}) {
            Files.copy(
                    ingest.resolve("norway").resolve(f), data.resolve("results").resolve(f));
        }
    }

    @Test
    void theSummarySaysEachBlocsChanceOfAMajority() throws IOException {
        Path db = tmp.resolve("report.db");
        CliRun in = CliRun.in(
                db,
                "ingest",
                Path.of("src/test/resources/ingest/kampuspedia-no-2021.txt").toString(),
                "--new-pollsters",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.in(
                db,
                "report",
                "norway-2021",
                "--as-of",
                "2021-09-12",
                "--sims",
                "4000",
                "--no-race-chart",
                "--out",
                out.toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        String summary = html.substring(html.indexOf("majority alone"), html.indexOf("These are chances"));
        assertThat(summary)
                .containsPattern("Ap\\+Sp\\+SV\\+R\\+MDG hold at least 85 of 169: [^.]+ \\(\\d+\\.\\d%\\)\\.")
                .containsPattern("H\\+FrP\\+V\\+KrF hold at least 85 of 169: [^.]+ \\(\\d+\\.\\d%\\)\\.");
        // How it did: the red-green parties won 100 of 169 (Ap 48, Sp 28, SV 13, R 8, MDG 3), the others 68.
        assertThat(html)
                .contains("Ap+Sp+SV+R+MDG hold at least 85 of 169: it did, with 100 seats; the forecast gave that ")
                .contains("H+FrP+V+KrF hold at least 85 of 169: it did not, with 68 seats; the forecast gave that ");
    }

    /**
     * The results file leaves {@code constituency_seats} blank, as a body of lists only has none: before, every row was
     * refused ("field 'constituency_seats': empty; expected a number") and nothing was counted.
     */
    @Test
    void aListOnlyResultsFileMayLeaveConstituencySeatsBlank() {
        CliRun r = CliRun.in(tmp.resolve("count.db"), "count", "norway-2021", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("expected a number");
        assertThat(r.out()).contains("norway-2021 storting: closed lists only").contains("published_list");
    }

    /**
     * A bloc the definition names is a condition: "nonsocialist.wins" (its parties hold the bloc's 85 seats) and
     * "redgreen.seats>=100". Before, "'nonsocialist.wins' is not a condition": a pundit could not ask what the list vote
     * looks like where the other side wins.
     */
    @Test
    void aScenarioMayAskForABlocsSeats() {
        Path db = tmp.resolve("scenario.db");
        CliRun in = CliRun.in(
                db,
                "ingest",
                Path.of("src/test/resources/ingest/kampuspedia-no-2021.txt").toString(),
                "--new-pollsters",
                "--data",
                data.toString());
        assertThat(in.status()).as(in.err()).isZero();
        CliRun wins = CliRun.in(
                db,
                "scenario",
                "norway-2021",
                "--as-of",
                "2021-09-12",
                "--sims",
                "20000",
                "--if",
                "nonsocialist.wins",
                "--data",
                data.toString());
        assertThat(wins.status()).as(wins.err()).isZero();
        assertThat(wins.out()).contains("meet the scenario").containsPattern("100\\.0% \\(.*H\\+FrP\\+V\\+KrF hold");
        CliRun seats = CliRun.in(
                db,
                "scenario",
                "norway-2021",
                "--as-of",
                "2021-09-12",
                "--sims",
                "4000",
                "--if",
                "redgreen.seats>=100",
                "--data",
                data.toString());
        assertThat(seats.status()).as(seats.err()).isZero();
        assertThat(seats.out()).containsPattern("100\\.0% \\(.*Ap\\+Sp\\+SV\\+R\\+MDG hold");
        CliRun unknown = CliRun.in(
                db, "scenario", "norway-2021", "--as-of", "2021-09-12", "--if", "redgreen", "--data", data.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("blocs: redgreen, nonsocialist (redgreen.wins");
    }

    /**
     * The backtest scores each bloc's chance against the seats its parties won: the red-green parties won 100 of 169 in
     * 2021 (Ap 48, Sp 28, SV 13, R 8, MDG 3) and 81 in 2017, when the non-socialist parties' 88 held. Before, it scored
     * only the chance of the most list votes, never the majority a Norwegian reader asks about. The CSV keeps its one
     * table.
     */
    @Test
    void theBacktestScoresEachBlocsChance() {
        Path db = tmp.resolve("backtest.db");
        for (String page : new String[] {"wikipedia-no-2017.md", "kampuspedia-no-2021.txt"}) {
            CliRun in = CliRun.in(
                    db,
                    "ingest",
                    Path.of("src/test/resources/ingest/" + page).toString(),
                    "--new-pollsters",
                    "--data",
                    data.toString());
            assertThat(in.status()).as(in.err()).isZero();
        }
        CliRun r = CliRun.in(
                db,
                "backtest",
                "norway-2017",
                "norway-2021",
                "--days-before",
                "1",
                "--sims",
                "4000",
                "--charts",
                tmp.resolve("bt-charts").toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("blocs (the model's chance that each bloc holds its seats)")
                .containsPattern(
                        "norway-2021 +\\| +1 +\\| +Ap\\+Sp\\+SV\\+R\\+MDG hold at least 85 of 169 +\\| +[0-9.]+ +\\|"
                                + " +100 +\\| +yes")
                .containsPattern(
                        "norway-2017 +\\| +1 +\\| +H\\+FrP\\+V\\+KrF hold at least 85 of 169 +\\| +[0-9.]+ +\\|"
                                + " +88 +\\| +yes")
                .contains("Blocs: mean Brier ");
        CliRun csv = CliRun.in(
                db,
                "backtest",
                "norway-2021",
                "--days-before",
                "1",
                "--sims",
                "4000",
                "--format",
                "csv",
                "--data",
                data.toString());
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).doesNotContain("hold at least");
    }
}
