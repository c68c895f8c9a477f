package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forecast and scenario end to end on the bundled data. */
class ForecastCommandsTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("store.db"), args);
    }

    @Test
    void forecastJsonFollowsTheContractAndIsIdenticalOnAnyThreadCount() throws Exception {
        CliRun one = run(
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "150000",
                "--threads",
                "1",
                "--format",
                "json");
        CliRun two = run(
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "150000",
                "--threads",
                "2",
                "--format",
                "json");
        assertThat(one.status()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode root = new ObjectMapper().readTree(one.out());
        for (String field :
                new String[] {"election", "asOf", "sims", "seed", "generator", "source", "settings", "contests", "notes"
                }) {
            assertThat(root.has(field)).as(field).isTrue();
        }
        JsonNode mayor = root.get("contests").get("mayor");
        double total = 0;
        for (JsonNode c : mayor.get("candidates")) {
            for (String field : new String[] {"id", "name", "party", "pWin", "pWinSe", "pRunoff", "pFirstRoundWin"}) {
                assertThat(c.has(field)).as(field).isTrue();
            }
            for (String q : new String[] {"mean", "p05", "p50", "p95"}) {
                assertThat(c.get("firstPref").get(q).isNumber()).isTrue();
            }
            total += c.get("pWin").asDouble();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mayor.get("candidates").get(0).get("id").asText()).isEqualTo("johnson");
        assertThat(mayor.get("candidates").get(0).get("pWin").asDouble()).isGreaterThan(0.5);
        CliRun seed = run(
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "150000",
                "--seed",
                "99",
                "--format",
                "json");
        assertThat(seed.out()).isNotEqualTo(one.out());
    }

    @Test
    void forecastTableAndOutFile() throws Exception {
        CliRun table = run("forecast", "london-2008", "--sims", "50000");
        assertThat(table.status()).isZero();
        assertThat(table.out())
                .contains("london-2008 mayor (supplementary-vote)")
                .contains("Most likely run-offs")
                .contains("johnson v livingstone")
                .contains("note: average of 13 polls");
        Path file = tmp.resolve("out/forecast.csv");
        CliRun csv = run("forecast", "london-2024", "--sims", "20000", "--format", "csv", "--out", file.toString());
        assertThat(csv.status()).isZero();
        assertThat(Files.readString(file)).startsWith("candidate,name,party,win_%");
    }

    /**
     * First past the post has one round: a column of run-off chances (all 0.0) and one of "outright" wins (a copy
     * of the win column) say a run-off exists when it does not. The columns follow the system, as the report's do.
     */
    @Test
    void theForecastsColumnsFollowTheVotingSystem() {
        CliRun fptp = run("forecast", "london-2024", "--sims", "5000", "--format", "csv");
        assertThat(fptp.status()).as(fptp.err()).isZero();
        assertThat(fptp.out().lines().findFirst().orElseThrow())
                .isEqualTo("candidate,name,party,win_%,win_se,first_pref,p05,p95");
        CliRun sv = run("forecast", "london-2008", "--sims", "5000", "--format", "csv");
        assertThat(sv.out().lines().findFirst().orElseThrow())
                .isEqualTo("candidate,name,party,win_%,win_se,outright_%,runoff_%,first_pref,p05,p95");
    }

    /**
     * An election with an Assembly has two tables. On standard output both come, the Assembly's after one empty
     * line (as live prints them), so a CSV reader splits them at its one empty record; with --out the Assembly's goes
     * beside the file, and the message names both files; --help says so.
     */
    @Test
    void csvGivesEveryContestsTableAndSaysWhereEachWent() throws Exception {
        CliRun stdout = run("forecast", "london-2028", "--sims", "5000", "--format", "csv");
        assertThat(stdout.status()).as(stdout.err()).isZero();
        String[] tables = stdout.out().split("\\R\\R", -1);
        assertThat(tables).hasSize(2);
        assertThat(tables[0]).startsWith("candidate,name,party,win_%").contains("\nreform,");
        assertThat(tables[1])
                .startsWith("party,name,seats,p05,p95,constituency,list")
                .contains("\ngrn,Green,");
        // A record-by-record reader sees the tables apart: one empty record between them, none inside either.
        assertThat(stdout.out().lines().filter(String::isEmpty)).hasSize(1);

        Path file = tmp.resolve("out/f.csv");
        CliRun out = run("forecast", "london-2028", "--sims", "5000", "--format", "csv", "--out", file.toString());
        assertThat(out.status()).as(out.err()).isZero();
        Path assembly = tmp.resolve("out/f-assembly.csv");
        assertThat(Files.readString(file)).isEqualTo(tables[0] + System.lineSeparator());
        assertThat(Files.readString(assembly)).isEqualTo(tables[1]);
        assertThat(out.out().strip())
                .isEqualTo("Wrote the london-2028 forecast (5,000 simulations) to " + file + " (mayor) and " + assembly
                        + " (assembly)");

        // london-2000 is a first election (no baseline) with no Assembly polls: the Mayor alone, no empty line.
        CliRun mayorOnly = run("forecast", "london-2000", "--sims", "5000", "--format", "csv");
        assertThat(mayorOnly.status()).as(mayorOnly.err()).isZero();
        assertThat(mayorOnly.out().lines().filter(String::isEmpty)).isEmpty();

        String help = run("forecast", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("an empty line, then the Assembly's").contains("FILE-assembly.csv");
    }

    @Test
    void noPollsMeansAPriorFromTheBaselineSaidEverywhere() throws Exception {
        // london-2024 has no bundled polls (the shared poll files hold none for 2024).
        CliRun r = run("forecast", "london-2024", "--as-of", "2024-01-15", "--sims", "20000", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("source").asText()).startsWith("no polls: prior from london-2021");
        CliRun table = run("forecast", "london-2024", "--as-of", "2024-01-15", "--sims", "20000");
        assertThat(table.out()).contains("note: no polls: prior from london-2021");
    }

    @Test
    void scenarioReportsHowManySimulationsRemained() {
        CliRun r = run("scenario", "london-2012", "--as-of", "2012-04-26", "--if", "jones>=5", "--sims", "50000");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("meet the scenario").contains("note: scenario: jones>=5 held in");
    }

    /**
     * A pundit's "what if Reform wins": Reform elected in every kept simulation, everyone else in none, and the
     * Assembly moved towards Reform (its seats and its chance of the most seats up on the forecast's), since the
     * Mayor's draw moves the Assembly's ballots. Same seed in both runs: the kept draws are a subset of the
     * forecast's, and Reform's mean seats move by several seats against a Monte Carlo error of about 0.1.
     */
    @Test
    void scenarioOnWhoIsElectedMovesTheAssemblyWithIt() throws Exception {
        CliRun all = run("forecast", "london-2028", "--sims", "20000", "--format", "json");
        CliRun wins = run("scenario", "london-2028", "--if", "Reform.Wins", "--sims", "20000", "--format", "json");
        assertThat(wins.status()).as(wins.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(all.out()).get("contests");
        JsonNode after = json.readTree(wins.out()).get("contests");
        assertThat(after.get("mayor").get("conditions").get(0).asText()).isEqualTo("reform wins");
        for (JsonNode c : after.get("mayor").get("candidates")) {
            assertThat(c.get("pWin").asDouble())
                    .as(c.get("id").asText())
                    .isEqualTo(c.get("id").asText().equals("reform") ? 1.0 : 0.0);
        }
        JsonNode reformBefore = party(before, "reform");
        JsonNode reformAfter = party(after, "reform");
        assertThat(reformAfter.get("seatsMean").asDouble())
                .isGreaterThan(reformBefore.get("seatsMean").asDouble() + 2);
        assertThat(reformAfter.get("pLargest").asDouble())
                .isGreaterThan(reformBefore.get("pLargest").asDouble());
    }

    /**
     * "What if the polls overstate Labour by 5 and understate Reform by 5": the forecast simulated around the moved
     * centre, said first in its source, with Reform's chance and its Assembly seats up. A scenario needs a condition
     * or a move; with neither it says so.
     */
    @Test
    void aShiftMovesTheCentreAndSaysSoFirst() throws Exception {
        CliRun all = run("forecast", "london-2028", "--sims", "20000", "--format", "json");
        CliRun moved = run(
                "scenario",
                "london-2028",
                "--shift",
                "lab-5",
                "--shift",
                "Reform+5",
                "--sims",
                "20000",
                "--format",
                "json");
        assertThat(moved.status()).as(moved.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(all.out());
        JsonNode after = json.readTree(moved.out());
        assertThat(after.get("source").asText()).startsWith("what if: lab-5.0, reform+5.0 points");
        double reformBefore = 0;
        double reformAfter = 0;
        for (JsonNode c : before.get("contests").get("mayor").get("candidates")) {
            if (c.get("id").asText().equals("reform")) {
                reformBefore = c.get("pWin").asDouble();
            }
        }
        for (JsonNode c : after.get("contests").get("mayor").get("candidates")) {
            if (c.get("id").asText().equals("reform")) {
                reformAfter = c.get("pWin").asDouble();
            }
        }
        assertThat(reformAfter).isGreaterThan(reformBefore + 0.1);
        assertThat(party(after.get("contests"), "reform").get("seatsMean").asDouble())
                .isGreaterThan(
                        party(before.get("contests"), "reform").get("seatsMean").asDouble() + 1);
        // Its files say they are a scenario: a shifted forecast's CSV had no scenario column and its JSON no sign of
        // the moves, so a graphics desk could plot "Reform 22%" as the forecast.
        assertThat(after.get("contests").get("mayor").get("shifts").toString())
                .isEqualTo("[\"lab-5.0\",\"reform+5.0\"]");
        assertThat(before.get("contests").get("mayor").has("shifts")).isFalse();
        CliRun csv = run("scenario", "london-2028", "--shift", "lab-5", "--sims", "2000", "--format", "csv");
        assertThat(csv.out().lines().skip(1).filter(l -> !l.isEmpty() && !l.startsWith("party,")))
                .allSatisfy(l -> assertThat(l).endsWith(",shifted lab-5.0,2000"));
        // A move past all an option has is said, not printed as asked.
        CliRun past = run("scenario", "london-2028", "--shift", "ld-40", "--sims", "2000");
        assertThat(past.out())
                .contains("ld-40.0 points on the forecast's first preferences, ld by ")
                .contains("(all it had) moved only");
        CliRun neither = run("scenario", "london-2028");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).contains("give a condition (--if \"grn>=10\") or a move of the polls");
    }

    private static JsonNode party(JsonNode contests, String id) {
        for (JsonNode p : contests.get("assembly").get("parties")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no party " + id);
    }

    /**
     * A scenario's CSV says on every row that it is one, and how many simulations it rests on: read in a spreadsheet
     * away from its command, Labour's 0.0% under reform.wins would otherwise pass for the forecast. A forecast's CSV
     * keeps its columns.
     */
    @Test
    void aScenarioCsvSaysItIsOneOnEveryRow() {
        CliRun r = run(
                "scenario",
                "london-2028",
                "--if",
                "reform.wins",
                "--if",
                "grn.seats>=3",
                "--sims",
                "5000",
                "--format",
                "csv");
        assertThat(r.status()).as(r.err()).isZero();
        String[] tables = r.out().split("\\R\\R", -1);
        assertThat(tables).hasSize(2);
        for (String table : tables) {
            java.util.List<String> lines = table.lines().toList();
            assertThat(lines.get(0)).endsWith(",scenario,sims_kept");
            assertThat(lines.subList(1, lines.size()))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l).matches(".*,reform wins and grn\\.seats>=3,[1-9][0-9]*"));
        }
        CliRun forecast = run("forecast", "london-2028", "--sims", "5000", "--format", "csv");
        assertThat(forecast.out()).doesNotContain("scenario").doesNotContain("sims_kept");
    }

    @Test
    void aScenarioNoSimulationMeetsPrintsNothingConditionalAndFails() throws Exception {
        // Jones polled about 3%: 60% is met by none of the draws. Every format, and --out, must print no figures
        // (a Mayor's table of blanks, Assembly seats 25-25 at 0.0, blocs at 0.0% read as results) and say so.
        for (String format : new String[] {"table", "json", "csv"}) {
            Path out = tmp.resolve("scenario." + format);
            for (boolean toFile : new boolean[] {false, true}) {
                java.util.List<String> argList = new java.util.ArrayList<>(java.util.List.of(
                        "scenario",
                        "london-2012",
                        "--as-of",
                        "2012-04-26",
                        "--if",
                        "jones>=60",
                        "--sims",
                        "20000",
                        "--format",
                        format));
                if (toFile) {
                    argList.addAll(java.util.List.of("--out", out.toString()));
                }
                String[] args = argList.toArray(String[]::new);
                CliRun r = run(args);
                String what = String.join(" ", args);
                assertThat(r.status()).as(what).isEqualTo(2);
                assertThat(r.out()).as(what).isEmpty();
                assertThat(Files.exists(out)).as(what).isFalse();
                assertThat(Files.exists(tmp.resolve("scenario-assembly.csv")))
                        .as(what)
                        .isFalse();
                assertThat(r.err().lines().filter(l -> l.startsWith("pollcast: ")))
                        .as(what)
                        .containsExactly("pollcast: no simulation met the scenario: jones>=60 held in none of the "
                                + "20,000 simulations drawn, so there is nothing to report; try a weaker condition, "
                                + "or more simulations (--sims 200000)");
            }
        }
    }

    @Test
    void assemblyForecastFrom2008BaselineFlagsItsImputedConstituencies() throws Exception {
        CliRun r = run("forecast", "london-2012", "--as-of", "2012-04-26", "--sims", "50000", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode assembly = new ObjectMapper().readTree(r.out()).get("contests").get("assembly");
        assertThat(assembly.get("seats").asInt()).isEqualTo(25);
        double seats = 0;
        for (JsonNode p : assembly.get("parties")) {
            seats += p.get("seatsMean").asDouble();
            assertThat(p.get("seatDistribution")).hasSize(26);
            assertThat(p.get("pOverThreshold").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(seats).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-9));
        int imputed = 0;
        for (JsonNode c : assembly.get("constituencies")) {
            imputed += c.get("baselineImputed").asBoolean() ? 1 : 0;
        }
        // The 2008 baseline is complete for 4 constituencies only (data/results/SOURCES.md).
        assertThat(imputed).isEqualTo(10);
        assertThat(assembly.get("notes").toString())
                .contains("10 of 14 constituencies have no complete result in the baseline");
        // Imputed from their lean in 2016-2024, not from London-wide shares (which once made every imputed seat
        // "lab 81%, con 19%", Bexley and Bromley included); 2012's own results are never used.
        for (JsonNode c : assembly.get("constituencies")) {
            if (c.get("name").asText().equals("Bexley and Bromley")) {
                assertThat(c.get("pWin").get("con").asDouble()).isGreaterThanOrEqualTo(0.85);
            }
        }
        assertThat(assembly.get("blocs")).hasSize(3);
    }

    @Test
    void assemblyForecastOf2028FromThe2024Baseline() throws Exception {
        CliRun r = run("forecast", "london-2028", "--sims", "30000");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("assembly: 25 seats")
                .contains("Barnet and Camden")
                .contains("Blocs:")
                .doesNotContain("(no earlier result");
        CliRun scenario = run("scenario", "london-2028", "--if", "grn.seats>=3", "--sims", "30000");
        assertThat(scenario.status()).isZero();
        assertThat(scenario.out()).contains("note: scenario: grn.seats>=3 held in");
    }

    @Test
    void aBaselineWithoutLondonWideTotalsIsAClearError() throws Exception {
        Path data = DataCopy.into(tmp);
        Path totals = data.resolve("results/london_assembly_constituency_vote_totals.csv");
        Files.write(
                totals,
                Files.readAllLines(totals).stream()
                        .filter(l -> !l.startsWith("2008,"))
                        .toList());
        CliRun r = run("forecast", "london-2012", "--sims", "10000", "--data", data.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no London-wide constituency-ballot totals for the baseline london-2008");
    }

    /**
     * An as-of date after today is accepted, and forecast, scenario and report each say first that it is after today
     * and that no later polls exist. Tomorrow is such a date until london-2028's eve of poll; after that no as-of
     * date of london-2028 can be after today and before polling day, and the test has nothing to check.
     */
    @Test
    void aForecastAsOfALaterDaySaysSoFirst() throws Exception {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Assumptions.assumeTrue(tomorrow.isBefore(LocalDate.of(2028, 5, 4)), "london-2028 is past");
        String said = "as of " + tomorrow + ", after today (" + LocalDate.now() + "): no polls after today exist";
        CliRun forecast = run("forecast", "london-2028", "--as-of", tomorrow.toString(), "--sims", "5000");
        assertThat(forecast.status()).as(forecast.err()).isZero();
        assertThat(forecast.out()
                        .lines()
                        .filter(l -> l.startsWith("note: "))
                        .findFirst()
                        .orElseThrow())
                .startsWith("note: " + said);
        CliRun json =
                run("forecast", "london-2028", "--as-of", tomorrow.toString(), "--sims", "5000", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get("source").asText())
                .startsWith(said);
        CliRun scenario =
                run("scenario", "london-2028", "--as-of", tomorrow.toString(), "--if", "lab>=20", "--sims", "5000");
        assertThat(scenario.out()
                        .lines()
                        .filter(l -> l.startsWith("note: "))
                        .findFirst()
                        .orElseThrow())
                .startsWith("note: " + said);
        Path report = tmp.resolve("report");
        CliRun html = run(
                "report",
                "london-2028",
                "--as-of",
                tomorrow.toString(),
                "--sims",
                "5000",
                "--no-race-chart",
                "--out",
                report.toString());
        assertThat(html.status()).as(html.err()).isZero();
        String page = Files.readString(report.resolve("index.html"));
        assertThat(page.substring(page.indexOf("<p class=\"sub\">"))).contains(said.replace("'", "&#39;"));
    }

    @Test
    void badInputIsOneLine() {
        for (String[] args : new String[][] {
            {"forecast", "london-2012", "--sims", "-5"},
            {"forecast", "london-2012", "--df", "0"},
            {"scenario", "london-2012", "--if", "nobody>=5"},
            {"forecast", "london-2008", "--as-of", "2007-06-01"},
            {"forecast", "london-2012", "--as-of", "2013-01-01"},
            {"forecast", "london-2000", "--as-of", "1999-01-01"},
            // before the baseline, london-2021, was held: its result was not known then
            {"forecast", "london-2024", "--as-of", "2019-01-01"},
            {"scenario", "london-2028", "--if", "grn.seats>=26"},
            {"scenario", "london-2028", "--if", "xyz.seats>=2"},
            // a pundit's slips: a space for the dot, two names with no number, two winners
            {"scenario", "london-2028", "--if", "reform wins"},
            {"scenario", "london-2028", "--if", "lab>reform"},
            {"scenario", "london-2028", "--if", "lab - reform"},
            {"scenario", "london-2028", "--if", "cunningham.wins"},
            {"scenario", "london-2028", "--if", "reform.wins", "--if", "lab.wins"}
        }) {
            CliRun r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().filter(l -> l.startsWith("pollcast: ")))
                    .as(String.join(" ", args))
                    .hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
    }

    /**
     * london-2028 as of December 2026: Others won none of the simulations, and the table printed win_% 0 beside win_se
     * 0.00, an error known to the last digit; then 0 beside "<0.01", the rule of three's bound (Tables.chanceError,
     * unit-tested in TablesTest). Others is no one who can win: its chance cells are now empty, in the table and the
     * CSV, and no pair's error prints as exact.
     */
    @Test
    void othersHaveNoChanceAndNoErrorPrintsAsExact() {
        CliRun table = run("forecast", "london-2028", "--as-of", "2026-12-01", "--sims", "20000");
        assertThat(table.status()).as(table.err()).isZero();
        String others = table.out()
                .lines()
                .filter(l -> l.strip().startsWith("other ") && l.contains("Others"))
                .findFirst()
                .orElseThrow();
        assertThat(others.split("\\|")[3].strip()).isEmpty();
        assertThat(others.split("\\|")[4].strip()).isEmpty();
        assertThat(table.out()).doesNotContain("± 0.00)");
        CliRun csv = run("forecast", "london-2028", "--as-of", "2026-12-01", "--sims", "20000", "--format", "csv");
        assertThat(csv.out()).containsPattern("(?m)^other,Others,,,,,,[0-9]");
    }
}
