package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.ForecastCsv;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportCharts;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** The report (chart data, files, escaping) and the nightly run. The report in a real browser: ReportBrowserIT. */
class ReportAndNightlyTest {
    /** A poll whose pollster, client and source are HTML; ReportBrowserIT renders the same report in Chromium. */
    static final String HOSTILE_POLLS =
            "pollster,client,fieldwork_end,sample_size,johnson,livingstone,paddick,other,source\n"
                    + "\"<script>alert(1)</script>\",\"<img src=x onerror=alert(2)>\",2012-04-20,1000,44,40,8,8,\"\"\"><b>bold</b>\"\n";

    static final List<String> CHARTS = List.of(
            "trend",
            "house-effects",
            "win-probability",
            "first-preferences",
            "runoff-pairs",
            "runoff-margin",
            "assembly-seats",
            "blocs");

    @TempDir
    Path tmp;

    /**
     * The store of the forecasts that several tests only read (below), each built once for the class rather than
     * once in every test that reads it: the forecast was the slow part of each of those tests. Like each test's own
     * store, it starts empty and the first forecast loads the bundled polls into it.
     */
    @TempDir
    static Path shared;

    private static ForecastOutcome outcome2012;
    private static ReportInput input2012;
    private static ReportInput input2024;
    private static ReportInput input2028;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    /**
     * A Westminster poll's question is "westminster": its contest and its scope share the name, and the report's poll
     * table, like average's heading, said "westminster westminster".
     */
    @Test
    void aWestminsterPollsQuestionIsNamedOnce() throws Exception {
        Path out = tmp.resolve("westminster");
        CliRun r = run(
                "report",
                "london-2028",
                "--as-of",
                "2026-12-01",
                "--sims",
                "2000",
                "--no-race-chart",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String page = Files.readString(out.resolve("index.html"));
        // The definition's own notes are on the page, which no page showed (a blind trial's Welsh kit said in its
        // notes that it forecast the old system, and no reader could see it).
        assertThat(page)
                .contains("<p class=\"sub\" id=\"definition-notes\">About this election's definition: Scheduled for"
                        + " the first Thursday in May 2028");
        String table = page.substring(page.indexOf("polls-table"));
        assertThat(table)
                .contains("<td>westminster</td>")
                .contains("<td>mayor first_pref</td>")
                .doesNotContain("westminster westminster")
                // Shares by name, as a reader knows them, not by id ("lab 30, reform 19").
                .contains("<td>Labour ")
                .contains("Cunningham ")
                .doesNotContain("<td>lab ");
        CliRun average = run("average", "london-2028", "--contest", "westminster", "--as-of", "2026-12-01");
        assertThat(average.out()).startsWith("london-2028 westminster as of 2026-12-01:");
        assertThat(org.pollcast.election.Scope.LIST.question("assembly")).isEqualTo("assembly list");
    }

    private static Workspace sharedWorkspace() {
        return Workspace.of(null, shared.resolve("store.db"));
    }

    private static ForecastRequest request2012() {
        return ForecastRequest.of("london-2012", LocalDate.parse("2012-04-26"))
                .withSimulation(SimulationSettings.withDefaults().withSims(40_000L));
    }

    /** london-2012 four days out, 40,000 simulations: read by seven tests. */
    private static synchronized ReportInput input2012() {
        if (input2012 == null) {
            Workspace ws = sharedWorkspace();
            ForecastRequest r = request2012();
            outcome2012 = Forecasts.run(ws, r);
            input2012 =
                    ReportInputs.gather(ws, outcome2012, r.averaging(), null, Instant.parse("2026-11-25T00:00:00Z"));
        }
        return input2012;
    }

    private static synchronized ForecastOutcome outcome() {
        input2012();
        return outcome2012;
    }

    /** london-2024 on the eve of poll from 2021's result (no polls bundled), 20,000 simulations. */
    private static synchronized ReportInput input2024() {
        if (input2024 == null) {
            Workspace ws = sharedWorkspace();
            ForecastRequest r = ForecastRequest.of("london-2024", LocalDate.parse("2024-04-25"))
                    .withSimulation(SimulationSettings.withDefaults().withSims(20_000L));
            input2024 = ReportInputs.gather(
                    ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-11-25T00:00:00Z"));
        }
        return input2024;
    }

    /** london-2028 from its bundled polls as of 3 December 2026, 20,000 simulations. */
    private static synchronized ReportInput input2028() {
        if (input2028 == null) {
            Workspace ws = sharedWorkspace();
            ForecastRequest r = ForecastRequest.of("london-2028", LocalDate.parse("2026-12-03"))
                    .withSimulation(SimulationSettings.withDefaults().withSims(20_000L));
            input2028 = ReportInputs.gather(
                    ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2026-12-03T00:00:00Z"));
        }
        return input2028;
    }

    /** The bundled palette with a colour for each party of {@code in}'s election, as a report is drawn with. */
    private static Palette colours(ReportInput in) {
        return Palette.load(Path.of("data/palette.yaml")).forElection(in.election());
    }

    @Test
    void chartDataIsTheForecastsData() {
        ReportInput in = input2012();
        List<ChartSpec> charts = ReportCharts.all(in, colours(in));
        assertThat(charts).extracting(ChartSpec::id).containsExactlyElementsOf(CHARTS);
        ChartSpec win = charts.get(2);
        List<CandidateForecast> lead = byChance(in);
        for (int i = 0; i < lead.size(); i++) {
            assertThat(win.categories().get(i)).isEqualTo(lead.get(i).name());
            assertThat(win.series().get(i).y()[i]).isCloseTo(100 * lead.get(i).pWin(), within(1e-9));
            assertThat(win.series().get(i).error()[i])
                    .isCloseTo(100 * lead.get(i).pWinSe(), within(1e-9));
            // Its candidate's colour: the party's, but an independent's own hue, clear of Others' grey.
            assertThat(win.series().get(i).colour())
                    .isEqualTo(colours(in).hex(lead.get(i).id(), lead.get(i).party()));
        }
        // The trend line is the Kalman trend; its band is ±1.645 se (floored at 0).
        ChartSpec trend = charts.get(0);
        int j = in.trend().trend().options().indexOf("johnson");
        ChartSpec.Series johnson = trend.series().stream()
                .filter(s -> s.name().equals("Boris Johnson"))
                .findFirst()
                .orElseThrow();
        assertThat(johnson.y()).containsExactly(in.trend().trend().mean()[j]);
        assertThat(trend.markers()).extracting(ChartSpec.Marker::x).containsExactly((double)
                in.election().date().toEpochDay());
        // House effects: the average's own estimates and 90% half-widths.
        ChartSpec house = charts.get(1);
        for (int p = 0; p < house.categories().size(); p++) {
            String pollster = house.categories().get(p);
            HouseEffect h = in.average().houseEffects().stream()
                    .filter(x -> x.pollster().equals(pollster) && x.option().equals("johnson"))
                    .findFirst()
                    .orElseThrow();
            assertThat(house.series().get(0).y()[p]).isEqualTo(h.estimate());
            assertThat(house.series().get(0).error()[p]).isCloseTo(1.6448536269514722 * h.se(), within(1e-12));
        }
        // Distributions are distributions: each first-preference curve sums to 100%, less the tails under
        // 0.05% per half point that the chart trims away (well under one point in all).
        for (ChartSpec.Series s : charts.get(3).series()) {
            assertThat(java.util.Arrays.stream(s.y()).sum()).isBetween(99.0, 100.0 + 1e-9);
        }
        AssemblyForecast a = in.forecast().assembly();
        ChartSpec seats = charts.get(6);
        AssemblyForecast.PartySeats lab = a.parties().stream()
                .filter(p -> p.id().equals("lab"))
                .findFirst()
                .orElseThrow();
        ChartSpec.Series labSeries = seats.series().stream()
                .filter(s -> s.name().equals("Labour"))
                .findFirst()
                .orElseThrow();
        for (int s = 0; s < labSeries.y().length; s++) {
            assertThat(labSeries.y()[s]).isCloseTo(100 * lab.seatDistribution()[s], within(1e-9));
        }
        assertThat(charts.get(7).series().get(0).y()).hasSize(3);
    }

    /** The five likeliest winners, by chance of winning, then by first-preference share. */
    private static List<CandidateForecast> byChance(ReportInput in) {
        return in.forecast().mayor().candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted((a, b) -> a.pWin() != b.pWin()
                        ? Double.compare(b.pWin(), a.pWin())
                        : Double.compare(b.firstPref().mean(), a.firstPref().mean()))
                .limit(5)
                .toList();
    }

    /**
     * london-2028's bundled polls and one more, invented for this test (a YouGov poll with the Greens on 17 and the
     * Conservatives on 18), which leaves the Conservative candidate ahead of the Green on first preferences but
     * behind on the chance of winning (the Greens gain more from second preferences). The chart of the chance of
     * winning, its table and its alt text go by the chance of winning: by share, the alt text's "leading
     * candidates" left out the third likeliest winner.
     */
    @Test
    void theChanceOfWinningChartIsInOrderOfTheChanceOfWinning() throws IOException {
        Path poll = tmp.resolve("yougov.csv");
        Files.writeString(
                poll,
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,lab,con,ld,grn,reform\n"
                        + "london-2028,mayor,first_pref,YouGov,Test,2026-11-18,2026-11-22,1200,30,18,10,17,21\n");
        assertThat(run("ingest", "data/polls/london-2028.csv").status()).isZero();
        assertThat(run("ingest", poll.toString()).status()).isZero();
        CliRun report = run(
                "report",
                "london-2028",
                "--as-of",
                "2026-12-03",
                "--sims",
                "40000",
                "--no-race-chart",
                "--out",
                tmp.resolve("r").toString());
        assertThat(report.status()).as(report.err()).isZero();
        // The premise and the order by chance, from the report's own forecast.json: the simulations it drew.
        List<com.fasterxml.jackson.databind.JsonNode> candidates = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(tmp.resolve("r/forecast.json").toFile())
                .at("/contests/mayor/candidates")
                .forEach(candidates::add);
        java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> candidate =
                id -> candidates.stream()
                        .filter(c -> c.get("id").asText().equals(id))
                        .findFirst()
                        .orElseThrow();
        assertThat(candidate.apply("con").at("/firstPref/mean").asDouble())
                .as("the premise")
                .isGreaterThan(candidate.apply("grn").at("/firstPref/mean").asDouble());
        assertThat(candidate.apply("con").get("pWin").asDouble())
                .as("the premise")
                .isLessThan(candidate.apply("grn").get("pWin").asDouble());
        List<String> byChance = candidates.stream()
                .filter(c -> !c.get("id").asText().equals("other"))
                .sorted((a, b) -> a.get("pWin").asDouble() != b.get("pWin").asDouble()
                        ? Double.compare(b.get("pWin").asDouble(), a.get("pWin").asDouble())
                        : Double.compare(
                                b.at("/firstPref/mean").asDouble(),
                                a.at("/firstPref/mean").asDouble()))
                .limit(5)
                .map(c -> c.get("name").asText())
                .toList();
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(tmp.resolve("r/index.html").toFile());
        assertThat(page.selectFirst("#chart-win-probability img").attr("alt")).contains("Green candidate");
        // The table under the chart lists the chart's bars, in the chart's order.
        assertThat(page.select("#chart-win-probability details tbody tr").stream()
                        .map(tr -> tr.child(0).text())
                        .toList())
                .containsExactlyElementsOf(byChance);
    }

    /**
     * The run-off pairs' bar labels are short enough to sit side by side: on london-2028's report "Labour candidate v
     * Conservative candidate" and five more like it ran into each other, unreadable, and on a phone XChart dropped
     * every other label, leaving bars unnamed. Surnames when they tell the candidates apart, else the names without
     * the words every candidate's name shares; the table under the chart keeps the full names.
     */
    @Test
    void runoffPairsAreLabelledShortly() {
        ChartSpec pairs2012 = ReportCharts.all(input2012(), colours(input2012())).stream()
                .filter(c -> c.id().equals("runoff-pairs"))
                .findFirst()
                .orElseThrow();
        assertThat(pairs2012.categories()).contains("Johnson v Livingstone");
        ChartSpec pairs2028 = ReportCharts.all(input2028(), colours(input2028())).stream()
                .filter(c -> c.id().equals("runoff-pairs"))
                .findFirst()
                .orElseThrow();
        assertThat(pairs2028.categories()).contains("Labour v Conservative").allMatch(l -> !l.contains("candidate"));
    }

    /**
     * The trend chart's legend names each house as its polls were published: the January 2026 poll is Savanta's,
     * though its house for house effects is ComRes (the alias table), and a reader looking for Savanta found
     * "ComRes".
     */
    @Test
    void theTrendLegendNamesPollstersAsTheyPublished() {
        ChartSpec trend = ReportCharts.all(input2028(), colours(input2028())).stream()
                .filter(c -> c.id().equals("trend"))
                .findFirst()
                .orElseThrow();
        assertThat(trend.series().stream().filter(ChartSpec.Series::inLegend).map(ChartSpec.Series::name))
                .contains("Savanta", "Find Out Now")
                .doesNotContain("ComRes");
    }

    /**
     * A place's first election (West Midlands 2024) is graded on other places' elections, London's: the page
     * presented them as "each earlier election", a record a reader takes for the place's own. It now says whose they
     * are when none is of the report's series. (Rows written by hand: only whose elections they are matters here.)
     */
    @Test
    void aTrackRecordOfOtherPlacesElectionsSaysSo() {
        java.util.function.Function<String, org.pollcast.backtest.BacktestRow> row =
                id -> new org.pollcast.backtest.BacktestRow(
                        id,
                        7,
                        "",
                        "model",
                        10,
                        "",
                        1.5,
                        1.0,
                        Double.NaN,
                        0.1,
                        0.3,
                        2,
                        3,
                        3,
                        2.5,
                        Double.NaN,
                        Double.NaN,
                        0,
                        0);
        ReportInput in = input2024();
        Palette palette = colours(in);
        String own = org.pollcast.report.HtmlReport.render(
                in.withExplanations(
                        List.of(), new ReportInput.TrackRecord(7, List.of(row.apply("london-2021")), List.of())),
                ReportCharts.all(in, palette),
                palette);
        String others = org.pollcast.report.HtmlReport.render(
                in.withExplanations(
                        List.of(), new ReportInput.TrackRecord(7, List.of(row.apply("wm-2021")), List.of())),
                ReportCharts.all(in, palette),
                palette);
        String says = "has no earlier election with polls and a result to test the model on: the record below is the"
                + " same model's on other places' elections";
        assertThat(own).contains("each earlier election forecast 7 days out").doesNotContain(says);
        assertThat(others).contains("London " + says);
    }

    /**
     * The house-effects chart and its table of numbers named houses by house alone: london-2028's Savanta poll was
     * a bar labelled "ComRes", a name the trend's legend beside it never uses (london-2021's "Savanta ComRes" now:
     * 2028's two polls, months apart, measure no house effect and draw no chart).
     */
    @Test
    void theHouseEffectsChartNamesPollstersAsTheyPublished() {
        Workspace ws = sharedWorkspace();
        ForecastRequest r = ForecastRequest.of("london-2021", LocalDate.parse("2021-04-28"))
                .withSimulation(SimulationSettings.withDefaults().withSims(5_000L));
        ReportInput in = ReportInputs.gather(
                ws, Forecasts.run(ws, r), r.averaging(), null, Instant.parse("2021-04-28T00:00:00Z"));
        ChartSpec effects = ReportCharts.all(in, colours(in)).stream()
                .filter(c -> c.id().equals("house-effects"))
                .findFirst()
                .orElseThrow();
        assertThat(effects.categories()).contains("Savanta ComRes").doesNotContain("ComRes");
        assertThat(ReportCharts.all(input2028(), colours(input2028())))
                .extracting(ChartSpec::id)
                .as("2028's two polls measure no house effect")
                .doesNotContain("house-effects");
    }

    /**
     * The page's house effects named the lead by its key, "lead:johnson&gt;livingstone", as a candidate, and their
     * second table gave "johnson" under "Option" and "Estimate": words of the code, not a pollster's. The section says
     * what the consensus is, and which firms rest on too few polls to read (Survation's one, london-2012 as of
     * 26 April).
     */
    @Test
    void theHouseEffectsSectionSpeaksAPollstersLanguage() {
        ReportInput in = input2012();
        Palette palette = colours(in);
        String html = org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette);
        int from = html.indexOf("<section id=\"house-effects\"");
        String section = html.substring(from, html.indexOf("</section>", from));
        assertThat(section)
                .doesNotContain("lead:")
                .doesNotContain("<th scope=\"col\">Option</th>")
                .contains("Lead: Boris Johnson over Ken Livingstone")
                .contains("<th scope=\"col\">Candidate</th><th scope=\"col\">Points</th>")
                .contains("every firm counts once, however often it polls, so the effects sum to zero")
                .contains("few polls: Survation 1 poll");
        assertThat(section.lines().filter(l -> l.contains(">YouGov") && l.contains(">johnson<")))
                .isEmpty();
    }

    /**
     * The house effects were on the page twice, row for row: once as the chart's "numbers behind this chart" and again
     * as the section's own table just below it. The section holds one table now, the chart's numbers, shown open and
     * with the id the section's table had, naming each house with the names it published under, and every house
     * effect is a row of it once.
     */
    @Test
    void theHouseEffectsAreOnThePageOnce() {
        ReportInput in = input2012();
        Palette palette = colours(in);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette));
        org.jsoup.select.Elements tables = page.select("#house-effects table");
        assertThat(tables).hasSize(1);
        assertThat(page.select("#house-effects-table")).hasSize(1);
        org.jsoup.nodes.Element table = tables.first();
        assertThat(table.id()).isEqualTo("house-effects-table");
        assertThat(table.closest("figure#chart-house-effects"))
                .as("the chart's own numbers")
                .isNotNull();
        assertThat(table.closest("details").hasAttr("open"))
                .as("shown, as the section's table was")
                .isTrue();
        assertThat(table.select("thead th").first().text()).isEqualTo("Pollster (house)");
        assertThat(table.select("tbody tr")).hasSize(in.average().houseEffects().size());
        // Every house effect's row is on the page once: "YouGov · Boris Johnson · +0.3 · ..." in one table.
        long yougovJohnson = page.select("tr").stream()
                .filter(tr -> tr.text().startsWith("YouGov Boris Johnson "))
                .count();
        assertThat(yougovJohnson).isEqualTo(1);
    }

