package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.pipeline.BacktestRunner;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.SimulationSettings;

/**
 * "How this forecast did" on a report made before polling day of an election already held. The result it is checked
 * against is read here straight from the bundled CSV files, not through the code under test. Forecasts use 4,000
 * simulations (the comparisons do not depend on precision, only on being the forecast's own numbers), each made once
 * for the class.
 */
class ResultSectionTest {
    private static final long SIMS = 4_000;
    private static final Path MAYOR = Path.of("data/results/london_mayor_results.csv");
    private static final Path LIST = Path.of("data/results/london_assembly_list_results.csv");

    @TempDir
    static Path shared;

    private static final Map<String, ReportInput> INPUTS = new LinkedHashMap<>();

    private static Workspace ws() {
        return Workspace.of(null, shared.resolve("store.db"));
    }

    private static ForecastRequest request(String election, String asOf) {
        return ForecastRequest.of(election, LocalDate.parse(asOf))
                .withSimulation(SimulationSettings.withDefaults().withSims(SIMS));
    }

    /** The report input of {@code election} as of {@code asOf}, made once for the class. */
    private static synchronized ReportInput input(String election, String asOf) {
        return INPUTS.computeIfAbsent(election + "@" + asOf, k -> {
            ForecastRequest r = request(election, asOf);
            return ReportInputs.gather(
                    ws(), Forecasts.run(ws(), r), r.averaging(), null, Instant.parse("2026-12-01T00:00:00Z"));
        });
    }

    private static String page(ReportInput in) {
        return HtmlReport.render(
                in, List.of(), Palette.load(Path.of("data/palette.yaml")).forElection(in.election()));
    }

