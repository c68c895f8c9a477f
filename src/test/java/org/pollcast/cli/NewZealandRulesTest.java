package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * A definition under New Zealand's rules ({@code thresholdWaiver: 1}, {@code overhang: keep}) through every command
 * that applies a threshold: the made-up Kiwiland of src/test/resources/mmp (its README), which is Testland
 * (src/test/resources/firstparl) with those two lines and Sainte-Laguë.
 */
class NewZealandRulesTest {
    @TempDir
    static Path tmp;

    static Path data;

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        for (String kit : List.of("src/test/resources/firstparl", "src/test/resources/mmp")) {
            for (String folder : List.of("elections", "results", "polls")) {
                try (Stream<Path> files = Files.list(Path.of(kit).resolve(folder))) {
                    for (Path f : files.toList()) {
                        Files.copy(f, data.resolve(folder).resolve(f.getFileName()));
                    }
                }
            }
        }
    }

    private static CliRun run(String store, String... args) {
        return CliRun.inData(tmp.resolve(store), data, args);
    }

    @Test
    void electionsSaysTheRules() {
        CliRun r = run("elections.db", "elections");
        assertThat(r.out())
                .contains("parliament: additional-member, 15 seats (10 constituencies + 5 list, sainte-lague-modified,"
                        + " threshold 5% or 1 constituency seat, overhang kept: the house grows by it)");
    }

    /**
     * The 2020 count: Sainte-Laguë entitles Red to 5 of the 15, and Red won 6 constituencies: it keeps them, takes no
     * list seat, and the house grows to 16; the others take their full entitlements (Blue 5 − 3, Yellow 3 − 1, Green
     * 2), as the made-up published list seats say.
     */
    @Test
    void theCountKeepsRedsOverhangAndMatchesThePublishedListSeats() throws IOException {
        CliRun r = run("count.db", "count", "kiwiland-2020");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("list seats the same as the published ones")
                .contains("overhang kept: 16 seats in all, the 15-seat house and 1 overhang");
        CliRun json = run("count-json.db", "count", "kiwiland-2020", "--format", "json");
        JsonNode list = new ObjectMapper().readTree(json.out()).path("assembly").path("list");
        assertThat(list).hasSize(4);
        int seats = 0;
        for (JsonNode p : list) {
            seats += p.path("totalSeats").asInt();
            // Every party is over 5% here: the waiver admits nobody more, and each says so.
            assertThat(p.path("passedThreshold").asBoolean()).isTrue();
            assertThat(p.path("eligible").asBoolean()).isTrue();
        }
        assertThat(seats).isEqualTo(16);
        assertThat(list.get(0).path("listSeats").asInt()).isZero();
    }

    /**
     * The calculator with Green on 4% of the list but 1 constituency: admitted by the waiver. By hand, Sainte-Laguë's
     * 15 largest quotients of 40, 30, 26 and 4 give Red 6, Blue 4, Yellow 4 and Green 1 (its first quotient, 4, is the
     * 13th); Red won 7 constituencies, so the house grows by 1 to 16: list seats Red 0, Blue 2, Yellow 4, Green 0.
     */
    @Test
    void theSeatsCalculatorAdmitsAnElectorateWinnerAndGrowsTheHouse() throws IOException {
        String[] args = {
            "seats",
            "kiwiland-2024",
            "--list",
            "red=40,blue=30,yellow=26,green=4",
            "--constituency",
            "red=7,blue=2,green=1"
        };
        CliRun r = run("seats.db", args);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("kiwiland-2024 parliament: the 15-seat house by sainte-lague-modified, overhang kept,"
                        + " threshold 5% of all list votes or 1 constituency seat")
                .contains("passed_threshold")
                .contains("eligible")
                .contains("last seat of the house won by")
                .contains("note: overhang kept: the 15-seat house is allocated among the eligible parties and grows by"
                        + " 1 overhang seat to 16");
        String[] asJson = java.util.Arrays.copyOf(args, args.length + 2);
        asJson[args.length] = "--format";
        asJson[args.length + 1] = "json";
        JsonNode j = new ObjectMapper().readTree(run("seats-json.db", asJson).out());
        assertThat(j.path("thresholdWaiver").asInt()).isEqualTo(1);
        assertThat(j.path("house").asInt()).isEqualTo(15);
        assertThat(j.path("overhang").asInt()).isEqualTo(1);
        int[] list = new int[4];
        int[] total = new int[4];
        for (int p = 0; p < 4; p++) {
            list[p] = j.path("parties").get(p).path("listSeats").asInt();
            total[p] = j.path("parties").get(p).path("totalSeats").asInt();
        }
        assertThat(list).containsExactly(0, 2, 4, 0);
        assertThat(total).containsExactly(7, 4, 4, 1);
        JsonNode green = j.path("parties").get(3);
        assertThat(green.path("passedThreshold").asBoolean()).isFalse();
        assertThat(green.path("eligible").asBoolean()).isTrue();
    }

    /**
     * The forecast: Red leads the constituency polls by 12 points and wins about 7 of the 10 constituencies on 40% of
     * the list, about 6 of a house of 15, so the house often grows. The table says the house's size and counts the
     * waiver in its chance column; the JSON has the house and each party's chance of list seats; and the constituency
     * seats are Testland's, the same election under the London Assembly's rules with the same polls and seed: the
     * draws are the same, only the allocation differs.
     */
    @Test
    void theForecastSaysTheHouseAndCountsTheWaiver() throws IOException {
        CliRun table = run("forecast.db", "forecast", "kiwiland-2024", "--as-of", "2024-05-01", "--sims", "20000");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("parliament: 15 seats and any overhang (constituency + list), 20,000 simulations")
                .contains("over_5%_or_1_seat_%")
                .doesNotContain("over_5%_%")
                .containsPattern(
                        "house: 15 seats before overhang, 1[5-7]\\.\\d on average with it \\(90% range 15–1\\d,"
                                + " at most \\d+\\); it grows in \\d+% of simulations");
        JsonNode nz = json("forecast-json.db", "kiwiland-2024");
        JsonNode london = json("testland-json.db", "testland-2024");
        JsonNode house = nz.path("house");
        assertThat(house.path("seats").asInt()).isEqualTo(15);
        assertThat(house.path("pOverhang").asDouble()).isBetween(0.2, 0.95);
        double sum = 0;
        for (int p = 0; p < nz.path("parties").size(); p++) {
            JsonNode party = nz.path("parties").get(p);
            sum += party.path("seatsMean").asDouble();
            assertThat(party.has("pEligible")).as(party.path("id").asText()).isTrue();
            assertThat(party.path("constituencySeatsMean").asDouble())
                    .isEqualTo(london.path("parties")
                            .get(p)
                            .path("constituencySeatsMean")
                            .asDouble());
        }
        assertThat(house.path("mean").asDouble()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        // A fixed house's JSON is as it was: no house, no pEligible.
        assertThat(london.has("house")).isFalse();
        assertThat(london.path("parties").get(0).has("pEligible")).isFalse();
    }

    /**
     * Election night: the list vote of one constituency and two constituencies' winners declared (made up, as the kit
     * is). The night's Assembly is the same model with those winners fixed, so the house grows on the night too.
     */
    @Test
    void theNightKeepsOverhangToo() throws IOException {
        Path list = Files.writeString(
                tmp.resolve("night-list.csv"),
                "constituency,party,votes\nNorthport,Red Party,8000\nNorthport,Blue Party,5000\n"
                        + "Northport,Yellow Party,2500\nNorthport,Green Party,1800\n");
        Path seats = Files.writeString(
                tmp.resolve("night-seats.csv"),
                "constituency,party,votes\nNorthport,Red Party,9100\nNorthport,Blue Party,5200\n"
                        + "Northport,Yellow Party,2000\nEastmere,Red Party,6000\nEastmere,Blue Party,7000\n"
                        + "Eastmere,Yellow Party,2100\n");
        CliRun r = run(
                "night.db",
                "live",
                "kiwiland-2024",
                "--declared",
                list.toString(),
                "--declared-assembly",
                seats.toString(),
                "--sims",
                "5000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("parliament: 2 of 10 constituencies declared")
                .contains("over_5%_or_1_seat_%")
                .contains("house: 15 seats before overhang");
    }

    private static JsonNode json(String store, String election) throws IOException {
        CliRun r = run(store, "forecast", election, "--as-of", "2024-05-01", "--sims", "20000", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).path("contests").path("parliament");
    }
}
