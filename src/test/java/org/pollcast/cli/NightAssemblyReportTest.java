package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report ELECTION --declared FILE --declared-assembly FILE2}: the Assembly on election night's page. The
 * declarations are real, 2021's as London Elects declared them (LE2021 in data/results/SOURCES.md): three mayoral
 * constituencies and two Assembly ones, as on a night when the Assembly's count lags. The declared winners are read
 * from the bundled file's {@code elected} column, never written into the test.
 */
class NightAssemblyReportTest {
    private static final Path MAYOR = Path.of("data/results/london_mayor_constituency_results.csv");
    private static final Path ASSEMBLY = Path.of("data/results/london_assembly_constituency_results.csv");
    private static final List<String> MAYOR_ORDER = List.of("North East", "Bexley and Bromley", "West Central");
    private static final List<String> ASSEMBLY_ORDER = List.of("North East", "Bexley and Bromley");

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    /** The 2021 rows of {@code constituencies} from a bundled results file, in that order, under its header. */
    private Path rows(Path results, List<String> constituencies, String name) throws IOException {
        List<String> lines = Files.readAllLines(results);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (String c : constituencies) {
            lines.stream()
                    .filter(l -> l.startsWith("2021," + c + ","))
                    .forEach(l -> csv.append(l).append('\n'));
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, csv);
        return f;
    }

