package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Election night for a place that lists its own count areas, as a regional newsroom would set one up: a definition
 * with {@code contests.mayor.areas}, its results in files named for its series, and no Assembly. No place but
 * London has results by count area bundled or in the fixtures (src/test/resources/placenight/README.md says why), so
 * the place here is London's 2016 and 2021 mayoral elections under definitions of their own ({@code capital-2016},
 * {@code capital-2021}): the 14 constituencies they were counted by are the contest's own areas, and every figure is
 * London's as bundled (data/results/london_mayor_results.csv, london_mayor_constituency_results.csv), copied into
 * {@code capital_} files at set-up. The night runs through the path a new place takes: own areas, the baseline by
 * area from the series' own file, no zones file, tiles from the definition.
 */
class PlaceNightTest {
    private static final Path FIXTURE = Path.of("src/test/resources/placenight");
    private static final Path RESULTS = Path.of("data/results");
    private static final List<String> FIRST_THREE = List.of("North East", "Bexley and Bromley", "West Central");

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void addThePlace() throws IOException {
        data = DataCopy.into(tmp);
        for (String e : List.of("capital-2016.yaml", "capital-2021.yaml")) {
            Files.copy(FIXTURE.resolve(e), data.resolve("elections").resolve(e));
        }
        copyYears("london_mayor_results.csv", "capital_mayor_results.csv", "2016", "2021");
        copyYears("london_mayor_constituency_results.csv", "capital_mayor_constituency_results.csv", "2016");
    }

