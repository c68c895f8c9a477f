package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report ELECTION --declared FILE}: election night's page on the report's tile map. The declarations are
 * real: 2021's mayoral first preferences by constituency, as London Elects declared them (the bundled
 * data/results/london_mayor_constituency_results.csv, source LE2021), three of them in an order of our choosing.
 */
class NightReportTest {
    private static final Path RESULTS = Path.of("data/results/london_mayor_constituency_results.csv");
    private static final List<String> ORDER = List.of("North East", "Bexley and Bromley", "West Central");

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    /** The 2021 rows of the {@link #ORDER} constituencies, in that order, under the bundled file's header. */
    private Path declarations() throws IOException {
        List<String> lines = Files.readAllLines(RESULTS);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (String constituency : ORDER) {
            lines.stream()
                    .filter(l -> l.startsWith("2021," + constituency + ","))
                    .forEach(l -> csv.append(l).append('\n'));
        }
        Path f = tmp.resolve("night.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void theNightsPageShowsTheDeclaredOnTheMapAndHowTheProjectionMoved() throws IOException {
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report",
                "london-2021",
                "--declared",
                declarations().toString(),
                "--out",
                out.toString(),
                "--sims",
                "4000",
                "--step-sims",
                "1000");
        assertThat(r.status()).as(r.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html")));

        // The summary comes first and says who is projected to win, how sure, and how much is counted.
        Element summary = page.selectFirst("main > p#summary");
        assertThat(summary).isNotNull();
        assertThat(page.selectFirst("main").child(0)).isEqualTo(summary);
        assertThat(summary.text())
                .contains("is projected to win, with a")
                .containsPattern("\\d+% of the expected vote is counted: 3 of 14 constituencies declared");

        // 14 tiles; the declared ones solid and marked in words, the rest striped with dashed outlines.
        List<Element> tiles = page.select("svg.tilemap g.tile");
        assertThat(tiles).hasSize(14);
        for (Element tile : tiles) {
            boolean declared = ORDER.contains(tile.attr("data-constituency"));
            assertThat(tile.text()).as(tile.attr("data-constituency")).contains(declared ? "declared" : "to come");
            assertThat(tile.text()).contains(declared ? " won" : "%");
            assertThat(tile.select("rect[stroke-dasharray]")).hasSize(declared ? 0 : 1);
        }
        assertThat(page.select("#night-legend").text()).contains("Declared").contains("Still to come");
        List<Element> seats = page.select("#night-constituency-table tbody tr");
        assertThat(seats).hasSize(14);
        assertThat(seats.stream().filter(tr -> tr.child(1).text().equals("Declared")))
                .hasSize(ORDER.size());

        // One row per declaration, in the order they arrived, after the pre-election forecast's row 0.
        List<Element> moves = page.select("#moves-table tbody tr");
        assertThat(moves).hasSize(ORDER.size() + 1);
        assertThat(moves.get(0).child(0).text()).isEqualTo("0");
        for (int i = 1; i <= ORDER.size(); i++) {
            assertThat(moves.get(i).child(0).text()).isEqualTo(Integer.toString(i));
            assertThat(moves.get(i).child(1).text()).isEqualTo(ORDER.get(i - 1));
        }

        // The bands: an image with words, and the numbers in a table; each PNG chart has alt text and its data.
        assertThat(page.selectFirst("svg#night-bands").attr("aria-label")).contains("Sadiq Khan most likely");
        assertThat(page.select("#night-bands-table tbody tr")).isNotEmpty();
        for (String chart : List.of("night-chance", "night-share")) {
            Element img = page.selectFirst("#chart-" + chart + " img");
            assertThat(img.attr("alt")).as(chart).contains("after each of the 3 so far");
            assertThat(out.resolve("charts/" + chart + ".png")).exists();
            assertThat(out.resolve("charts/" + chart + "-phone.png")).exists();
            assertThat(page.select("#chart-" + chart + " details table tbody tr"))
                    .hasSize(ORDER.size() + 1);
        }

        // The CSVs: the projection as live writes it, and every candidate at every step.
        assertThat(Files.readAllLines(out.resolve("projection.csv")).get(0))
                .startsWith("candidate,name,party,win_%,chance");
        List<String> movesCsv = Files.readAllLines(out.resolve("data/moves.csv"));
        assertThat(movesCsv.get(0)).startsWith("declared,constituency,counted_%,candidate,win_%,p05");
        assertThat(movesCsv.stream().skip(1).map(l -> l.split(",")[0]).distinct())
                .containsExactly("0", "1", "2", "3");
        // live's JSON says who leads in each constituency: a declared one's winner, always.
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("projection.json").toFile());
        for (com.fasterxml.jackson.databind.JsonNode seat : json.get("constituencyStatus")) {
            if (seat.get("constituency").asText().equals("North East")) {
                assertThat(seat.get("status").asText()).isEqualTo("declared");
                assertThat(seat.get("leader").asText()).isEqualTo("khan");
                assertThat(seat.get("pLead").asDouble()).isEqualTo(1.0);
            }
            assertThat(seat.get("share").size())
                    .isEqualTo(json.get("candidates").size());
        }
        assertThat(out.resolve("data/constituencies.csv")).exists();
        // Without --declared-assembly the page is the Mayor's alone, and says so; live's JSON leaves the field out.
        assertThat(page.select("section#assembly, svg#assembly-tile-map")).isEmpty();
        assertThat(out.resolve("data/assembly.csv")).doesNotExist();
        assertThat(json.has("assembly")).isFalse();
        assertThat(page.select("#notes").text()).contains("the Assembly is not projected on the night");

        long bytes;
        try (Stream<Path> files = Files.walk(out)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertThat(bytes).as("the report folder's size").isLessThan(1_500_000);
    }

    /** The night page of london-2021 for {@code declared}, written to {@code out}, 500 simulations a step. */
    private Document nightPage(Path declared, Path out, String sims) throws IOException {
        CliRun r = run(
                "report",
                "london-2021",
                "--declared",
                declared.toString(),
                "--out",
                out.toString(),
                "--sims",
                sims,
                "--step-sims",
                "500");
        assertThat(r.status()).as(r.err()).isZero();
        return Jsoup.parse(Files.readString(out.resolve("index.html")));
    }

    /**
     * All 14 of 2021's first preferences (LE2021) with each constituency's second preferences beside them (made up:
     * a tenth of the other candidates' ballots to Khan, a twelfth to Bailey). Second preferences are counted after the
     * first round: taken with each constituency, they showed the race decided at the 14th constituency's step, on a
     * newsroom's night whose second preferences came in later. The steps replay the first preferences, and the
     * second preferences are a step of their own at the end, where alone the count decides it.
     */
    @Test
    void secondPreferencesAreAStepOfTheirOwn() throws IOException {
        List<String> rows = Files.readAllLines(RESULTS).stream()
                .filter(l -> l.startsWith("2021,"))
                .toList();
        StringBuilder csv = new StringBuilder("constituency,candidate,votes,round\n");
        java.util.Map<String, Long> others = new java.util.LinkedHashMap<>();
        for (String l : rows) {
            String[] c = l.split(",");
            csv.append(c[1]).append(',').append(c[2]).append(',').append(c[4]).append(",1\n");
            if (!c[2].equals("Sadiq Khan") && !c[2].equals("Shaun Bailey")) {
                others.merge(c[1], Long.parseLong(c[4]), Long::sum);
            }
        }
        others.forEach((seat, v) -> csv.append(seat)
                .append(",Sadiq Khan,")
                .append(v / 10)
                .append(",2_transfers\n")
                .append(seat)
                .append(",Shaun Bailey,")
                .append(v / 12)
                .append(",2_transfers\n"));
        Path out = tmp.resolve("night");
        Document page = nightPage(Files.writeString(tmp.resolve("all-rounds.csv"), csv), out, "2000");
        List<String> steps = page.select("#moves-table tbody tr").eachText();
        assertThat(steps).hasSize(16);
        assertThat(steps.subList(0, 15)).as("the first round's steps").noneMatch(row -> row.contains("certain"));
        assertThat(steps.get(15)).contains("second preferences counted").contains("certain");
        assertThat(page.selectFirst("h1").text()).startsWith("Sadiq Khan is elected");
        assertThat(Files.readString(out.resolve("data/moves.csv"))).contains(",second preferences,");
    }

    /**
     * All 14 of 2021's declarations (LE2021) and no second preferences: every simulation has Khan winning, but the
     * run-off is not counted. The page must say so in one voice: never 100% or "certain", and the same words for a
     * chance in the summary as in the tables.
     */
    @Test
    void beforeTheCountDecidesNoChanceIsCalledCertainAnywhereOnThePage() throws IOException {
        Path all = tmp.resolve("all.csv");
        List<String> lines = Files.readAllLines(RESULTS);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        lines.stream()
                .filter(l -> l.startsWith("2021,"))
                .forEach(l -> csv.append(l).append('\n'));
        Files.writeString(all, csv);
        Document page = nightPage(all, tmp.resolve("night"), "4000");
        String summary = page.selectFirst("p#summary").text();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Sadiq Khan is projected to win: more than 99 in 100");
        assertThat(summary)
                .contains("Sadiq Khan's London-wide share of first preferences is 40.0%, every constituency counted")
                .doesNotContain("between 40.0% and 40.0%")
                .contains("more than 99 in 100 chance (>99.9%)")
                .contains("Shaun Bailey has less than 1 in 100 (<0.1%)");
        String tables = page.select("table").text();
        // The chances as every chance is printed (Tables.tenths), kept off 0 and 100: ">99.9%", never "100.0%".
        assertThat(tables)
                .doesNotContain("100.0%")
                .doesNotContain("almost certain")
                .doesNotContain("1 in 200")
                .contains(">99.9% (more than 99 in 100)");
        assertThat(page.select("img").eachAttr("alt")).noneMatch(a -> a.contains("100.0%"));
    }

    /**
     * Havering and Redbridge 2021 as a news report gave it, Bailey's and Khan's votes only (LE2021): the table showed
     * it declared with shares nobody reported ("Bailey 46.4%, Khan 29.4%, Berry 5.8%"; the count had 50.3 and 30.4).
     * It shows the votes given and says the rest were not; a candidate given that the forecast lumps into Others
     * (Count Binface, 1,188 there) is named from the contest (the page failed on Trafford 2017's Brophy).
     */
    @Test
    void aNewsReportsLeadingTwoShowTheirVotesNotEstimatedShares() throws IOException {
        Path report = Files.writeString(
                tmp.resolve("report.csv"),
                "constituency,candidate,votes\nHavering and Redbridge,Shaun Bailey,82361\n"
                        + "Havering and Redbridge,Sadiq Khan,49818\n"
                        + "Havering and Redbridge,Count Binface,1188\n");
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report", "london-2021", "--declared", report.toString(), "--out", out.toString(), "--sims", "2000");
        assertThat(r.status()).as(r.err()).isZero();
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(out.resolve("index.html").toFile());
        String row = page.select("#night-constituency-table tbody tr").stream()
                .filter(tr -> tr.text().startsWith("Havering and Redbridge"))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(row)
                .contains("Bailey 82,361, Khan 49,818, Binface 1,188 votes; the rest not given, so no shares")
                .doesNotContain("%");
    }

    /**
     * A constituency still counting is a step of its own, and was plotted and listed as one more "declared": a newsroom
     * read 2 declared where 1 was. With one among the steps the axis and the table count those reporting.
     */
    @Test
    void aConstituencyStillCountingIsReportingNotDeclared() throws IOException {
        Path file = Files.writeString(
                tmp.resolve("counting.csv"),
                "constituency,candidate,votes,counted\nHavering and Redbridge,Shaun Bailey,82361,\n"
                        + "Havering and Redbridge,Sadiq Khan,49818,\nHavering and Redbridge,Others,40000,\n"
                        + "North East,Sadiq Khan,30000,40\nNorth East,Shaun Bailey,8000,40\nNorth East,Others,12000,40\n");
        Path out = tmp.resolve("night");
        CliRun r = run(
                "report",
                "london-2021",
                "--declared",
                file.toString(),
                "--out",
                out.toString(),
                "--sims",
                "2000",
                "--step-sims",
                "1000");
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("North East (counting, 40% counted)");
        Document page = Jsoup.parse(html);
        assertThat(page.select("th").eachText()).contains("Reporting").doesNotContain("Declared");
    }

    @Test
    void aBadDeclarationsFileNamesFileLineAndFieldAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "constituency,candidate,votes\nNorth East,Khan,100\nWest Central,Bailey,-7\n");
        Path out = tmp.resolve("night");
        CliRun r =
                run("report", "london-2021", "--declared", bad.toString(), "--out", out.toString(), "--sims", "1000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3: field 'votes': -7 is negative");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .noneMatch(n -> n.startsWith(".night"));
        }
        assertThat(run("report", "london-2021", "--step-sims", "10").err())
                .contains("--step-sims goes with --declared");
        // the night's model has its own error settings: one it would not use is refused, not ignored
        CliRun ignored =
                run("report", "london-2021", "--declared", bad.toString(), "--polling-error", "3", "--half-life", "7");
        assertThat(ignored.status()).isEqualTo(2);
        assertThat(ignored.err()).contains("--polling-error, --half-life does not go with --declared");
    }

    /**
     * First past the post has one round: London 2024's page speaks of votes and vote share, never of first
     * preferences. One constituency's leading two, as a news report gives them (figures for the wording only).
     */
    @Test
    void aFirstPastThePostNightSpeaksOfVoteShareNotFirstPreferences() throws IOException {
        Path one = tmp.resolve("one24.csv");
        Files.writeString(
                one,
                "constituency,candidate,votes\nMerton and Wandsworth,Sadiq Khan,84725\nMerton and Wandsworth,Susan Hall,50976\n");
        Path out = tmp.resolve("night24");
        CliRun r = run(
                "report",
                "london-2024",
                "--declared",
                one.toString(),
                "--out",
                out.toString(),
                "--sims",
                "2000",
                "--step-sims",
                "300");
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        Document page = Jsoup.parse(html);
        // The notes may cite london-2021's first preferences, which its prior is built from: the page's own words not.
        page.select("section#notes").remove();
        assertThat(page.html().toLowerCase(java.util.Locale.ROOT)).doesNotContain("first preference");
        assertThat(page.selectFirst("h2#projection-h").text()).isEqualTo("London-wide vote share");
        assertThat(page.selectFirst("p#summary").text()).contains("London-wide share of the vote is most likely");
        assertThat(page.select("img").eachAttr("alt")).anyMatch(a -> a.contains("projected London-wide vote share"));
    }
}