    /**
     * The blocs' chances were on the page twice, row for row, as the house effects were: the Assembly section's table
     * "Majorities and blocking minorities" and, just below it, the blocs chart's numbers. The chart's numbers are the
     * section's one table of them now, shown open with the id the section's table had, each bloc a row once.
     */
    @Test
    void theBlocsAreOnThePageOnce() {
        ReportInput in = input2012();
        Palette palette = colours(in);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette));
        AssemblyForecast a = in.forecast().assembly();
        assertThat(a.blocs()).isNotEmpty();
        assertThat(page.select("#bloc-table")).hasSize(1);
        org.jsoup.nodes.Element table = page.selectFirst("#bloc-table");
        assertThat(table.closest("figure#chart-blocs"))
                .as("the chart's own numbers")
                .isNotNull();
        assertThat(table.closest("details").hasAttr("open"))
                .as("shown, as the section's table was")
                .isTrue();
        assertThat(table.select("tbody tr")).hasSize(a.blocs().size());
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            assertThat(page.select("#assembly tr").stream()
                            .filter(tr -> tr.selectFirst("th") != null
                                    && tr.selectFirst("th").text().equals(b.label())))
                    .as(b.label())
                    .hasSize(1);
        }
    }

    /**
     * london-2024 forecast from 2021's result (no polls bundled): the Assembly table's "Largest party" column adds up
     * to about 107%, because a tie for the most seats counts for each tied party. The command line says so; the
     * page, which a newsroom prints from, must too. And with no polls, the page says so where it explains the poll
     * error rather than blaming a lack of earlier elections, and lists no empty table of polls.
     */
    @Test
    void theReportExplainsTiesForLargestAndAForecastWithoutPolls() throws IOException {
        CliRun r = run(
                "report",
                "london-2024",
                "--sims",
                "20000",
                "--out",
                tmp.resolve("r").toString());
        assertThat(r.status()).as(r.err()).isZero();
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(tmp.resolve("r/index.html").toFile());
        double largest = 0;
        for (org.jsoup.nodes.Element tr : page.select("#assembly-table tbody tr")) {
            // "<0.1%" (a party largest in a few simulations) counts as 0: the sum stays a lower bound.
            String printed = tr.child(6).text().replace("%", "");
            largest += printed.startsWith("<") ? 0 : Double.parseDouble(printed.replace(">", ""));
        }
        assertThat(largest).as("the premise").isGreaterThan(100.5);
        assertThat(page.selectFirst("#assembly").text())
                .contains("a tie for the most seats counts for every tied party");
        // Khan about 6 in 10: the reminder under the headline uses his odds, not a fixed "7 in 10".
        assertThat(page.selectFirst("#summary").text())
                .contains("6 in 10 chance")
                .contains("a 6 in 10 favourite loses 4 times in 10")
                .doesNotContain("7 in 10 favourite");
        String how = page.selectFirst("#how").text();
        assertThat(how).doesNotContain("no earlier election with polls").contains("no polls");
        // "How this works" explains a chance with the leader's own odds too, never a fixed example.
        assertThat(how).contains("a 6 in 10 favourite loses 4 times in 10").doesNotContain("7 in 10");
        assertThat(page.select("table").stream()
                        .filter(t -> t.select("tbody tr").isEmpty())
                        .map(t -> t.select("caption").text())
                        .toList())
                .as("tables with no rows")
                .isEmpty();
    }

    @Test
    void scenariosAreSubsetsOfTheSameSimulationsAndTheTrackRecordOnlyEarlierElections() {
        ReportInput in =
                org.pollcast.pipeline.Explanations.add(sharedWorkspace(), request2012(), outcome(), input2012());
        assertThat(in.scenarios()).hasSize(3);
        double base = in.forecast().mayor().candidates().stream()
                .filter(c -> c.id().equals("johnson"))
                .findFirst()
                .orElseThrow()
                .pWin();
        double lastMove = Double.POSITIVE_INFINITY;
        for (ReportInput.Scenario s : in.scenarios()) {
            // A quartile of the simulations, give or take the histogram's 0.1-point bins.
            assertThat(s.kept()).as(s.condition()).isBetween(0.2, 0.3);
            double move = Math.abs(s.pWin().get("johnson") - base);
            assertThat(move).as("biggest first").isLessThanOrEqualTo(lastMove);
            lastMove = move;
        }
        // Johnson doing worse than in 3 of 4 simulations must hurt him: the same simulations, not a new model.
        ReportInput.Scenario worse = in.scenarios().stream()
                .filter(s -> s.condition().startsWith("Boris Johnson gets at most"))
                .findFirst()
                .orElseThrow();
        assertThat(worse.pWin().get("johnson")).isLessThan(base - 0.2);
        // Said to the tenth the condition used, so a reader's rerun of it gives the same figures.
        assertThat(worse.condition()).matches("Boris Johnson gets at most \\d+\\.\\d% of first preferences");
        assertThat(in.trackRecord().rows())
                .extracting(org.pollcast.backtest.BacktestRow::election)
                .containsExactly("london-2000", "london-2008");
    }

    @Test
    void theNightlyLockIsAFileGitIgnores() throws IOException {
        Path lock = org.pollcast.pipeline.Nightly.lockFile(Path.of("pollcast.db"));
        List<String> patterns = Files.readAllLines(Path.of(".gitignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("!"))
                .toList();
        assertThat(patterns)
                .as(".gitignore must cover " + lock)
                .anyMatch(p -> java.nio.file.FileSystems.getDefault()
                        .getPathMatcher("glob:" + p)
                        .matches(lock.getFileName()));
    }

    @Test
    void theMayorsTableFollowsTheVotingSystem() {
        String fptpTable = winTable(input2024());
        assertThat(fptpTable).contains("Vote share").doesNotContain("run-off").doesNotContain("outright");
        String svTable = winTable(input2012());
        assertThat(svTable).contains("Reaches the run-off").contains("Wins outright");
        // A reader gets the party's name, not its id (a new user's table read "ind-driscoll", "london-real").
        assertThat(org.jsoup.Jsoup.parse("<table " + svTable + "</table>")
                        .select("tbody tr")
                        .eachText())
                .anyMatch(row -> row.startsWith("Boris Johnson Conservative"))
                .noneMatch(row -> row.contains(" con "));
    }

    /**
     * "How wrong the polls might be" says what this forecast did about systematic poll error: with a learned record
     * it narrows the lead and names the elections; with no polls there is nothing to narrow, and it says that
     * rather than "no earlier election with polls to learn it from" (London has five).
     */
    @Test
    void theSystematicErrorParagraphSaysWhatThisForecastDid() {
        String learned = pollErrorParagraph(input2012());
        assertThat(learned).contains("narrows the leader's lead").contains("systematic poll error: in ");
        // the shared error's size, and how London's own record moved it (PollErrorRecord)
        assertThat(org.jsoup.Jsoup.parse(learned).text())
                .containsPattern("the typical miss is \\d\\.\\d points, the default 6 moved towards this series' own"
                        + " record, in which its eve-of-poll averages missed by \\d\\.\\d points for a 50% candidate"
                        + " \\(root mean square of \\d+ misses: london-2000, london-2008, london-2016 \\(held later\\),"
                        + " london-2021 \\(held later\\)\\),"
                        + " with occasional bigger misses");
        String none = pollErrorParagraph(input2024());
        assertThat(none)
                .doesNotContain("narrows the leader's lead")
                .doesNotContain("no earlier election with polls")
                .doesNotContain("Second,")
                .contains("no polls to correct");
    }

    private static String pollErrorParagraph(ReportInput in) {
        Palette palette = colours(in);
        String html = org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette);
        int at = html.indexOf("How wrong the polls might be");
        return html.substring(at, html.indexOf("docs/forecast-model.md", at));
    }

    /**
     * The run-off chart's table gives a finalist's share "when there" only for candidates with enough simulated
     * run-offs to say it: 2021's had Mandu Reid at 37.0–37.1% from a couple of draws. In 2012 (40,000 simulations)
     * Johnson and Livingstone reach it nearly always, Paddick and the rest almost never.
     */
    @Test
    void theRunoffTableLeavesOutFinalistsOfAHandfulOfDraws() {
        ReportInput in = input2012();
        Palette palette = colours(in);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette));
        List<String> rows = page.select("#chart-runoff-margin tbody th").eachText();
        assertThat(rows).contains("Boris Johnson", "Ken Livingstone");
        for (CandidateForecast c : in.forecast().mayor().candidates()) {
            if (c.pRunoff() * in.forecast().mayor().sims() < 200) {
                assertThat(rows).as("too few run-offs to say").doesNotContain(c.name());
            }
        }
        assertThat(in.forecast().mayor().candidates().stream()
                        .filter(c -> c.pRunoff() > 0
                                && c.pRunoff() * in.forecast().mayor().sims() < 200))
                .as("the premise: someone reaches a handful of run-offs")
                .isNotEmpty();
    }

    private static String winTable(ReportInput in) {
        Palette palette = colours(in);
        String html = org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette);
        int at = html.indexOf("id=\"win-table\"");
        return html.substring(at, html.indexOf("</table>", at));
    }

    /**
     * london-2012 four days out: Paddick, Jones and others won a handful of the simulations, and the page printed each
     * of their chances as "0.0%" (the win table, the Assembly's "Largest party" column, the thresholds), as if they
     * had never come up, while the bar chart said "<0.1". Every chance on the page follows the chart's rule: a chance
     * that came up but rounds to 0.0 is "<0.1%", one that never did is "0%", and one that rounds to 100.0 without
     * being certain is ">99.9%"; the "<" is escaped.
     */
    @Test
    void aChanceThatCameUpIsNeverPrintedAsNone() {
        ReportInput in = input2012();
        Palette palette = colours(in);
        String html = org.pollcast.report.HtmlReport.render(in, ReportCharts.all(in, palette), palette);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        List<CandidateForecast> rare = in.forecast().mayor().candidates().stream()
                .filter(c -> c.pWin() > 0 && c.pWin() < 0.0005)
                .toList();
        assertThat(rare).as("candidates who won a few simulations").isNotEmpty();
        for (CandidateForecast c : in.forecast().mayor().candidates()) {
            org.jsoup.nodes.Element row = page.select("#win-table tbody tr").stream()
                    .filter(tr -> tr.selectFirst("th").text().equals(c.name()))
                    .findFirst()
                    .orElseThrow();
            String chance = row.select("td").get(1).text();
            if (c.pWin() == 0) {
                assertThat(chance).as(c.name()).startsWith("0% (");
            } else if (c.pWin() < 0.0005) {
                assertThat(chance).as(c.name()).startsWith("<0.1% (");
            }
        }
        assertThat(page.select("td").eachText())
                .as("no chance reads 0.0%: one that never came up is 0%, one that did <0.1%")
                .noneMatch(t -> t.matches("(.*\\D)?0\\.0%.*"));
        AssemblyForecast a = in.forecast().assembly();
        assertThat(a.parties())
                .as("a party that was the largest in a few simulations")
                .anyMatch(p -> p.pLargest() > 0 && p.pLargest() < 0.0005);
        assertThat(html).as("every \"<\" of a chance escaped").doesNotContainPattern("<[0-9.]");
        assertThat(page.select("#assembly-table").text()).contains("<0.1%");
        assertThat(page.selectFirst("#chart-win-probability img").attr("alt")).contains("<0.1%");
    }

    /**
     * The same chances in the report's CSVs and the command line's tables: a CSV stays a column of numbers, each the
     * page's figure except where the page says "<0.1" or ">99.9", where it is the chance itself (0.014 for 14 of
     * 100,000 simulations; it was 0.0, as for a candidate who never won); the command line's table, for people, says
     * "<0.1" as the page does.
     */
    @Test
    void theCsvsKeepChancesAsNumbersAndTheCommandLineSaysLessThanATenth() {
        ReportInput in = input2012();
        java.util.Map<String, String> files =
                ForecastCsv.files(in.forecast(), in.election().area());
        tech.tablesaw.api.Table mayor = tech.tablesaw.api.Table.read()
                .csv(tech.tablesaw.io.csv.CsvReadOptions.builderFromString(files.get("data/mayor.csv")));
        assertThat(mayor.column("win_%").type()).isEqualTo(tech.tablesaw.api.ColumnType.DOUBLE);
        int rare = 0;
        for (CandidateForecast c : in.forecast().mayor().candidates()) {
            int r = mayor.stringColumn("candidate").asList().indexOf(c.id());
            if (c.id().equals("other")) {
                // Others together are no one who can win: no chance, an empty cell (OthersRowChancesTest).
                assertThat(mayor.doubleColumn("win_%").isMissing(r)).isTrue();
                continue;
            }
            double printed = mayor.doubleColumn("win_%").get(r);
            if (c.pWin() > 0 && c.pWin() < 0.0005) {
                rare++;
                // Two significant digits: within 5% of the chance itself.
                assertThat(printed).as(c.id()).isCloseTo(100 * c.pWin(), within(0.05 * 100 * c.pWin()));
            } else {
                assertThat(printed).as(c.id()).isCloseTo(100 * c.pWin(), within(0.05));
            }
        }
        assertThat(rare).isPositive();
        for (String name : files.keySet()) {
            assertThat(files.get(name)).as(name).doesNotContain("<0.1").doesNotContain(">99.9");
        }
        java.io.StringWriter text = new java.io.StringWriter();
        org.pollcast.report.ForecastTables.print(in.forecast().mayor(), new java.io.PrintWriter(text));
        assertThat(text.toString().lines())
                .filteredOn(l -> l.contains("|")
                        && in.forecast().mayor().candidates().stream()
                                .anyMatch(c -> c.pWin() > 0 && c.pWin() < 0.0005 && l.contains(" " + c.id() + " ")))
                .isNotEmpty()
                .allMatch(l -> l.contains("<0.1"));
    }

    @Test
    void forecastCsvCoversEveryContest() {
        ReportInput in = input2012();
        tech.tablesaw.api.Table t =
                ForecastCsv.everyContest(in.forecast(), in.election().area());
        AssemblyForecast a = in.forecast().assembly();
        List<String> areas = t.stringColumn("area").asList();
        List<String> of = t.stringColumn("chance_of").asList();
        assertThat(of.stream().filter("win"::equals).count())
                .isEqualTo(in.forecast().mayor().candidates().size());
        assertThat(of.stream().filter("largest party"::equals).count())
                .isEqualTo(a.parties().size());
        assertThat(of.stream().filter("bloc"::equals).count())
                .isEqualTo(a.blocs().size());
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            assertThat(areas).as(c.name()).contains(c.name());
        }
        assertThat(a.constituencies()).hasSize(14);
        // Every constituency has vote-share ranges for the parties that contest it, in order and in 0-100.
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            long ranged = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.stringColumn("area").get(r).equals(c.name())
                        && t.stringColumn("share_of").get(r).equals("constituency vote")) {
                    ranged++;
                    double lo = t.doubleColumn("share_p05").get(r);
                    double mid = t.doubleColumn("share_p50").get(r);
                    double hi = t.doubleColumn("share_p95").get(r);
                    assertThat(lo).as(c.name()).isBetween(0.0, mid);
                    assertThat(hi).as(c.name()).isBetween(mid, 100.0);
                }
            }
            assertThat(ranged)
                    .as(c.name() + ": parties with a vote-share range")
                    .isGreaterThanOrEqualTo(2);
        }
        // Each constituency's chances are a distribution over its parties.
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            double sum = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.stringColumn("area").get(r).equals(c.name())) {
                    sum += t.doubleColumn("chance_%").get(r);
                }
            }
            assertThat(sum).as(c.name()).isCloseTo(100, within(0.5));
        }
    }

    @Test
    void reportFolderHasEveryChartAndStaysWhenARenderFails() throws Exception {
        Path out = tmp.resolve("reports/london-2012");
        // 4,000 simulations: this checks the files and their pictures, not the numbers in them.
        CliRun r = run("report", "london-2012", "--as-of", "2012-04-26", "--sims", "4000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        for (String c : CHARTS) {
            BufferedImage png = ImageIO.read(out.resolve("charts/" + c + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(1200);
            assertThat(png.getHeight()).isEqualTo(675);
            assertThat(distinctColours(png)).as(c).isGreaterThan(20);
            // Only PNGs: XChart's SVG draws text as outlines (hundreds of KB each, unreadable to screen readers).
            assertThat(out.resolve("charts/" + c + ".svg")).doesNotExist();
        }
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Boris Johnson is").doesNotContain("http://").doesNotContain("https://");
        assertThat(Files.readString(out.resolve("forecast.json"))).contains("\"contests\"");
        assertThat(Files.readString(out.resolve("forecast.csv")))
                .startsWith("contest,area,option,name,chance_of,chance_%");
        assertThat(Files.readString(out.resolve("data/mayor.csv"))).startsWith("candidate,name,party,win_%");
        // A week before a polling day whose result is known: how the forecast did, its numbers in data/result.csv.
        assertThat(Files.readString(out.resolve("data/result.csv")))
                .startsWith("measure,option,name,forecast,p05,p25,p75,p95,result,inside_50,inside_90,error")
                .contains("\nchance_of_winning,johnson,Boris Johnson,");
        assertThat(html).contains("<section id=\"result\"").contains("href=\"data/result.csv\"");
        // How the race moved: drawn, captioned as recomputed (not as published), its numbers in data/race.csv, each
        // row as of a date no later than the report's.
        for (String c : List.of("race-chances", "race-share")) {
            BufferedImage png = ImageIO.read(out.resolve("charts/" + c + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(1200);
            assertThat(distinctColours(png)).as(c).isGreaterThan(20);
            assertThat(out.resolve("charts/" + c + "-phone.png")).exists();
        }
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.selectFirst("#mayor #chart-race-chances figcaption").text())
                .contains("only the polls public by then")
                .contains("model (version " + org.pollcast.pipeline.Forecasts.MODEL_VERSION + ")");
        assertThat(page.selectFirst("#chart-race-chances img").attr("alt")).contains("Boris Johnson from");
        List<String> race = Files.readAllLines(out.resolve("data/race.csv"));
        assertThat(race.get(0)).startsWith("as_of,polls,option,name,chance_%");
        assertThat(race.subList(1, race.size()))
                .hasSizeGreaterThan(10)
                .allSatisfy(row -> assertThat(LocalDate.parse(row.substring(0, 10)))
                        .isBeforeOrEqualTo(LocalDate.parse("2012-04-26")));
    }

    @Test
    void hostileNamesAreEscapedInTheReport() throws Exception {
        Path polls = tmp.resolve("hostile.csv");
        Files.writeString(polls, HOSTILE_POLLS);
        assertThat(run(
                                "ingest",
                                "--election",
                                "london-2012",
                                "--new-pollsters",
                                "data/polls/london-2012.csv",
                                polls.toString())
                        .status())
                .isZero();
        Path out = tmp.resolve("report");
        CliRun r = run(
                "report",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "2000",
                "--no-race-chart",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("charts/race-chances.png")).doesNotExist();
        assertThat(out.resolve("data/race.csv")).doesNotExist();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>bold</b>");
    }

    @Test
    @SuppressWarnings("try") // the lock is held for the nested run, never referenced
    void nightlyIsIdempotentAttributesNewPollsAndSurvivesAFailingSource() throws Exception {
        // london-2024 has no bundled polls, so the sources are all the run has (published 2024 polls).
        String header = "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                + "blackie,garbett,cox,citation\n";
        Files.writeString(
                tmp.resolve("first.csv"),
                header
                        + "london-2024,mayor,first_pref,YouGov,Mile End Institute,2024-02-02,2024-02-07,1113,49,24,,,,T\n"
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n"
                        + "london-2024,mayor,first_pref,Survation,ITV News,2024-03-27,2024-03-28,1019,44,26,7,7,5,T\n");
        Files.writeString(
                tmp.resolve("second.csv"),
                header
                        + "london-2024,mayor,first_pref,Savanta,Mile End Institute,2024-04-08,2024-04-17,1038,46,33,9,7,,T\n");
        Path cfg = config("n1.yaml", "[first.csv]");
        CliRun first = run("nightly", "--config", cfg.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("first run");
        String hash = hash(tmp.resolve("report"));
        CliRun again = run("nightly", "--config", cfg.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out())
                .contains("nothing new")
                .containsPattern("nothing new since \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z \\("); // to the second
        assertThat(hash(tmp.resolve("report"))).as("report unchanged").isEqualTo(hash);
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.runs("london-2024")).hasSize(1);
            assertThat(store.runs("london-2024").get(0).checkedAt())
                    .isAfter(store.runs("london-2024").get(0).runAt());
        }
        CliRun more = run(
                "nightly",
                "--config",
                raceConfig("n2.yaml", "london-2024", "[first.csv, second.csv]").toString());
        assertThat(more.status()).as(more.err()).isZero();
        assertThat(more.out()).contains("1 new poll;");
        String html = Files.readString(tmp.resolve("report/index.html"));
        assertThat(html).contains("What changed since the last run").contains("From poll 1");
        // Both charts over time, titled so that an editor can tell what was recomputed from what was published.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.selectFirst("#chart-race-chances figcaption").text())
                .startsWith("How the race moved: chance of winning as of each date");
        assertThat(page.selectFirst("#chart-history figcaption").text())
                .startsWith("Chance of winning as published, run by run");
        String afterMore = hash(tmp.resolve("report"));
        CliRun failing = run(
                "nightly",
                "--config",
                config("n3.yaml", "[first.csv, missing.csv]").toString());
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.err()).contains("source failed").contains("missing.csv: no such file");
        assertThat(hash(tmp.resolve("report"))).isEqualTo(afterMore);
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.runs("london-2024")).hasSize(2);
        }
        // The lock: while another run holds it, nothing happens.
        Path lock = tmp.resolve("store.db.nightly.lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = ch.lock()) {
            CliRun locked = run("nightly", "--config", cfg.toString());
            assertThat(locked.status()).isEqualTo(1);
            assertThat(locked.err()).contains("another run holds");
        }
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "election: london-2012\nsims: -3\n");
        CliRun badRun = run("nightly", "--config", bad.toString());
        assertThat(badRun.status()).isEqualTo(2);
        assertThat(badRun.err()).contains("bad.yaml:2: field 'sims': -3 must be positive");
    }

    /**
     * Two new polls saying the same thing (Hall up 9 points): each one's effect used to be the forecast with both minus
     * the forecast without it, so each seemed to move little (the other still said it) and most of the move went to
     * "other" (a new user's 2028 run: Conservative -8.9 points, polls +0.5 and -0.9, other -8.5). Added one at a time
     * in the order published, their effects and time's add up to the change, and there is no "other" column.
     */
    @Test
    void newPollsEffectsAddUpToTheChange() throws Exception {
        String header = "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                + "blackie,garbett,cox,citation\n";
        Files.writeString(
                tmp.resolve("first.csv"),
                header
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n"
                        + "london-2024,mayor,first_pref,Survation,ITV News,2024-03-27,2024-03-28,1019,44,26,7,7,5,T\n");
        Files.writeString(
                tmp.resolve("second.csv"),
                header
                        + "london-2024,mayor,first_pref,YouGov,Mile End Institute,2024-04-10,2024-04-12,1100,42,35,9,7,4,T\n"
                        + "london-2024,mayor,first_pref,Savanta,Mile End Institute,2024-04-08,2024-04-09,1038,43,34,9,7,4,T\n");
        assertThat(run("nightly", "--config", config("s1.yaml", "[first.csv]").toString())
                        .status())
                .isZero();
        CliRun more = run(
                "nightly",
                "--config",
                config("s2.yaml", "[first.csv, second.csv]").toString());
        assertThat(more.status()).as(more.err()).isZero();
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(tmp.resolve("report/index.html").toFile());
        List<String> head = page.select("#changes-table th[scope=col]").eachText();
        assertThat(head)
                .contains("From poll 1", "From poll 2", "From time passing")
                .doesNotContain("Other");
        // In the order published: Savanta (9 April) before YouGov (12 April).
        assertThat(page.selectFirst("#changes").text())
                .containsPattern("New polls: Savanta/Mile End Institute 2024-04-09 [^;]*; YouGov/Mile End Institute");
        boolean moved = false;
        for (org.jsoup.nodes.Element row : page.select("#changes-table tbody tr")) {
            List<String> cells = row.select("td").eachText();
            double change = points(cells.get(2));
            double parts = points(cells.get(3)) + points(cells.get(4)) + points(cells.get(5));
            assertThat(parts).as(row.text()).isCloseTo(change, org.assertj.core.data.Offset.offset(0.151));
            moved |= Math.abs(change) >= 1;
        }
        assertThat(moved).as("the two polls move the race").isTrue();
    }

    private static double points(String cell) {
        return Double.parseDouble(cell.replace(" pts", "").replace("+", ""));
    }

    /**
     * A run after pollcast was upgraded: nothing new but the model. The move is the new model's as much as time's,
     * and the report and the summary line must say so, not put it all down to time passing.
     */
    @Test
    void aModelChangeIsNotPutDownToTimePassing() throws Exception {
        Files.writeString(
                tmp.resolve("first.csv"),
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                        + "blackie,garbett,cox,citation\n"
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n");
        Path cfg = config("m.yaml", "[first.csv]");
        assertThat(run("nightly", "--config", cfg.toString()).status()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("store.db"));
                var st = c.createStatement()) {
            st.execute("UPDATE forecast_run SET model_version = '2026.11-1'");
            st.execute("UPDATE forecast_win SET p_win = p_win + 0.1 WHERE option = 'hall'");
        }
        CliRun upgraded = run("nightly", "--config", cfg.toString());
        assertThat(upgraded.status()).as(upgraded.err()).isZero();
        assertThat(upgraded.out()).contains("model 2026.11-1 -> " + org.pollcast.pipeline.Forecasts.MODEL_VERSION);
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(tmp.resolve("report/index.html").toFile());
        assertThat(page.select("#changes-table th").eachText())
                .contains("From time and the model change")
                .doesNotContain("From time passing");
        assertThat(page.selectFirst("#changes").text())
                .contains("The last run used model 2026.11-1; this one uses model "
                        + org.pollcast.pipeline.Forecasts.MODEL_VERSION);
    }

    /**
     * Same polls, same date, same model, but the data changed (a definition edited, as when a party names its
     * candidate): a new run, not "nothing new", and the report puts the move down to the data as well as to time.
     */
    @Test
    void aChangeInTheDataIsANewRunNotNothingNew() throws Exception {
        Path data = DataCopy.into(tmp.resolve("copy"));
        Files.writeString(
                tmp.resolve("first.csv"),
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                        + "blackie,garbett,cox,citation\n"
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n");
        Path cfg = config("d.yaml", "[first.csv]");
        String[] nightly = {"nightly", "--config", cfg.toString(), "--data", data.toString()};
        assertThat(run(nightly).status()).isZero();
        CliRun same = run(nightly);
        assertThat(same.out()).as(same.err()).contains("nothing new");

        Path definition = data.resolve("elections/london-2024.yaml");
        Files.writeString(
                definition,
                Files.readString(definition)
                        .replace(
                                "name: London Mayor and London Assembly elections 2024",
                                "name: London Mayor and London Assembly elections, 2 May 2024"));
        CliRun edited = run(nightly);
        assertThat(edited.status()).as(edited.err()).isZero();
        assertThat(edited.out()).doesNotContain("nothing new").contains("partly the data's");
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(tmp.resolve("report/index.html").toFile());
        assertThat(page.select("#changes-table th").eachText()).contains("From time and the data change");
        assertThat(page.selectFirst("#changes").text()).contains("The data this run reads besides the polls changed");
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.runs("london-2024")).hasSize(2);
        }
        assertThat(run(nightly).out()).contains("nothing new");
    }

    /**
     * A poll stored since the last run but not by this one (a run killed with kill -9 after its ingest, or an
     * {@code ingest} between runs) is new to this forecast: the report listed it under "New polls" while the summary
     * line, counting only what this run ingested, said "0 new polls".
     */
    @Test
    void aPollStoredBetweenRunsIsCountedNew() throws Exception {
        String header = "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                + "blackie,garbett,cox,citation\n";
        Files.writeString(
                tmp.resolve("first.csv"),
                header
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n");
        Files.writeString(
                tmp.resolve("between.csv"),
                header
                        + "london-2024,mayor,first_pref,Savanta,Mile End Institute,2024-04-08,2024-04-17,1038,46,33,9,7,,T\n");
        Path cfg = config("k.yaml", "[first.csv]");
        assertThat(run("nightly", "--config", cfg.toString()).status()).isZero();
        CliRun between = CliRun.in(
                tmp.resolve("store.db"), "ingest", tmp.resolve("between.csv").toString());
        assertThat(between.status()).as(between.err()).isZero();
        CliRun next = run("nightly", "--config", cfg.toString());
        assertThat(next.status()).as(next.err()).isZero();
        assertThat(next.out()).contains("1 new poll;");
        assertThat(org.jsoup.Jsoup.parse(tmp.resolve("report/index.html").toFile())
                        .selectFirst("#changes")
                        .text())
                .contains("New polls: Savanta/Mile End Institute 2024-04-17");
    }

    /**
     * With {@code skipInvalid: true} a followed file's bad row was left out without a word: the run said "nothing new"
     * (or reported the good polls), exit 0, night after night. It now says how many were skipped, and each one on
     * standard error with file, line and field.
     */
    @Test
    void rowsSkippedBySkipInvalidAreNamedEveryRun() throws Exception {
        Files.writeString(
                tmp.resolve("followed.csv"),
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,khan,hall,"
                        + "blackie,garbett,cox,citation\n"
                        + "london-2024,mayor,first_pref,Savanta,Centre for London,2024-03-08,2024-03-12,1510,51,27,10,8,2,T\n"
                        + "london-2024,mayor,first_pref,Survation,ITV News,2024-03-27,2024-03-28,1019,44,2G,7,7,5,T\n");
        Path cfg = tmp.resolve("skip.yaml");
        Files.writeString(
                cfg,
                "election: london-2024\nsources: [followed.csv]\ndb: store.db\nout: report\nsims: 2000\n"
                        + "skipInvalid: true\nraceChart: false\n");
        CliRun r = run("nightly", "--config", cfg.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 new poll;").contains("1 problem skipped (skipInvalid), listed below");
        assertThat(r.err())
                .contains("pollcast: nightly: skipped (skipInvalid): " + tmp.resolve("followed.csv")
                        + ":3: field 'hall': share for 'hall' is '2G', not a number");
    }

    /**
     * A source's refusal in nightly's words: ingest's message names its own options ("--skip-invalid stores the valid
     * polls", "but --election london-2028"), which nightly does not have; a newsroom reading its cron log needs the
     * configuration's fields. The page is the 2021 article's poll table (src/test/resources/ingest), followed by
     * mistake in a 2028 configuration.
     */
    @Test
    void aSourcesRefusalNamesTheConfigurationsFieldsNotIngestsOptions() throws Exception {
        Files.copy(Path.of("src/test/resources/ingest/wikipedia-london-2021.html"), tmp.resolve("page.html"));
        CliRun r = run(
                "nightly",
                "--config",
                config("w.yaml", "london-2028", "[page.html]").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("skipInvalid: true in the nightly configuration stores the valid polls")
                .contains(
                        "field 'page title': 2021 but the nightly configuration's election london-2028 is held in 2028")
                .doesNotContain("--skip-invalid")
                .doesNotContain("--election");
        assertThat(tmp.resolve("report")).doesNotExist();
    }

    @Test
    void aVersionOneStoreMigratesWithItsPolls() throws Exception {
        Path db = tmp.resolve("v1.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
            String v1 = new String(
                            getClass()
                                    .getResourceAsStream("/org/pollcast/store/V1__polls.sql")
                                    .readAllBytes(),
                            StandardCharsets.UTF_8)
                    .replaceAll("(?m)--.*$", "");
            for (String sql : v1.split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z')");
        }
        assertThat(CliRun.in(db, "ingest", "data/polls/london-2008.csv").status())
                .isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(PollStore.SCHEMA_VERSION);
            assertThat(store.polls(PollQuery.of("london-2008"))).hasSize(24);
            assertThat(store.runs("london-2008")).isEmpty();
        }
    }

    /**
     * A CSV of party columns (the 2028 article's table copied into a spreadsheet) fits the Mayor, the Assembly and
     * Westminster alike: nightly has no --contest, so its source says the contest, and the refusal says how.
     */
    @Test
    void aNightlySourceMayNameTheContestOfItsPartyColumns() throws IOException {
        Files.copy(Path.of("src/test/resources/ingest/wikipedia-london-2028.copied.csv"), tmp.resolve("copied.csv"));
        Path untold = tmp.resolve("untold.yaml");
        Files.writeString(
                untold,
                "election: london-2028\nsources: [copied.csv]\ndb: store.db\nout: report\nsims: 2000\n"
                        + "raceChart: false\n");
        CliRun refused = run("nightly", "--config", untold.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .contains("cannot tell which contest of london-2028")
                .contains("in the nightly configuration, give the source with its contest: {source: "
                        + tmp.resolve("copied.csv") + ", contest: ID}");
        // A missing second source stops the run after the first is stored: what the first stored is what is checked,
        // without the forecast and report (seconds this test does not need).
        Path told = tmp.resolve("told.yaml");
        Files.writeString(
                told,
                Files.readString(untold)
                        .replace("[copied.csv]", "[{source: copied.csv, contest: mayor}, missing.csv]"));
        CliRun stopped = run("nightly", "--config", told.toString());
        assertThat(stopped.status()).isEqualTo(1);
        assertThat(stopped.err()).contains("missing.csv").doesNotContain("cannot tell which contest");
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.polls(PollQuery.of("london-2028")))
                    .filteredOn(sp -> sp.provenance().source().endsWith("copied.csv"))
                    .extracting(
                            sp -> sp.poll().contest() + " " + sp.poll().shares().get("reform"))
                    .containsExactlyInAnyOrder("mayor 20.0", "mayor 19.0");
        }
    }

    private Path config(String name, String sources) throws IOException {
        return config(name, "london-2024", sources);
    }

    /**
     * A nightly config. 2,000 simulations: the nightly tests check what a run does (ingest, lock, history, what
     * changed and why, the report's words), none of them a probability, and the same seed makes every run repeatable.
     * Without "how the race moved" (a forecast at every step), which only {@link #raceConfig} tests ask for: it was
     * most of each run's time, and the test suite's.
     */
    private Path config(String name, String election, String sources) throws IOException {
        Path f = raceConfig(name, election, sources);
        Files.writeString(f, Files.readString(f) + "raceChart: false\n");
        return f;
    }

    /** A nightly config with "how the race moved", as a newsroom's default is. */
    private Path raceConfig(String name, String election, String sources) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(
                f, "election: " + election + "\nsources: " + sources + "\ndb: store.db\nout: report\nsims: 2000\n");
        return f;
    }

    @Test
    void nightlyGivesAnEmptyStoreTheBundledPollsBeforeItsSources() throws Exception {
        // A source's one poll must not stand in for the 31 bundled ones of the election.
        Files.writeString(
                tmp.resolve("one.csv"),
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,"
                        + "citation\nlondon-2012,mayor,first_pref,YouGov,Nightly test,2012-04-30,2012-05-01,1000,44,40,T\n");
        CliRun r = run(
                "nightly",
                "--config",
                config("b.yaml", "london-2012", "[one.csv]").toString());
        assertThat(r.status()).as(r.err()).isZero();
        CliRun alone = CliRun.in(tmp.resolve("bundled-only.db"), "ingest", "data/polls/london-2012.csv");
        assertThat(alone.status()).as(alone.err()).isZero();
        long bundled;
        try (PollStore fresh = PollStore.open(tmp.resolve("bundled-only.db"))) {
            bundled = fresh.count("london-2012");
        }
        assertThat(bundled).isGreaterThan(20);
        try (PollStore store = PollStore.open(tmp.resolve("store.db"))) {
            assertThat(store.count("london-2012")).isEqualTo(bundled + 1);
        }
        // On a first run every poll it forecast from is new, the bundled ones too (it counted only the source's).
        assertThat(r.out()).contains((bundled + 1) + " new polls;").contains("first run");
    }

    /** Hash of every file under {@code dir} except index.html's run time line. */
    private static String hash(Path dir) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void aModelChangeIsMarkedOnTheHistoryRatherThanDrawnAsAMove() {
        ReportInput in = input2012()
                .withHistoryRun(new ReportInput.HistoryRun(
                        Instant.parse("2012-04-20T02:00:00Z"),
                        java.time.LocalDate.of(2012, 4, 20),
                        java.util.Map.of("johnson", 0.6),
                        "2026.11-1"))
                .withHistoryRun(new ReportInput.HistoryRun(
                        Instant.parse("2012-04-21T02:00:00Z"),
                        java.time.LocalDate.of(2012, 4, 21),
                        java.util.Map.of("johnson", 0.7),
                        org.pollcast.pipeline.Forecasts.MODEL_VERSION));
        ChartSpec history = ReportCharts.all(in, colours(in)).stream()
                .filter(c -> c.id().equals("history"))
                .findFirst()
                .orElseThrow();
        assertThat(history.markers())
                .extracting(ChartSpec.Marker::label)
                .containsExactly("model " + org.pollcast.pipeline.Forecasts.MODEL_VERSION);
    }
}