    /** The rows of {@code years} of a bundled London file, under its header, as the place's own file. */
    private void copyYears(String from, String to, String... years) throws IOException {
        List<String> lines = Files.readAllLines(RESULTS.resolve(from));
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String y : years) {
            lines.stream().filter(l -> l.startsWith(y + ",")).forEach(out::add);
        }
        Files.write(data.resolve("results").resolve(to), out);
    }

    private CliRun run(String... args) {
        return CliRun.inData(tmp.resolve("store.db"), data, args);
    }

    /** London Elects' 2021 first preferences of {@code areas} (all 14 when null), in that order. */
    private Path declarations(List<String> areas) throws IOException {
        List<String> lines = Files.readAllLines(RESULTS.resolve("london_mayor_constituency_results.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        if (areas == null) {
            lines.stream()
                    .filter(l -> l.startsWith("2021,"))
                    .forEach(l -> csv.append(l).append('\n'));
        } else {
            for (String a : areas) {
                lines.stream()
                        .filter(l -> l.startsWith("2021," + a + ","))
                        .forEach(l -> csv.append(l).append('\n'));
            }
        }
        Path f = tmp.resolve("night-" + (areas == null ? "all" : areas.size()) + ".csv");
        Files.writeString(f, csv);
        return f;
    }

    /** Each declared area's votes by candidate name, from the declarations file. */
    private static Map<String, Map<String, Long>> votes(Path file) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String l :
                Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = l.split(",");
            out.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).merge(f[2], Long.parseLong(f[4]), Long::sum);
        }
        return out;
    }

    /**
     * Three areas declared: each is fixed at its declared shares and counted votes, the rest projected; the chances
     * are shares of simulations, so each is in [0, 1] and they sum to 1.
     */
    @Test
    void withThreeAreasDeclaredTheyAreFixedAndTheChancesSumToOne() throws IOException {
        Path night = declarations(FIRST_THREE);
        CliRun r = run("live", "capital-2021", "--declared", night.toString(), "--sims", "4000", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(r.out());
        assertThat(f.get("declared").asInt()).isEqualTo(3);
        assertThat(f.get("constituencies").asInt()).isEqualTo(14);
        double sum = 0;
        for (JsonNode c : f.get("candidates")) {
            assertThat(c.get("pWin").asDouble()).isBetween(0.0, 1.0);
            sum += c.get("pWin").asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        Map<String, Map<String, Long>> declared = votes(night);
        long khan = 0;
        for (JsonNode s : f.get("constituencyStatus")) {
            String area = s.get("constituency").asText();
            if (!declared.containsKey(area)) {
                assertThat(s.get("status").asText()).as(area).isEqualTo("to come");
                continue;
            }
            assertThat(s.get("status").asText()).as(area).isEqualTo("declared");
            Map<String, Long> here = declared.get(area);
            double total = here.values().stream().mapToLong(Long::longValue).sum();
            // Fixed in every simulation: the mean share there is the declared share (to the thousandth of a point
            // the model's conditioning on a full declaration allows; its variance there is 1e-6 points²).
            assertThat(s.get("share").get("khan").asDouble())
                    .as(area)
                    .isCloseTo(100 * here.get("Sadiq Khan") / total, within(1e-3));
            assertThat(s.get("share").get("bailey").asDouble())
                    .as(area)
                    .isCloseTo(100 * here.get("Shaun Bailey") / total, within(1e-3));
            assertThat(s.get("pLead").asDouble()).as(area).isEqualTo(1.0);
            khan += here.get("Sadiq Khan");
        }
        JsonNode k = f.get("candidates").get(0);
        assertThat(k.get("id").asText()).isEqualTo("khan");
        assertThat(k.get("votesCounted").asLong()).isEqualTo(khan);
        assertThat(r.out()).contains("area baselines: capital-2016's mayoral results by area (14 of 14 areas)");
        assertThat(r.out()).doesNotContain("Assembly");
    }

    /**
     * The baseline's rows are matched to the areas as declarations are ("&" for "and", any case); an area the file
     * spells otherwise is missing, and the refusal names it, the file and the stray spelling, before anything runs.
     */
    @Test
    void anAreaMissingFromTheBaselineIsRefusedNamingItAndTheStraySpelling() throws IOException {
        Path file = data.resolve("results/capital_mayor_constituency_results.csv");
        String rows = Files.readString(file);
        Files.writeString(file, rows.replace(",Barnet and Camden,", ",BARNET & CAMDEN,"));
        Path night = declarations(FIRST_THREE);
        CliRun ok = run("live", "capital-2021", "--declared", night.toString(), "--sims", "1000");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("(14 of 14 areas)").contains("(3 of 14 areas declared)");
        Files.writeString(file, rows.replace(",Barnet and Camden,", ",Barnet and Camdn,"));
        CliRun r = run("live", "capital-2021", "--declared", night.toString(), "--sims", "1000");
        assertThat(r.status()).isNotZero();
        assertThat(r.err())
                .startsWith("pollcast: " + file + ": no capital-2016 mayoral results for Barnet and Camden of"
                        + " capital-2021")
                .contains("year 2016")
                .contains("its 2016 rows name 'Barnet and Camdn', which is no area of capital-2021")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    /** All 14 declared: the projection names the actual winner (Khan won the 2021 run-off). */
    @Test
    void withEveryAreaDeclaredTheActualWinnerIsProjected() throws IOException {
        CliRun r = run(
                "live",
                "capital-2021",
                "--declared",
                declarations(null).toString(),
                "--sims",
                "4000",
                "--format",
                "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(r.out());
        assertThat(f.get("declared").asInt()).isEqualTo(14);
        assertThat(f.get("firstRoundCounted").asBoolean()).isTrue();
        JsonNode best = null;
        for (JsonNode c : f.get("candidates")) {
            best = best == null || c.get("pWin").asDouble() > best.get("pWin").asDouble() ? c : best;
        }
        assertThat(best.get("id").asText()).isEqualTo("khan");
        assertThat(best.get("pWin").asDouble()).isGreaterThan(0.99);
        assertThat(best.get("votesCounted").asLong()).isEqualTo(1_013_721); // London Elects' total, GLRO2021
    }

    /** The night's page has one tile per area, where the definition puts it, and says "areas". */
    @Test
    void theNightsPageHasATilePerAreaWhereTheDefinitionPutsIt() throws IOException {
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report",
                "capital-2021",
                "--declared",
                declarations(FIRST_THREE).toString(),
                "--out",
                out.toString(),
                "--sims",
                "2000",
                "--step-sims",
                "500");
        assertThat(r.status()).as(r.err()).isZero();
        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        var tiles = page.select("#tile-map g.tile");
        assertThat(tiles).hasSize(14);
        assertThat(tiles.eachAttr("data-constituency")).contains("Barnet and Camden", "West Central");
        assertThat(page.select("#tile-map g.tile text").eachText()).contains("declared", "to come");
        // Barnet and Camden's tile is at [2, 0] in capital-2021.yaml: x = 2 × (112 + 6), y = 0.
        assertThat(page.select("#tile-map g.tile[data-constituency=Barnet and Camden] rect")
                        .first()
                        .attr("x"))
                .isEqualTo("236");
        assertThat(page.select("#night-map figcaption").text()).contains("as the election's definition lays them out");
        assertThat(page.select("#headline + p.sub").text()).contains("3 of 14 areas declared");
        assertThat(page.select("#projection-h").text()).isEqualTo("Capital-wide first preferences");
        assertThat(page.text()).doesNotContain("London-wide");
    }

    /**
     * Without tiles in the definition the areas fill rows of five in the definition's order: the 14 take three rows.
     * No declarations are needed to draw it: an empty file is the pre-election forecast.
     */
    @Test
    void withoutTilesTheAreasFillRowsInTheirOrder() throws IOException {
        Path def = data.resolve("elections/capital-2021.yaml");
        Files.writeString(def, Files.readString(def).replaceAll(", tile: \\[\\d, \\d\\]", ""));
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "constituency,candidate,votes\n");
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report",
                "capital-2021",
                "--declared",
                empty.toString(),
                "--out",
                out.toString(),
                "--sims",
                "1000",
                "--step-sims",
                "500");
        assertThat(r.status()).as(r.err()).isZero();
        Document page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.select("#tile-map g.tile")).hasSize(14);
        // 5 columns and 3 rows of 112 px squares with 6 px gaps, plus a 2 px margin on each side.
        assertThat(page.select("svg#tile-map").attr("viewBox")).isEqualTo("-2 -2 588 352");
        // The 7th area in definition order (Enfield and Haringey) starts the second row, second column.
        var enfield = page.select("#tile-map g.tile[data-constituency=Enfield and Haringey] rect")
                .first();
        assertThat(enfield.attr("x")).isEqualTo("118");
        assertThat(enfield.attr("y")).isEqualTo("118");
        assertThat(page.select("#night-map figcaption").text()).contains("row by row");
    }
}
