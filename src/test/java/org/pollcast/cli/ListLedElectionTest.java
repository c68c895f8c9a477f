package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.BacktestRunner;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.SimulationSettings;

/**
 * An election whose only contest is additional-member (the Scottish Parliament; here the London Assembly of 2008 to
 * 2024 with the Mayors taken out of the definitions, and its real polls and results) is forecast from its
 * list vote: the list polls make the average, the list results are what it is scored against, and the seats follow
 * each simulation's list shares.
 */
class ListLedElectionTest {
    @TempDir
    static Path tmp;

    static Path data;

    /** Bexley and Bromley's list votes, 2021 (src/test/resources/listnight/README.md). */
    private static final Path NIGHT_LIST =
            Path.of("src/test/resources/listnight/london-2021-list-bexley-and-bromley.csv");

    @BeforeAll
    static void assemblyAlone() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyDataAssemblyAlone(data);
    }

    /** A definition without its Mayor keeps no bloc of the Mayor's party (it is refused: there is no Mayor). */
    static String withoutMayorBlocs(String definition) {
        return IngestFixtures.withoutMayorBlocs(definition);
    }

    private static Workspace ws(String store) {
        return Workspace.of(data, tmp.resolve(store));
    }

    @Test
    void theListVoteLeadsAndItsResultIsTheOfficialListVote() {
        Workspace ws = ws("results.db");
        Election e = ws.catalog().resolve("london-2021");
        assertThat(e.listLed()).isTrue();
        assertThat(e.lead().orElseThrow().id()).isEqualTo("assembly-list");
        // data/results/london_assembly_list_results.csv: all 18 parties, Labour 986,609 of 2,589,268 valid list votes.
        ContestResult r = ws.results().firstPreferences(e, "assembly-list").orElseThrow();
        assertThat(r.complete()).isTrue();
        assertThat(r.votes()).hasSize(18).containsEntry("lab", 986_609L).containsEntry("con", 795_081L);
        assertThat(r.total()).isEqualTo(2_589_268L);
        assertThat(r.shares().get("lab")).isCloseTo(38.10, within(0.01));

        // 2012's rows are the four parties that won seats (89% of the vote), and no valid-vote total completes them.
        ContestResult partial = ws.results()
                .firstPreferences(ws.catalog().resolve("london-2012"), "assembly-list")
                .orElseThrow();
        assertThat(partial.complete()).isFalse();
        assertThat(partial.missing()).singleElement().asString().contains("name only seat winners");
    }

    @Test
    void theForecastDrawsTheListFromTheListPollsAndTheSeatsFromIt() {
        Workspace ws = ws("forecast.db");
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("london-2012", LocalDate.parse("2012-05-02"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(5_000L)));
        var lead = o.forecast().mayor();
        assertThat(lead.contest()).isEqualTo("assembly-list");
        // The two YouGov list polls (15 and 29 April 2012) gave Labour 46 and 44.
        assertThat(lead.input().source()).contains("2 polls");
        double lab = lead.candidates().stream()
                .filter(c -> c.id().equals("lab"))
                .findFirst()
                .orElseThrow()
                .firstPref()
                .mean();
        assertThat(lab).isBetween(42.0, 47.0);
        AssemblyForecast asm = o.forecast().assembly();
        assertThat(asm.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                        .sum())
                .isCloseTo(25, within(1e-6));
        // The list seats follow the lead's own draws: each party's mean list share is its mean list-vote share. The
        // parties the list vote does not forecast on their own come out of its "other", so the Assembly's "other" and
        // those parties together are the lead's "other".
        double outside = 0;
        for (AssemblyForecast.PartySeats p : asm.parties()) {
            var c = lead.candidates().stream()
                    .filter(x -> x.id().equals(p.id()))
                    .findFirst();
            if (c.isEmpty() || p.id().equals("other")) {
                outside += p.listShare().mean();
                continue;
            }
            assertThat(p.listShare().mean())
                    .as(p.id())
                    .isCloseTo(c.get().firstPref().mean(), within(0.6));
        }
        double leadOther = lead.candidates().stream()
                .filter(x -> x.id().equals("other"))
                .findFirst()
                .orElseThrow()
                .firstPref()
                .mean();
        assertThat(outside).as("other").isCloseTo(leadOther, within(0.6));
        // No candidate to run ahead of a party: the list vote is the parties' own.
        assertThat(lead.notes()).noneMatch(n -> n.contains("candidates polled by party"));
    }

    @Test
    void theBacktestScoresTheListVoteAndTheSeats() {
        Workspace ws = ws("backtest.db");
        List<String> skipped = new ArrayList<>();
        List<BacktestRow> rows = BacktestRunner.run(
                ws,
                List.of(ws.catalog().resolve("london-2012"), ws.catalog().resolve("london-2024")),
                List.of(7),
                5_000,
                20_280_504L,
                BacktestRunner.Scales.defaults(),
                true,
                skipped,
                null);
        assertThat(skipped).singleElement().asString().startsWith("london-2012: incomplete result");
        BacktestRow model = rows.stream()
                .filter(r -> r.method().equals("model"))
                .findFirst()
                .orElseThrow();
        assertThat(model.election()).isEqualTo("london-2024");
        // From 2021's list result alone (no 2024 polls bundled), scored against 2024's real list vote: Labour 32.7,
        // Conservative 26.2, Green 11.6, Liberal Democrats 6.9, Reform UK 5.9 (5% and over are scored).
        assertThat(model.polls()).isZero();
        assertThat(model.scored()).isEqualTo(5);
        assertThat(model.mae()).isBetween(0.5, 8.0);
        assertThat(model.seatParties()).isEqualTo(5);
        assertThat(model.seatMae()).isBetween(0.0, 2.5);
    }

    /**
     * An Assembly election on its own in a series whose other elections have Mayors (London's, after 2024) learns
     * from their list votes, not their Mayors: how its constituency ballot follows its list, and how polls missed.
     * From the Mayor's shares instead, the Conservatives' constituency vote came out 6 points under their list.
     */
    @Test
    void anAssemblyAloneAmongMayorsLearnsFromTheirListVotes() throws IOException {
        Path mixed = tmp.resolve("mixed");
        IngestFixtures.copyData(mixed);
        String d = Files.readString(mixed.resolve("elections/london-2028.yaml"));
        String alone = withoutMayorBlocs(d.substring(0, d.indexOf("  mayor:"))
                        + d.substring(d.indexOf("  assembly:"), d.indexOf("  westminster:")))
                .replace("id: london-2028", "id: london-2032")
                .replace("date: 2028-05-04", "date: 2032-05-06");
        Files.writeString(mixed.resolve("elections/london-2032.yaml"), alone);
        Workspace ws = Workspace.of(mixed, tmp.resolve("mixed.db"));
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("london-2032", LocalDate.parse("2026-12-01"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(2_000L)));
        assertThat(o.election().listLed()).isTrue();
        var in = o.assemblyInput();
        for (String party : List.of("lab", "con")) {
            int j = in.index(party);
            // 2024: Labour 38.4 list and 38.2 constituency; Conservatives 26.2 and 27.6 (London-wide).
            assertThat(in.constituencyMean()[j] - in.listMean()[j]).as(party).isBetween(-3.0, 3.0);
        }
        // Unpolled, each party starts from 2024's list result, not its mayoral candidate's share.
        assertThat(o.forecast().mayor().input().source()).contains("prior from london-2024 (list votes by party");
    }

    @Test
    void anAssemblyAloneCannotCountTheMayorsParty() throws IOException {
        Path def = tmp.resolve("mayor-bloc-2016.yaml");
        String d = Files.readString(Path.of("data/elections/london-2016.yaml"));
        Files.writeString(
                def,
                d.substring(0, d.indexOf("  mayor:")).replace("id: london-2016", "id: mayorbloc-2016")
                        + d.substring(d.indexOf("  assembly:")));
        CliRun r = CliRun.in(tmp.resolve("bloc.db"), "forecast", def.toString(), "--sims", "1000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("contests.assembly.blocs[").contains("this election elects no Mayor");
    }

    @Test
    void theCommandsSayListVoteAndTheReportLeadsWithSeats() throws IOException {
        Path store = tmp.resolve("cli.db");
        CliRun f = CliRun.in(store, "forecast", "london-2012", "--data", data.toString(), "--sims", "5000");
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.out())
                .contains("assembly-list (list vote")
                .contains("list_share")
                .contains("assembly: 25 seats");

        Path out = tmp.resolve("report");
        CliRun r = CliRun.in(
                store, "report", "london-2012", "--data", data.toString(), "--sims", "5000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html)
                .containsPattern("<h1 id=\"headline\">Labour is [0-9.]+% likely to win the most seats in the London"
                        + " Assembly( \\(alone or tied\\))?(; its chance of a majority alone \\(13 of the 25 seats\\) is"
                        + " [0-9.]+%)?</h1>")
                .contains("The list vote")
                .doesNotContain("elected Mayor");
        // The list vote's own file is named for it, and the long table calls its chance and shares what they are.
        assertThat(out.resolve("data/list-vote.csv")).exists();
        assertThat(out.resolve("data/mayor.csv")).doesNotExist();
        assertThat(Files.readString(out.resolve("data/list-vote.csv")))
                .startsWith("candidate,name,party,win_%,win_se,list_share,");
        // So is its chart: a page that links first-preferences.png is not shown the parties' list shares under it.
        assertThat(out.resolve("charts/list-vote.png")).exists();
        assertThat(out.resolve("charts/first-preferences.png")).doesNotExist();
        assertThat(html).contains("simulated share of the list vote of the leading parties");
        assertThat(Files.readString(out.resolve("forecast.csv")))
                .contains("assembly-list,London,lab,Labour,most list votes,")
                .doesNotContain("first preferences");
        // Each list poll is listed once in the polls table, not again as the list vote's.
        String table = html.substring(html.indexOf("id=\"polls-table\""));
        assertThat(table).doesNotContain("assembly-list");
        assertThat(countOf(table, "assembly list")).isEqualTo(2);
    }

    /**
     * Election night (pipeline/ListLedNightTest has the model): the table speaks of the list vote, and without the
     * Assembly's constituency declarations the seats are still projected, from the list vote alone, and it says so.
     */
    @Test
    void theNightSpeaksOfTheListVoteAndProjectsTheSeats() {
        CliRun r = CliRun.in(
                tmp.resolve("night.db"),
                "live",
                "london-2021",
                "--data",
                data.toString(),
                "--declared",
                NIGHT_LIST.toString(),
                "--sims",
                "3000");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("london-2021 assembly-list (list vote; win_%: the chance of the most list votes), election"
                        + " night: ")
                .contains("(1 of 14 constituencies declared)")
                .contains("list_share")
                .contains("note: list-vote baselines: ")
                .contains("assembly: 0 of 14 constituencies declared, their winners fixed; the rest simulated, and the"
                        + " list seats from the projected list vote above")
                .contains("assembly: 25 seats (constituency + list)")
                .contains("note: no constituency declarations were given (--declared-assembly)")
                .doesNotContain("first_pref")
                .doesNotContain("first preferences")
                .doesNotContain("second preferences")
                .doesNotContainIgnoringCase("mayor");
    }

    @Test
    void aListVoteForAPartyNotOnTheListIsRefusedNamingTheLine() throws IOException {
        Path night = tmp.resolve("misspelt-list.csv");
        Files.writeString(
                night,
                "constituency,party,votes\nBexley and Bromley,Conservative,92819\nBexley and Bromley,Labuor,41551\n");
        CliRun r = CliRun.in(
                tmp.resolve("misspelt.db"),
                "live",
                "london-2021",
                "--data",
                data.toString(),
                "--declared",
                night.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains(night + ":3: field 'party': unknown party 'Labuor' in assembly-list; did you mean 'Labour'?")
                .doesNotContain("Exception");
    }

    /** Nothing to replay a list-led night from: said before any simulation. */
    @Test
    void theReplayIsRefusedPlainly() {
        CliRun replay =
                CliRun.in(tmp.resolve("replay.db"), "live", "--replay", "london-2021", "--data", data.toString());
        assertThat(replay.status()).isEqualTo(2);
        assertThat(replay.err())
                .contains("london-2021 is led by its list vote")
                .contains("no list results by constituency");
    }

    /**
     * The night's page of an election without a Mayor leads with the seats, and speaks of the list vote and of parties:
     * Bexley and Bromley's real list votes, and three of the 2021 Assembly constituencies as London Elects declared
     * them (Bexley and Bromley, South West: Conservative; City and East: Labour).
     */
    @Test
    void theNightPageLeadsWithTheSeatsAndSpeaksOfTheListVote() throws IOException {
        Path seats = IngestFixtures.assemblyDeclarations2021(
                tmp.resolve("page-assembly.csv"), "Bexley and Bromley", "City and East", "South West");
        Path out = tmp.resolve("night-page");
        CliRun r = CliRun.in(
                tmp.resolve("page.db"),
                "report",
                "london-2021",
                "--data",
                data.toString(),
                "--declared",
                NIGHT_LIST.toString(),
                "--declared-assembly",
                seats.toString(),
                "--sims",
                "3000",
                "--step-sims",
                "1000",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html)
                .containsPattern("<h1 id=\"headline\">Labour is [0-9.]+% likely to win the most seats in the London"
                        + " Assembly( \\(alone or tied\\))?(; its chance of a majority alone \\(13 of the 25 seats\\) is"
                        + " [0-9.]+%)?</h1>")
                .contains("the list votes of 1 of 14 constituencies declared")
                .contains("3 of 14 constituency results declared")
                .contains("London-wide list vote")
                .contains("Chance of the most list votes")
                .contains("<th scope=\"col\">Party</th>")
                .contains("Peter Fortune (Conservative) won")
                .contains(
                        "<span class=\"party\">Conservative 92,819</span>, <span class=\"party\">Labour 41,551</span>")
                .doesNotContainIgnoringCase("mayor")
                .doesNotContainIgnoringCase("first pref")
                .doesNotContainIgnoringCase("second pref")
                .doesNotContainIgnoringCase("run-off")
                .doesNotContainIgnoringCase("candidate");
        // Its charts are named for what they show: a page linking night-share.png is not shown list votes under it.
        for (String chart : List.of("night-list-vote", "night-most-list-votes", "assembly-night-seats")) {
            for (String size : List.of(".png", "-phone.png")) {
                assertThat(Files.size(out.resolve("charts/" + chart + size)))
                        .as(chart + size)
                        .isGreaterThan(5_000);
            }
        }
        assertThat(out.resolve("charts/night-share.png")).doesNotExist();
        assertThat(out.resolve("charts/night-chance.png")).doesNotExist();
        assertThat(Files.readString(out.resolve("projection.csv")))
                .startsWith("candidate,name,party,win_%,chance," + "list_share,");
        assertThat(Files.readString(out.resolve("data/moves.csv")))
                .startsWith("declared,constituency,counted_%,party,");
        // The seats add up: 25 on average (every simulation fills them), 3 constituencies declared.
        List<String> parties = Files.readAllLines(out.resolve("data/assembly.csv"));
        List<String> header = List.of(parties.get(0).split(","));
        int mean = header.indexOf("seats_mean");
        int declared = header.indexOf("constituency_declared");
        double seatsMean = 0;
        int won = 0;
        for (String line : parties.subList(1, parties.size())) {
            String[] cell = line.split(",");
            seatsMean += Double.parseDouble(cell[mean]);
            won += Integer.parseInt(cell[declared]);
        }
        assertThat(seatsMean).isCloseTo(25, within(0.1));
        assertThat(won).isEqualTo(3);
    }

    /** A constituency result given for the list votes is refused naming the line and why, before anything is written. */
    @Test
    void aNightPageFromConstituencyResultsInsteadOfListVotesIsRefused() throws IOException {
        Path wrong = tmp.resolve("constituency-results.csv");
        Files.writeString(
                wrong,
                "year,constituency,party,candidate,votes\n2021,Bexley and Bromley,Conservative,Peter Fortune,97966\n");
        Path out = tmp.resolve("wrong-page");
        CliRun page = CliRun.in(
                tmp.resolve("wrong.db"),
                "report",
                "london-2021",
                "--data",
                data.toString(),
                "--declared",
                wrong.toString(),
                "--out",
                out.toString());
        assertThat(page.status()).isEqualTo(2);
        assertThat(page.err())
                .contains(wrong + ":2: field 'candidate': unknown party 'Peter Fortune' in assembly-list")
                .contains("a list vote is declared by party (constituency,party,votes)")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    private static long countOf(String s, String what) {
        return s.lines().collect(Collectors.joining("\n")).split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
