package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A body of single-member constituencies only, each won by first past the post (the House of Commons): an
 * additional-member contest with {@code listSeats: 0}. The made-up Fpland of src/test/resources/fptpbody (its README).
 * Before, it loaded but was forecast as a list body: its constituency polls stood in for a list vote with a wider
 * error, a forecast with no polls was refused for want of a list result, and the count looked for list seats.
 */
class ConstituenciesOnlyTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        copyFpland(data);
    }

    /** A copy of data/ with Fpland's definitions, results and polls (src/test/resources/fptpbody) in {@code data}. */
    static void copyFpland(Path data) throws IOException {
        IngestFixtures.copyData(data);
        IngestFixtures.copyKit(Path.of("src/test/resources/fptpbody"), data);
    }

    private static CliRun run(String store, String... args) {
        return CliRun.inData(tmp.resolve(store), data, args);
    }

    @Test
    void electionsSaysEverySeatIsAConstituency() {
        CliRun r = run("elections.db", "elections");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("parliament: additional-member, 6 seats (every seat a constituency, by first past the post;"
                        + " no list); forecast from its vote");
    }

    /** The count: each constituency's winner, and the seats by party, with no list to look for. */
    @Test
    void theCountGivesTheSeatsByPartyAndLooksForNoList() {
        CliRun r = run("count.db", "count", "fpland-2020");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("no list: every seat is a constituency; seats won in the 6 counted: red 3, blue 2, yellow 1"
                        + " (a majority is 4 of 6)")
                .doesNotContain("list seats not counted");
    }

    /**
     * A week out the vote is the two constituency polls' average, not moved and not widened as a stand-in for a list
     * that does not exist, and each constituency follows it one for one: no seat is a list seat, the seats sum to 6 in
     * the mean, and the chance of a majority is the bloc's (both count the same simulations).
     */
    @Test
    void theForecastIsLedByTheConstituencyVote() throws IOException {
        CliRun r = run("forecast.db", "forecast", "fpland-2024", "--as-of", "2024-05-01", "--sims", "20000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("fpland-2024 parliament-vote (vote; win_%: the chance of the most votes)")
                .contains("vote_share")
                .contains("6 seats (every seat a constituency, by first past the post; majority: 4)")
                .contains("majority_%")
                .contains("no list: every seat is a constituency won by first past the post")
                .doesNotContain("list_share")
                .doesNotContain("no list poll by then")
                .doesNotContain("wider error");

        CliRun json = run(
                "forecast-json.db",
                "forecast",
                "fpland-2024",
                "--as-of",
                "2024-05-01",
                "--sims",
                "20000",
                "--format",
                "json");
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(json.out());
        JsonNode seats = f.path("contests").path("parliament");
        double total = 0;
        double majorities = 0;
        for (JsonNode p : seats.path("parties")) {
            assertThat(p.path("listSeatsMean").asDouble())
                    .as(p.path("id").asText())
                    .isZero();
            total += p.path("seatsMean").asDouble();
            // The JSON carries the majority chance the tables print; at most one party has a majority in a draw.
            assertThat(p.has("pMajority")).as(p.path("id").asText()).isTrue();
            majorities += p.path("pMajority").asDouble();
        }
        assertThat(total).isCloseTo(6, within(1e-9));
        assertThat(majorities).isBetween(0.0, 1.0 + 1e-9);
        // Red's vote: the polls give 40 and 38 (Blue 30 and 32), so the average sits between them.
        JsonNode red = null;
        for (JsonNode c : f.path("contests").path("parliament-vote").path("candidates")) {
            if (c.path("id").asText().equals("red")) {
                red = c;
            }
        }
        assertThat(red).isNotNull();
        assertThat(red.path("firstPref").path("mean").asDouble()).isBetween(37.5, 40.5);
    }

    /**
     * The backtest scores a body of constituencies only on its seats as well as its vote: the seats are the
     * constituencies' winners (there is no list results file, from which alone the backtest read seats: its seat columns
     * were blank). Fpland 2024's result here is made up in a copy of the data folder: Red wins Alpha, Bravo, Charlie and
     * Echo, Blue Foxtrot, Yellow Delta.
     */
    @Test
    void theBacktestScoresTheSeatsFromTheConstituencyWinners() throws IOException {
        Path own = ownCopy("backtest-data");
        StringBuilder rows = new StringBuilder();
        String[][] won = {
            {"Alpha", "Red Party"}, {"Bravo", "Red Party"}, {"Charlie", "Red Party"},
            {"Delta", "Yellow Party"}, {"Echo", "Red Party"}, {"Foxtrot", "Blue Party"}
        };
        for (String[] c : won) {
            for (String party : List.of("Red Party", "Blue Party", "Yellow Party", "Green Party")) {
                boolean w = party.equals(c[1]);
                rows.append(String.format("2024,%s,%s,,%d,%d,MADE-UP,yes%n", c[0], party, w ? 9000 : 3000, w ? 1 : 0));
            }
        }
        Files.writeString(
                own.resolve("results/fpland_assembly_constituency_results.csv"),
                rows.toString(),
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(
                own.resolve("results/fpland_assembly_constituency_vote_totals.csv"),
                "2024,Red Party,45000,4,MADE-UP\n2024,Blue Party,21000,1,MADE-UP\n2024,Yellow Party,21000,1,MADE-UP\n"
                        + "2024,Green Party,18000,0,MADE-UP\n",
                java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> model = backtestModelRow(own, "backtest.db");
        assertThat(model.get("seat_mae")).as(model.toString()).isNotBlank();
        assertThat(model.get("seats_in_90%")).as(model.toString()).matches("\\d+/\\d+");
    }

    /**
     * A result published as seats by party before its constituencies' figures are to hand (Ontario 2025: PC 80, NDP 27,
     * Liberal 14, Green 2 and one independent) still scores the seats: the constituency-vote totals' {@code
     * constituency_seats}, an Others row's seats as the forecast's others (an independent wins a seat). Before, with no
     * constituency result of the election, the seat columns were blank.
     */
    @Test
    void theBacktestScoresTheSeatsFromThePublishedSeatsByParty() throws IOException {
        Path own = ownCopy("seats-by-party-data");
        Files.writeString(
                own.resolve("results/fpland_assembly_constituency_vote_totals.csv"),
                "2024,Red Party,45000,3,MADE-UP\n2024,Blue Party,21000,1,MADE-UP\n2024,Yellow Party,21000,1,MADE-UP\n"
                        + "2024,Green Party,15000,0,MADE-UP\n2024,Others,3000,1,MADE-UP\n",
                java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> model = backtestModelRow(own, "seats-by-party.db");
        assertThat(model.get("seat_mae")).as(model.toString()).isNotBlank();
        // red, blue, yellow and the independent won seats
        assertThat(model.get("seats_in_90%")).as(model.toString()).matches("\\d+/4");
    }

    /** The backtest's model row for Fpland 2024 a week out, read from {@code own}, by column. */
    private Map<String, String> backtestModelRow(Path own, String store) {
        CliRun r = CliRun.in(
                tmp.resolve(store),
                "backtest",
                "fpland-2024",
                "--days-before",
                "7",
                "--sims",
                "20000",
                "--format",
                "csv",
                "--data",
                own.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        String[] header = lines.get(0).split(",", -1);
        String[] cells = lines.stream()
                .filter(l -> l.startsWith("fpland-2024,7,model,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], cells[i]);
        }
        return row;
    }

    /** A copy of this test's data folder, to add a made-up 2024 result to. */
    private Path ownCopy(String name) throws IOException {
        Path own = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.toList()) {
                Path to = own.resolve(data.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return own;
    }

    /**
     * The report's chart of simulated shares is of the vote, and named so ({@code vote-share.png}): it was {@code
     * list-vote.png}, a list's name, for a body with no list.
     */
    @Test
    void theReportsSharesChartIsNamedForTheVote() {
        Path out = tmp.resolve("report-out");
        CliRun r = run(
                "report.db",
                "report",
                "fpland-2024",
                "--as-of",
                "2024-05-01",
                "--sims",
                "4000",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("charts/vote-share.png")).exists();
        assertThat(out.resolve("charts/list-vote.png")).doesNotExist();
        assertThat(out.resolve("charts/first-preferences.png")).doesNotExist();
    }

    /** With no poll yet, the vote starts from the baseline's constituency-ballot totals (there is no list result). */
    @Test
    void withNoPollsTheVoteStartsFromTheConstituencyTotals() {
        CliRun r = run("prior.db", "forecast", "fpland-2024", "--as-of", "2024-03-01", "--sims", "20000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("no polls: prior from fpland-2020 (votes by party, baseline error)");
    }
}