    /** Rows of a bundled results file for {@code year} (and {@code round}, when not null). */
    private static List<CSVRecord> rows(Path file, int year, String round) throws IOException {
        List<CSVRecord> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (r.get("year").equals(Integer.toString(year))
                        && (round == null || r.get("round").equals(round))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Candidate name to percentage of the votes of that round. */
    private static Map<String, Double> shares(List<CSVRecord> round) {
        double total = round.stream()
                .mapToDouble(r -> Double.parseDouble(r.get("votes")))
                .sum();
        Map<String, Double> out = new LinkedHashMap<>();
        round.forEach(r -> out.put(r.get("candidate"), 100 * Double.parseDouble(r.get("votes")) / total));
        return out;
    }

    private static CandidateForecast candidate(ReportInput in, String name) {
        return in.forecast().mayor().candidates().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWeekBeforePollingDayTheReportSaysHowTheForecastDid() throws IOException {
        ReportInput in = input("london-2021", "2021-04-29");
        ResultCheck r = in.result();
        assertThat(r.graded()).isTrue();
        Map<String, Double> first = shares(rows(MAYOR, 2021, "1"));
        Map<String, Double> finals = shares(rows(MAYOR, 2021, "2"));
        String winner = finals.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();

        // Who won, and the chance this very forecast gave them, in numbers and in words.
        assertThat(r.race().winner().name()).isEqualTo(winner);
        double pWin = candidate(in, winner).pWin();
        assertThat(r.race().winner().pWin()).isEqualTo(pWin);
        String html = page(in);
        String words = html.substring(html.indexOf("<p id=\"result-winner\">"));
        words = words.substring(0, words.indexOf("</p>"));
        assertThat(words)
                .contains(Html.text(winner) + " won")
                .contains(Html.pct(pWin) + " (" + Html.chance(pWin) + ")");

        // Every candidate with 5% or more, and no one else, at the share the results file gives.
        List<String> fivePlus = first.entrySet().stream()
                .filter(e -> e.getValue() >= 5)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(r.firstPrefs().stream().filter(s -> !s.id().equals("other")).map(ResultCheck.Share::name))
                .containsExactlyInAnyOrderElementsOf(fivePlus);
        for (ResultCheck.Share s : r.firstPrefs()) {
            if (s.id().equals("other")) {
                continue;
            }
            assertThat(s.actual()).isCloseTo(first.get(s.name()), within(1e-9));
            CandidateForecast c = candidate(in, s.name());
            assertThat(s.mean()).isEqualTo(c.firstPref().mean());
            assertThat(s.inside90())
                    .isEqualTo(s.actual() >= c.firstPref().p05()
                            && s.actual() <= c.firstPref().p95());
            assertThat(html).contains(Html.text(s.name()) + ": " + Html.num(first.get(s.name()), 1) + "%; forecast ");
        }
        assertThat(r.finalRound().actual()).isCloseTo(finals.get(winner), within(1e-9));

        // The Assembly: seats won are list plus constituency seats as the list results file gives them.
        Map<String, Integer> won = new LinkedHashMap<>();
        for (CSVRecord row : rows(LIST, 2021, null)) {
            won.put(
                    row.get("party"),
                    Integer.parseInt(row.get("list_seats")) + Integer.parseInt(row.get("constituency_seats")));
        }
        assertThat(r.seats()).isNotEmpty();
        for (ResultCheck.Seats s : r.seats()) {
            assertThat(s.won()).as(s.name()).isEqualTo(won.getOrDefault(s.name(), 0));
        }
        assertThat(r.seats().stream().mapToInt(ResultCheck.Seats::won).sum())
                .isEqualTo(won.values().stream().mapToInt(Integer::intValue).sum());

        // The scores are the backtest's: the same forecast, scored by the backtest, gives the same row.
        BacktestRow bt = BacktestRunner.score(
                        ws(),
                        BacktestRunner.prepare(ws(), List.of(in.election()), true, new ArrayList<>()),
                        List.of(7),
                        SIMS,
                        in.forecast().mayor().settings().seed(),
                        BacktestRunner.Scales.defaults())
                .stream()
                .filter(x -> x.method().equals("model"))
                .findFirst()
                .orElseThrow();
        assertThat(r.score().mae()).isEqualTo(bt.mae());
        assertThat(r.score().in90()).isEqualTo(bt.in90());
        assertThat(r.score().in50()).isEqualTo(bt.in50());
        assertThat(ResultCheck.seatError(r.seats())).isEqualTo(bt.seatMae());

        // The page: the section after the summary, linked from the sections, with its one table captioned; the
        // data file has every row of that table.
        assertThat(html.indexOf("id=\"result\""))
                .isBetween(html.indexOf("id=\"summary\""), html.indexOf("id=\"mayor\""));
        assertThat(html).contains("<a href=\"#result\">").contains("<caption>How this forecast did");
        String csv = Tables.csv(ResultTable.table(r));
        assertThat(csv.lines().skip(1))
                .hasSize(ResultTable.rows(r).size())
                .anyMatch(l ->
                        l.startsWith("chance_of_winning,") && l.contains("," + winner + ",") && l.contains(",100.00,"));
        assertThat(csv).contains(String.format(java.util.Locale.ROOT, "%.2f", first.get(winner)));
    }

    @Test
    void anElectionNotYetHeldHasNoSection() {
        ReportInput in = input("london-2028", "2026-12-03");
        assertThat(in.result()).isNull();
        String html = page(in);
        assertThat(html)
                .doesNotContain("id=\"result\"")
                .doesNotContain("id=\"result-known\"")
                .doesNotContain("#result");
    }

    /** As of polling day a forecast may hold a poll of the day itself: the page names the winner and grades nothing. */
    @Test
    void asOfPollingDayTheResultIsNamedNotGraded() throws IOException {
        ReportInput in = input("london-2021", "2021-05-06");
        assertThat(in.result().graded()).isFalse();
        assertThat(in.result().firstPrefs()).isEmpty();
        assertThat(in.result().score()).isNull();
        String html = page(in);
        assertThat(html).doesNotContain("id=\"result\"").doesNotContain("#result\"");
        assertThat(html)
                .contains("id=\"result-known\"")
                .contains("Sadiq Khan won")
                .contains("--as-of 2021-05-05");
        assertThat(ResultSection.shown(in)).isFalse();
    }

    /** 2004's first preferences lack some candidates' counts: the page says who won and the seats, and no share. */
    @Test
    void anIncompleteResultSaysOnlyWhatIsKnown() throws IOException {
        ReportInput in = input("london-2004", "2004-06-03");
        ResultCheck r = in.result();
        assertThat(r.graded()).isTrue();
        assertThat(r.firstPrefs()).isEmpty();
        assertThat(r.score()).isNull();
        List<String> missing = rows(MAYOR, 2004, "1").stream()
                .filter(x -> x.get("votes").isBlank())
                .map(x -> x.get("candidate"))
                .toList();
        assertThat(missing).isNotEmpty();
        assertThat(r.notes())
                .anyMatch(n -> n.contains("incomplete") && missing.stream().allMatch(n::contains));
        Map<String, Double> finals = shares(rows(MAYOR, 2004, "2"));
        assertThat(r.race().winner().name()).isEqualTo("Ken Livingstone");
        assertThat(r.finalRound().actual()).isCloseTo(finals.get("Ken Livingstone"), within(1e-9));
        String html = page(in);
        String section = html.substring(
                html.indexOf("id=\"result\""), html.indexOf("</section>", html.indexOf("id=\"result\"")));
        assertThat(section).doesNotContain("1st prefs").doesNotContain("First preferences of each");
        assertThat(section).contains("Final round: Ken Livingstone").contains("Seats: Labour");
        assertThat(ResultTable.rows(r)).extracting(ResultTable.Row::measure).doesNotContain("first_preferences");
    }

    /**
     * A result that says neither who won nor any share (a by-election's count of the leading four of fifteen) has no
     * number to set beside the forecast: the section says so in words, with no empty "every number" table.
     */
    @Test
    void aResultWithNoNumberHasNoEmptyTable() {
        ReportInput in = input("london-2004", "2004-06-03");
        ResultCheck r = in.result();
        ResultCheck nothing = new ResultCheck(
                r.election(), r.pollingDay(), r.asOf(), null, List.of(), null, List.of(), null, r.notes(), List.of());
        ReportInput bare = new ReportInput(
                in.election(),
                in.polls(),
                in.average(),
                in.trend(),
                in.forecast(),
                in.history(),
                in.changes(),
                in.runAt(),
                in.scenarios(),
                in.trackRecord(),
                in.race(),
                nothing);
        String html = page(bare);
        String section = html.substring(
                html.indexOf("id=\"result\""), html.indexOf("</section>", html.indexOf("id=\"result\"")));
        assertThat(section)
                .doesNotContain("result-table")
                .contains("id=\"result-nothing\"")
                .contains("until the results files hold a complete count");
    }

    /**
     * A forecast with no polls is the baseline's result carried forward (a by-election's 99% for the seat's last
     * winner): the plain-words summary says so and names that election, where only the source line's id did.
     */
    @Test
    void aForecastWithNoPollsSaysItIsTheBaselineCarriedForward() {
        ReportInput none = input("london-2024", "2024-04-25");
        assertThat(none.forecast().mayor().input().fromPolls()).isFalse();
        assertThat(HtmlReport.summary(none))
                .contains("No poll of this election is in yet")
                .contains("london-2021")
                // The chances are blind to the candidates whose party did not stand then, and the summary names them
                // (West of England 2025 before its first poll: Banks, Reform UK, second with 22.1%, was named only in
                // a note under the table).
                .contains("Nor can they see Howard Cox (Reform UK), ")
                .contains(" or Nick Scanlon (")
                .contains("whose parties did not stand then: their votes are inside Others (");
        ReportInput polled = input("london-2004", "2004-06-03");
        assertThat(HtmlReport.summary(polled))
                .doesNotContain("No poll of this election")
                .doesNotContain("Nor can");
        // With polls of another contest in (here any stored polls dated by then), the sentence is the lead contest's.
        ReportInput others = new ReportInput(
                none.election(),
                input("london-2021", "2021-04-29").polls(),
                none.average(),
                none.trend(),
                none.forecast(),
                none.history(),
                none.changes(),
                none.runAt(),
                none.scenarios(),
                none.trackRecord(),
                none.race(),
                none.result());
        assertThat(HtmlReport.summary(others))
                .contains("No poll of its mayor contest is in yet")
                .doesNotContain("No poll of this election");
    }

    /**
     * One firm's polls only (ICM's three of london-2000; Lord Ashcroft's one of Runcorn and Helsby 2025): no house
     * effect can be measured, and the page no longer says one was removed; with several firms (2012) it still does.
     */
    @Test
    void oneFirmsPollsAreNotSaidToHaveHouseEffectsRemoved() {
        ReportInput one = input("london-2000", "2000-04-27");
        assertThat(one.average().pollsters()).isEqualTo(1);
        String html = page(one);
        assertThat(html).doesNotContain("house effects removed").doesNotContain("house effect) is taken out");
        assertThat(html).contains("one firm's polls");
        assertThat(page(input("london-2012", "2012-04-26")))
                .contains("house effects removed")
                .contains("each firm's usual lean (its house effect) is taken out");
    }

    /** The odds in words: an upset is said as odds, and a result no simulation produced is said to be a miss. */
    @Test
    void anUpsetIsSaidAsOdds() {
        ReportInput in = input("london-2021", "2021-04-29");
        ResultCheck.Contender fav = new ResultCheck.Contender("khan", "Sadiq Khan", 0.95);
        String upset = ResultSection.raceWords(
                new ResultCheck.Race(
                        "final round", new ResultCheck.Contender("bailey", "Shaun Bailey", 0.05), fav, fav),
                in);
        assertThat(upset)
                .startsWith("Shaun Bailey won. The forecast gave Shaun Bailey 5.0% (1 in 20) and made Sadiq Khan the"
                        + " favourite at 95.0% (19 in 20).")
                .contains("An upset at 1 in 20")
                .doesNotContain("miss");
        String close = ResultSection.raceWords(
                new ResultCheck.Race("final round", new ResultCheck.Contender("bailey", "Shaun Bailey", 0.4), fav, fav),
                in);
        assertThat(close).contains("At 4 in 10 that was no long shot");
        String never = ResultSection.raceWords(
                new ResultCheck.Race("final round", new ResultCheck.Contender("bailey", "Shaun Bailey", 0), fav, fav),
                in);
        assertThat(never).contains("won in none of its 4,000 simulated elections");
    }
}
