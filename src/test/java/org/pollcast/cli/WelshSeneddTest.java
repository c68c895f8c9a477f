package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.BacktestRunner;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * The Senedd (National Assembly for Wales) of 2016 and 2021 from real published figures (src/test/resources/ingest/wales,
 * with its sources and gaps): 40 constituencies and 20 list seats allocated region by region, 4 in each of 5 regions,
 * with no threshold. A blind trial's findings, each on the Welsh figures: a poll by the Welsh Election Study was once
 * dropped as an election's result row; the seats calculator pooled the 20 list seats; the forecast's notes spoke of
 * London and of an "Assembly" renamed the Senedd in 2020.
 */
class WelshSeneddTest {
    @TempDir
    static Path tmp;

    static Path data;

    static Path aliases;

    @BeforeAll
    static void wales() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path kit = Path.of("src/test/resources/ingest/wales");
        IngestFixtures.copyKit(kit, data);
        aliases = kit.resolve("aliases.yaml");
    }

    /**
     * A table that does not state the ballot (the encyclopedia's Senedd 2026 page has one such table) used to leave a
     * list-led forecast with "no polls", at the 2021 result. With 2021's list polls stored so and its constituency polls
     * taken away, they make the list vote: unmoved, since the question may have been either ballot, and so with each
     * party's difference between the ballots added to its error.
     */
    @Test
    void pollsThatDoNotStateTheBallotMakeTheListVoteWhenNoListPollIsThere() throws IOException {
        Path unstated = copyOfData("unstated");
        IngestFixtures.editLines(
                unstated.resolve("polls/wales-2021.csv"),
                lines -> lines.filter(l -> !l.startsWith("wales-2021,senedd,constituency,"))
                        .map(l -> l.replace("wales-2021,senedd,list,", "wales-2021,senedd,,")));
        SimulationSettings few = SimulationSettings.withDefaults().withSims(2_000L);
        Workspace ws =
                new Workspace(DataHome.locate(unstated), tmp.resolve("unstated.db"), List.of(aliases), line -> {});
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("wales-2021", LocalDate.parse("2021-05-05")).withSimulation(few));
        var in = o.forecast().mayor().input();
        assertThat(in.fromPolls()).isTrue();
        assertThat(in.source()).contains("5 polls").contains("polls that do not state the ballot, not moved");
        ForecastOutcome listed = Forecasts.run(
                workspace("listed.db"),
                ForecastRequest.of("wales-2021", LocalDate.parse("2021-05-05")).withSimulation(few));
        var own = listed.forecast().mayor().input();
        int lab = in.index("lab");
        // The same five polls: the same centre within a point (what the "other" share absorbs), a wider error.
        assertThat(in.mean()[lab]).isCloseTo(own.mean()[own.index("lab")], within(1.0));
        assertThat(in.se()[lab]).isGreaterThan(own.se()[own.index("lab")]);

        // The backtest scores that forecast too: it skipped every horizon as having "no polls dated by" then.
        List<String> skipped = new ArrayList<>();
        List<BacktestRow> rows = BacktestRunner.run(
                ws,
                List.of(ws.catalog().resolve("wales-2021")),
                List.of(1),
                2_000,
                20_280_504L,
                BacktestRunner.Scales.defaults(),
                true,
                skipped,
                null);
        assertThat(skipped).isEmpty();
        assertThat(rows).anyMatch(r -> r.method().equals("model") && r.polls() == 5);
    }

    /**
     * The Senedd from 2026 as a blind user would define it: closed lists in 16 six-member constituencies (regions with
     * no constituencies), its baseline 2021's additional-member Senedd, and a table that does not state the ballot (there
     * is one). The polls are stored as list polls, the only ballot there is, so the forecast reads them as the list vote, every region draws its own lean (a
     * constituency's spread: no 2021 region is one of them), the 96 seats are filled, and no note speaks of
     * constituencies.
     */
    @Test
    void aPureListSeneddAfterAnAdditionalMemberOneForecastsFromPollsThatDoNotStateTheBallot() throws IOException {
        ForecastOutcome o = pureListSenedd(
                "purelist",
                "wales-2026,senedd,,YouGov,2026-04-20,1200,18,11,30,29,12\n"
                        + "wales-2026,senedd,,Survation,2026-04-25,1000,20,12,28,28,12\n");
        var in = o.forecast().mayor().input();
        // With one ballot, a poll that does not state it is stored as a list poll (model 2026.12-19), so the list
        // vote is averaged as such, not stood in for.
        assertThat(in.source()).contains("average of 2 polls").doesNotContain("do not state the ballot");
        assertThat(in.mean()[in.index("plaid")]).isBetween(25.0, 33.0);
        AssemblyForecast a = o.forecast().assembly();
        assertThat(a.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                        .sum())
                .isCloseTo(96, within(1e-6));
        assertThat(a.notes())
                .anyMatch(
                        n -> n.contains("Area 16 start at the Wales-wide shares with a lean of their own drawn in every"
                                + " simulation (10 points for a 50% party)"))
                .noneMatch(n -> n.startsWith("Senedd constituencies:"));
    }

    /**
     * New areas, not missing figures: 2021's five regions are none of 2026's sixteen, which the note used to put as "no
     * region has wales-2021's list votes", as if the results file had lost them. It says the baseline was fought on
     * other areas, and that the file holds no notional results for the new ones.
     */
    @Test
    void aBaselineOnOtherAreasIsSaidToBeSo() throws IOException {
        ForecastOutcome o = pureListSenedd(
                "redrawn",
                "wales-2026,senedd,,YouGov,2026-04-20,1200,18,11,30,29,12\n"
                        + "wales-2026,senedd,,Survation,2026-04-25,1000,20,12,28,28,12\n");
        assertThat(o.forecast().assembly().notes())
                .anyMatch(n -> n.contains("16 list regions, each allocating its own list seats from the Wales-wide list"
                        + " shares moved by the swing: wales-2021 was fought on other areas (5 list regions, none"
                        + " of them one of these), and wales_assembly_regional_list_results.csv has no notional"
                        + " results for these"))
                .noneMatch(n -> n.contains("no region has wales-2021's list votes"));
    }

    /**
     * A parliament of lists alone is read, like a house of constituencies alone, for whether anyone governs alone: its
     * forecast gives each party's chance of a majority (49 of 96) with no bloc written for it. Before, only a house of
     * constituencies did, and the Senedd's forecast said nothing of a majority unless its definition named one.
     */
    @Test
    void aPureListBodyGivesEachPartysChanceOfAMajority() throws IOException {
        ForecastOutcome o = pureListSenedd(
                "majority",
                "wales-2026,senedd,,YouGov,2026-04-20,1200,14,6,50,26,4\n"
                        + "wales-2026,senedd,,Survation,2026-04-25,1000,15,6,49,26,4\n");
        AssemblyForecast a = o.forecast().assembly();
        var t = org.pollcast.report.AssemblyTables.parties(a);
        assertThat(t.columnNames()).contains("majority_%");
        var plaid = a.parties().stream()
                .filter(p -> p.id().equals("plaid"))
                .findFirst()
                .orElseThrow();
        double[] dist = plaid.seatDistribution();
        double p49 = 0;
        for (int s = 49; s < dist.length; s++) {
            p49 += dist[s];
        }
        assertThat(p49).isBetween(0.05, 0.999);
        int row = t.stringColumn("party").indexOf("plaid");
        assertThat(t.doubleColumn("majority_%").getDouble(row)).isCloseTo(100 * p49, within(0.05));
        String json = org.pollcast.report.Json.write(org.pollcast.report.AssemblyJson.of(a));
        assertThat(json).contains("\"pMajority\"");
    }

    /**
     * The report's summary says how likely a majority is, where its table gives each party's chance of one; and its data
     * file of the parties' seats had an {@code over_5%_%} column of 100s (a threshold the Senedd does not have) and a
     * {@code constituency} column of zeros: it has the columns the forecast's table has.
     */
    @Test
    void theReportSaysHowLikelyAMajorityIsAndItsDataNameNoThreshold() throws IOException {
        Path d = pureListData(
                "majority-report",
                "wales-2026,senedd,,YouGov,2026-04-20,1200,18,11,30,29,12\n"
                        + "wales-2026,senedd,,Survation,2026-04-25,1000,20,12,28,28,12\n");
        Path out = tmp.resolve("majority-report-out");
        CliRun r = CliRun.in(
                tmp.resolve("majority-report.db"),
                "report",
                "wales-2026",
                "--as-of",
                "2026-05-06",
                "--sims",
                "4000",
                "--out",
                out.toString(),
                "--data",
                d.toString(),
                "--aliases",
                aliases.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("The chance that one party wins a majority alone (49 of the 96 seats or more) is ")
                .contains("Majority (49 seats)");
        assertThat(Files.readAllLines(out.resolve("data/assembly-parties.csv")).get(0))
                .isEqualTo("party,name,seats,p05,p95,largest_%,majority_%,list_share");
        CliRun csv = CliRun.in(
                tmp.resolve("majority-report.db"),
                "forecast",
                "wales-2026",
                "--as-of",
                "2026-05-06",
                "--sims",
                "4000",
                "--format",
                "csv",
                "--data",
                d.toString(),
                "--aliases",
                aliases.toString());
        assertThat(csv.out()).contains("party,name,seats,p05,p95,largest_%,majority_%,list_share");
    }

    /**
     * A party the list vote does not forecast on its own sits inside its "other": the Abolish the Welsh Assembly Party,
     * 3.7% of the 2021 list and named by no poll here, whose polls leave "others" 1%. Its 2021 share used to go on top
     * of every party's, and the seats table's list shares came out 3% below the list vote's own beside it.
     */
    @Test
    void aPartyTheListVoteDoesNotForecastComesOutOfItsOthers() throws IOException {
        ForecastOutcome o = pureListSenedd(
                "abolish",
                "wales-2026,senedd,,YouGov,2026-04-20,1200,22,11,33,33,1\n"
                        + "wales-2026,senedd,,Survation,2026-04-25,1000,22,12,32,33,1\n");
        var lead = o.forecast().mayor().input();
        assertThat(lead.index("abolish")).isNegative();
        AssemblyInput in = o.assemblyInput();
        int abolish = in.parties().indexOf("abolish");
        int other = in.parties().indexOf("other");
        assertThat(in.listMean()[abolish] + in.listMean()[other])
                .isCloseTo(lead.mean()[lead.index("other")], within(0.05));
        int plaid = in.parties().indexOf("plaid");
        assertThat(in.listMean()[plaid]).isCloseTo(lead.mean()[lead.index("plaid")], within(0.05));
    }

    /**
     * The Senedd from 2026 as a blind user would define it (closed lists in 16 six-member areas, no constituencies,
     * its baseline 2021's additional-member Senedd), with these polls of a ballot they do not state.
     */
    private static ForecastOutcome pureListSenedd(String name, String polls) throws IOException {
        Path d = pureListData(name, polls);
        return Forecasts.run(
                new Workspace(DataHome.locate(d), tmp.resolve(name + ".db"), List.of(aliases), line -> {}),
                ForecastRequest.of("wales-2026", LocalDate.parse("2026-05-06"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(2_000L)));
    }

    /** A copy of the data folder with that Senedd's definition and these polls as its bundled polls. */
    private static Path pureListData(String name, String polls) throws IOException {
        Path d = copyOfData(name);
        StringBuilder def = new StringBuilder("id: wales-2026\nname: Senedd (closed lists)\ndate: 2026-05-07\n"
                + "baseline: wales-2021\narea: Wales\nparties:\n  - {id: lab, name: Labour}\n"
                + "  - {id: con, name: Conservative}\n  - {id: plaid, name: Plaid Cymru}\n"
                + "  - {id: reform, name: Reform UK}\n  - {id: abolish, name: Abolish the Welsh Assembly Party}\n"
                + "contests:\n  senedd:\n    system: additional-member\n"
                + "    name: Senedd\n    seats: 96\n    listSeats: 96\n    method: dhondt-modified\n    threshold: 0\n"
                + "    parties: [lab, con, plaid, reform, abolish]\n    regions:\n");
        for (int r = 1; r <= 16; r++) {
            def.append("      - {id: area-")
                    .append(r)
                    .append(", name: Area ")
                    .append(r)
                    .append(", listSeats: 6}\n");
        }
        Files.writeString(d.resolve("elections/wales-2026.yaml"), def.toString());
        Files.writeString(
                d.resolve("polls/wales-2026.csv"),
                "election,contest,scope,pollster,fieldwork_end,sample_size,lab,con,plaid,reform,other\n" + polls);
        return d;
    }

    /** A copy of this class's data folder, to change without touching the others' tests. */
    private static Path copyOfData(String name) throws IOException {
        Path to = tmp.resolve(name);
        IngestFixtures.copyTree(data, to);
        return to;
    }

    private static Workspace workspace(String store) {
        return new Workspace(DataHome.locate(data), tmp.resolve(store), List.of(aliases), line -> {});
    }

    private static CliRun run(String store, String... args) {
        String[] all = Stream.concat(
                        Stream.of(args), Stream.of("--data", data.toString(), "--aliases", aliases.toString()))
                .toArray(String[]::new);
        return CliRun.in(tmp.resolve(store), all);
    }

    @Test
    void theDefinitionHasFiveRegionsOfFourListSeats() {
        AdditionalMemberContest c = workspace("def.db")
                .catalog()
                .resolve("wales-2021")
                .first(AdditionalMemberContest.class)
                .orElseThrow();
        assertThat(c.regions()).hasSize(5).allMatch(r -> r.listSeats() == 4);
        assertThat(c.constituencies()).hasSize(40).allMatch(x -> x.region() != null);
        CliRun r = run("elections.db", "elections");
        assertThat(r.out())
                .contains(
                        "senedd: additional-member, 60 seats (40 constituencies + 20 list in 5 regions, dhondt-modified,"
                                + " no threshold)");
    }

    /**
     * The 2016 polls include the Welsh Election Study's pre-election wave (March 2016, list Labour 31, Conservative 22,
     * Plaid Cymru 22): its name read as "an election" once made it the table's result row, dropped without a word.
     */
    @Test
    void aPollOfTheWelshElectionStudyIsAPollNotAResultRow() {
        CliRun r = run("study.db", "polls", "wales-2016");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("7 polls").contains("Welsh Election Study");
    }

    /** Led by its list vote, the Senedd's average is of the list polls unless told otherwise; it once asked for --scope. */
    @Test
    void theAverageOfAnElectionLedByItsListIsOfTheListPolls() {
        CliRun r = run("average.db", "average", "wales-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("wales-2021 senedd list as of 2021-05-06: 5 polls from 3 pollsters");
    }

    /**
     * 2021, South Wales Central, whose list votes the sources give for every party over 2%: Labour won its 8
     * constituencies, so D'Hondt gives the 4 list seats to the Conservatives (56,662, then 28,331) and Plaid Cymru
     * (46,478, then 23,239), as declared (Andrew RT Davies, Joel James; Rhys ab Owen, Heledd Fychan). The regions with
     * seat counts only are named and not counted; so are constituencies with no complete figures.
     */
    @Test
    void theCountGivesSouthWalesCentralItsPublishedListSeats() {
        CliRun r = run("count.db", "count", "wales-2021");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("wales-2021 senedd: 5 constituencies counted by first past the post")
                .contains("list seats by region (1 of 1 checked regions as published)")
                .contains("South Wales Central: con 2, plaid 2 (the same as published)")
                .contains("North Wales: not counted (3 rows without their votes)")
                .contains("Clwyd West: incomplete")
                .doesNotContain("DIFFERENT");
        CliRun y2016 = run("count2016.db", "count", "wales-2016");
        assertThat(y2016.out()).contains("wales-2016 senedd: 1 constituency counted by first past the post");
    }

    /** One pool of 20 list seats seats parties no region elects: national 2021 shares gave the Greens 2. */
    @Test
    void theSeatsCalculatorAllocatesOneRegionsFourSeats() {
        CliRun pooled = run("pool.db", "seats", "wales-2021", "--list", "lab=36.2,con=25.1,plaid=20.7,grn=4.4");
        assertThat(pooled.status()).isEqualTo(2);
        assertThat(pooled.err())
                .contains("--region")
                .contains("allocates its 20 list seats region by region (5 regions)")
                .doesNotContain("Exception");

        Path regional = data.resolve("results/wales_assembly_regional_list_results.csv");
        CliRun swc =
                run("swc.db", "seats", "wales-2021", "--region", "South Wales Central", "--votes", regional.toString());
        assertThat(swc.status()).as(swc.err()).isZero();
        assertThat(swc.out())
                .contains("wales-2021 senedd, South Wales Central: 4 list seats by dhondt-modified, no threshold")
                .contains("the list seats match the file's list_seats");

        CliRun north =
                run("north.db", "seats", "wales-2021", "--region", "north-wales", "--votes", regional.toString());
        assertThat(north.status()).isEqualTo(2);
        assertThat(north.err()).contains("3 of North Wales's rows of 2021 give no votes");

        CliRun tooMany = run(
                "many.db",
                "seats",
                "wales-2021",
                "--region",
                "south-wales-central",
                "--list",
                "lab=40,con=22,plaid=18",
                "--constituency",
                "lab=9");
        assertThat(tooMany.err()).contains("9 seats in all, but South Wales Central has 8 constituencies");
    }

    @Test
    void theForecastFillsTwentyListSeatsAndSaysWhereItsConstituenciesStart() {
        Workspace ws = workspace("forecast.db");
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("wales-2021", LocalDate.parse("2021-05-05"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(20_000L)));
        assertThat(o.forecast().mayor().contest()).isEqualTo("senedd-list");
        assertThat(o.forecast().mayor().input().source()).contains("5 polls");
        AssemblyForecast a = o.forecast().assembly();
        assertThat(a.seats()).isEqualTo(60);
        assertThat(a.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::listMean)
                        .sum())
                .isCloseTo(20, within(1e-6));
        assertThat(a.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::constituencyMean)
                        .sum())
                .isCloseTo(40, within(1e-6));
        // Labour won 30 seats and the most list votes (36.2%); every final poll put it ahead by 6 points or more.
        AssemblyForecast.PartySeats lab = a.parties().stream()
                .filter(p -> p.id().equals("lab"))
                .findFirst()
                .orElseThrow();
        assertThat(lab.pLargest()).isGreaterThan(0.6);
        assertThat(a.notes())
                .anyMatch(n -> n.startsWith("5 list regions, each allocating its own list seats"))
                .anyMatch(n -> n.startsWith("Senedd constituencies: 1 from wales-2016's own results")
                        && n.endsWith("39 with no result in any other election"))
                // No region has 2016 list votes in the kit: each region's lean is unknown, drawn and shared by its list
                // and its constituencies with no result (they used to start at the Wales-wide shares alone).
                .anyMatch(n -> n.contains("South Wales Central") && n.contains("drawn in every simulation"))
                .anyMatch(n -> n.equals("of the constituencies with no result in any other election, 39 share their"
                        + " region's unknown lean, drawn in every simulation"))
                .anyMatch(n -> n.startsWith("Senedd constituency ballot: pooled"))
                .noneMatch(n -> n.contains("London"))
                .noneMatch(n -> n.contains("imputed from their lean in other elections:"));
    }

    /** The report names the list vote, not first preferences, and puts no Welsh constituency in London. */
    @Test
    void theReportSpeaksOfTheListVoteAndOfWales() throws IOException {
        Path out = tmp.resolve("report");
        CliRun r = run(
                "report.db",
                "report",
                "wales-2021",
                "--as-of",
                "2021-05-05",
                "--sims",
                "5000",
                "--no-race-chart",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page)
                .contains("% of the list vote")
                .contains("Simulated list-vote shares of the leading parties")
                .contains("in rows in the order the election's definition lists them, not on a map")
                .doesNotContain("of first preferences")
                .doesNotContain("placed roughly where it is in London")
                .doesNotContain("London-wide");
    }

    /** Scored against the 2021 list result: its error is the list vote's, and the verdict says so. */
    @Test
    void theBacktestScoresTheListVote() {
        CliRun r = run(
                "backtest.db",
                "backtest",
                "wales-2021",
                "--days-before",
                "1",
                "--sims",
                "5000",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Verdict: the model has the lowest list-vote MAE in");
    }
}