    /** The party (as the results file names it) elected in each 2021 constituency, from its {@code elected} flag. */
    private static Map<String, String> elected2021() throws IOException {
        List<String> lines = Files.readAllLines(ASSEMBLY);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, String> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            if (f[0].equals("2021") && f[header.indexOf("elected")].equals("1")) {
                out.put(f[header.indexOf("constituency")], f[header.indexOf("party")]);
            }
        }
        return out;
    }

    @Test
    void theAssemblyJoinsTheNightsPageWithItsOwnDeclarations() throws IOException {
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report",
                "london-2021",
                "--declared",
                rows(MAYOR, MAYOR_ORDER, "mayor.csv").toString(),
                "--declared-assembly",
                rows(ASSEMBLY, ASSEMBLY_ORDER, "assembly.csv").toString(),
                "--out",
                out.toString(),
                "--sims",
                "3000",
                "--step-sims",
                "500");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 charts");
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html")));
        Element section = page.selectFirst("section#assembly");
        assertThat(section).isNotNull();
        assertThat(page.select("nav a[href=#assembly]")).hasSize(1);

        // Plain words first: the largest party, the blocs, and how many are declared (fewer than the Mayor's).
        Map<String, String> elected = elected2021();
        Element summary = section.selectFirst("h2 + p#assembly-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.text())
                .containsPattern("is projected to be the largest party, with an? .+ chance \\(")
                .contains("One party has a majority (13 of 25): ")
                .contains("2 of 14 Assembly constituencies declared (the Mayor's: 3), won by ");
        for (String c : ASSEMBLY_ORDER) {
            assertThat(summary.text()).contains(elected.get(c));
        }

        // The seats table: the means add up to the 25 seats, and the declared seats are the declared winners'.
        List<Element> partyRows = section.select("#assembly-night-table tbody tr");
        assertThat(partyRows).isNotEmpty();
        double seats = partyRows.stream()
                .mapToDouble(tr -> Double.parseDouble(tr.child(1).text()))
                .sum();
        assertThat(seats).as("seats, rounded to 0.1 each").isCloseTo(25, within(0.05 * partyRows.size()));
        Map<String, Integer> declared = new HashMap<>();
        partyRows.forEach(tr ->
                declared.put(tr.child(0).text(), Integer.parseInt(tr.child(4).text())));
        for (String c : ASSEMBLY_ORDER) {
            assertThat(declared.get(elected.get(c))).as(c).isGreaterThanOrEqualTo(1);
        }
        assertThat(declared.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ASSEMBLY_ORDER.size());

        // The chart: a PNG for each size, with alt text, a caption, and a table whose parts add up to the total.
        Element chart = section.selectFirst("#chart-assembly-night-seats");
        assertThat(chart.selectFirst("img").attr("alt")).startsWith("Stacked bar chart");
        assertThat(chart.selectFirst("figcaption").text()).contains("90% range");
        assertThat(out.resolve("charts/assembly-night-seats.png")).exists();
        assertThat(out.resolve("charts/assembly-night-seats-phone.png")).exists();
        for (Element tr : chart.select("details table tbody tr")) {
            double parts = Double.parseDouble(tr.child(1).text())
                    + Double.parseDouble(tr.child(2).text())
                    + Double.parseDouble(tr.child(3).text());
            assertThat(parts)
                    .as(tr.child(0).text())
                    .isCloseTo(Double.parseDouble(tr.child(4).text()), within(0.16));
        }

        // The Assembly's map beside the Mayor's: the declared solid and "won" in the winner's colour, the rest to come.
        List<Element> tiles = section.select("svg#assembly-tile-map g.tile");
        assertThat(tiles).hasSize(14);
        assertThat(page.select("svg.tilemap g.tile")).hasSize(28);
        for (Element tile : tiles) {
            String name = tile.attr("data-constituency");
            boolean won = ASSEMBLY_ORDER.contains(name);
            assertThat(tile.text()).as(name).contains(won ? "declared" : "to come");
            assertThat(tile.text()).as(name).contains(won ? " won" : "%");
            assertThat(tile.select("rect[stroke-dasharray]")).as(name).hasSize(won ? 0 : 1);
        }
        List<Element> seatRows = section.select("#assembly-night-constituency-table tbody tr");
        assertThat(seatRows).hasSize(14);
        for (Element tr : seatRows) {
            String name = tr.child(0).text();
            if (ASSEMBLY_ORDER.contains(name)) {
                assertThat(tr.child(1).text()).isEqualTo("Declared");
                assertThat(tr.child(2).text()).contains("(" + elected.get(name) + ") won");
            } else {
                assertThat(tr.child(1).text()).isEqualTo("To come");
                assertThat(tr.child(2).text()).endsWith(" leads");
            }
        }
        // Unique ids with two maps and two legends on one page.
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();

        // The data files: every party's seats, each constituency's winner or leader, the blocs; live's JSON.
        List<String> parties = Files.readAllLines(out.resolve("data/assembly.csv"));
        assertThat(parties.get(0))
                .startsWith("party,name,seats_mean,seats_p50,seats_p05,seats_p95,constituency_declared,");
        int declaredCol = List.of(parties.get(0).split(",")).indexOf("constituency_declared");
        assertThat(parties.stream()
                        .skip(1)
                        .mapToInt(l -> Integer.parseInt(l.split(",")[declaredCol]))
                        .sum())
                .isEqualTo(ASSEMBLY_ORDER.size());
        List<String> seatsCsv = Files.readAllLines(out.resolve("data/assembly-constituencies.csv"));
        assertThat(seatsCsv.get(0))
                .isEqualTo("constituency,status,winner_or_leader,party,win_%,share_p50,share_p05,share_p95");
        assertThat(seatsCsv.stream().filter(l -> l.startsWith("North East,declared,")))
                .anyMatch(l -> l.contains(",100.0,"));
        assertThat(Files.readAllLines(out.resolve("data/assembly-blocs.csv")).get(0))
                .isEqualTo("bloc,label,chance_%");
        JsonNode json =
                new ObjectMapper().readTree(out.resolve("projection.json").toFile());
        assertThat(json.get("assembly").get("declared")).hasSize(ASSEMBLY_ORDER.size());
        assertThat(json.get("notes").toString()).doesNotContain("the Assembly is not projected");
    }

    /**
     * A digit too many on Labour's 47,389 in Bexley and Bromley (LE2021): refused with its file, line and field once
     * the baseline's turnout is known, and nothing written; as is a negative vote, before any simulation.
     */
    @Test
    void aBadAssemblyFileNamesFileLineAndFieldAndWritesNothing() throws IOException {
        Path mayor = rows(MAYOR, MAYOR_ORDER, "mayor.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(rows(ASSEMBLY, List.of("Bexley and Bromley"), "a.csv")));
        int labour = rows.indexOf(rows.stream()
                .filter(l -> l.startsWith("2021,Bexley and Bromley,Labour,") && l.contains(",47389,"))
                .findFirst()
                .orElseThrow());
        rows.set(labour, rows.get(labour).replace(",47389,", ",473890,"));
        Path digit = tmp.resolve("digit.csv");
        Files.write(digit, rows);
        Path negative = tmp.resolve("negative.csv");
        Files.writeString(negative, "constituency,party,votes\nNorth East,Labour,100\nWest Central,Green,-7\n");
        Map<Path, String> cases = Map.of(
                // The constituency's first row: the total is the declaration's, not one row's.
                digit, digit + ":2: field 'votes': Bexley and Bromley's votes add up to",
                negative, negative + ":3: field 'votes': -7 is negative");
        Path out = tmp.resolve("night");
        for (Map.Entry<Path, String> e : cases.entrySet()) {
            CliRun r = run(
                    "report",
                    "london-2021",
                    "--declared",
                    mayor.toString(),
                    "--declared-assembly",
                    e.getKey().toString(),
                    "--out",
                    out.toString(),
                    "--sims",
                    "1000");
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(e.getValue());
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .noneMatch(n -> n.startsWith(".night"));
        }
    }

    @Test
    void theOptionIsRefusedWhereThereIsNoAssemblyOrNoNight() throws IOException {
        Path mayor = rows(MAYOR, MAYOR_ORDER, "mayor.csv");
        Path assembly = rows(ASSEMBLY, ASSEMBLY_ORDER, "assembly.csv");
        // The West Midlands' definition (src/test/resources/westmidlands) has a Mayor and no Assembly.
        CliRun none = run(
                "report",
                "src/test/resources/westmidlands/wm-2021.yaml",
                "--declared",
                mayor.toString(),
                "--declared-assembly",
                assembly.toString(),
                "--out",
                tmp.resolve("wm").toString());
        assertThat(none.status()).as(none.err()).isEqualTo(2);
        assertThat(none.err())
                .contains("--declared-assembly: ")
                .contains("no Assembly (no additional-member contest)")
                .doesNotContain("Exception");
        assertThat(tmp.resolve("wm")).doesNotExist();
        CliRun alone = run("report", "london-2021", "--declared-assembly", assembly.toString());
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err()).contains("--declared-assembly goes with --declared");
    }
}
