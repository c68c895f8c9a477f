package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.pipeline.BacktestRunner;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.PollSource;
import org.pollcast.pipeline.Workspace;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.SimulationSettings;

/** The backtest: no leakage, and the command end to end. */
class BacktestTest {
    @TempDir
    Path tmp;

    private Workspace common(Path data) {
        return Workspace.of(data, tmp.resolve("store.db"));
    }

    private ElectionForecast forecast(Workspace c, List<Poll> polls, LocalDate asOf) {
        Election e = c.catalog().resolve("london-2012");
        ForecastRequest r = ForecastRequest.of(e.id(), asOf)
                .withSimulation(SimulationSettings.withDefaults().withSims(30_000L));
        return Forecasts.runWith(c, r, e, polls, asOf).forecast();
    }

    @Test
    void aLaterPollOrTheElectionsOwnResultCannotChangeItsForecast() throws Exception {
        Workspace c = common(Path.of("data"));
        List<Poll> polls;
        try (var store = c.openStore()) {
            polls = PollSource.polls(c, store, c.catalog().resolve("london-2012"));
        }
        LocalDate asOf = LocalDate.of(2012, 4, 26);
        ElectionForecast base = forecast(c, polls, asOf);
        List<Poll> withLater = new ArrayList<>(polls);
        withLater.add(PollBuilder.of("london-2012", "mayor", Scope.FIRST_PREF, "YouGov")
                .client("Leak test")
                .ended(asOf.plusDays(1))
                .sample(5000)
                .shares(Map.of("livingstone", 70.0, "johnson", 20.0, "other", 10.0))
                .build());
        ElectionForecast later = forecast(c, withLater, asOf);
        assertThat(later.mayor().candidates()).isEqualTo(base.mayor().candidates());
        assertThat(later.assembly().parties().get(0).seatDistribution())
                .isEqualTo(base.assembly().parties().get(0).seatDistribution());
        // Rewrite 2012's own results (mayor and Assembly) in a copy of data/: the forecast must not move.
        Path data = DataCopy.into(tmp);
        for (String file : List.of(
                "london_mayor_results.csv",
                "london_assembly_list_results.csv",
                "london_assembly_constituency_results.csv",
                "london_assembly_constituency_vote_totals.csv")) {
            Path f = data.resolve("results").resolve(file);
            Files.write(
                    f,
                    Files.readAllLines(f).stream()
                            .map(l -> l.startsWith("2012,") ? l.replaceAll(",(\\d{4,}),", ",1,") : l)
                            .toList());
        }
        Workspace altered = common(data);
        ElectionForecast same = forecast(altered, polls, asOf);
        assertThat(same.mayor().candidates()).isEqualTo(base.mayor().candidates());
        assertThat(same.assembly().parties().get(1).seatDistribution())
                .isEqualTo(base.assembly().parties().get(1).seatDistribution());
    }

    /**
     * The CSV left an election it could not score out without a word (a blind trial asked for Romania 2024 and 2025 and
     * got 2025's rows alone, 2024's result being incomplete): the table and the JSON say it. The note goes to standard
     * error, so the CSV stays a table.
     */
    @Test
    void theCsvSaysOnStandardErrorWhichElectionsItSkipped() throws Exception {
        CliRun csv = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                "london-2004",
                "london-2008",
                "--days-before",
                "7",
                "--sims",
                "2000",
                "--format",
                "csv");
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("london-2008,7,model,").doesNotContain("skipped");
        assertThat(csv.err()).contains("note: skipped: london-2004: incomplete result");
    }

    @Test
    void backtestScoresTheModelAndBothBaselinesAndSkipsIncompleteResults() throws Exception {
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                "--days-before",
                "7,30",
                "--sims",
                "4000",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("london-2008")
                .contains("last-week")
                .contains("last-poll")
                .contains("Verdict:")
                .contains("skipped: london-2004: incomplete result");
        assertThat(tmp.resolve("charts/calibration.png")).exists();
        assertThat(tmp.resolve("charts/errors.svg")).exists();
        CliRun csv = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                "london-2008",
                "london-2008",
                "--days-before",
                "1,1",
                "--sims",
                "20000",
                "--format",
                "csv",
                "--charts",
                tmp.resolve("charts").toString());
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("election,days_before,method,polls,mae,lead_error");
        // Header, model and two baselines: an election or a horizon named twice is scored once.
        assertThat(lines).hasSize(4);
        CliRun bad = CliRun.in(tmp.resolve("store.db"), "backtest", "--days-before", "-3");
        assertThat(bad.status()).isEqualTo(2);
    }

    /** Two different definitions of one id are refused, naming both: the second was dropped without a word (review). */
    @Test
    void twoDefinitionsOfOneIdAreRefused() throws Exception {
        Path copy = tmp.resolve("l12.yaml");
        Files.writeString(
                copy,
                Files.readString(Path.of("data/elections/london-2012.yaml"))
                        .replaceFirst("(?m)^name: .*$", "name: London 2012, edited"));
        CliRun r = CliRun.in(tmp.resolve("store.db"), "backtest", "london-2012", copy.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'london-2012' and '" + copy + "' are two different definitions of london-2012");
    }

    /**
     * An election with an additional-member contest alone (the London Assembly without its Mayor) is forecast from its
     * list vote, here from its baseline's list result (no polls of its own); the backtest skips it only because the
     * results files hold no result of its own (their 2021 rows are london-2021's).
     */
    @Test
    void anAssemblyWithoutItsMayorIsForecastFromItsListVote() throws Exception {
        String definition = Files.readString(Path.of("data/elections/london-2021.yaml"));
        int mayor = definition.indexOf("  mayor:");
        int assembly = definition.indexOf("  assembly:");
        Path alone = tmp.resolve("assembly-2021.yaml");
        Files.writeString(
                alone,
                ListLedElectionTest.withoutMayorBlocs(
                        definition.substring(0, mayor).replace("id: london-2021", "id: assembly-2021")
                                + definition.substring(assembly)));

        CliRun f = CliRun.in(tmp.resolve("store.db"), "forecast", alone.toString(), "--sims", "1000");
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.out())
                .contains("assembly-2021 assembly-list (list vote")
                .contains("no polls: prior from london-2016")
                .contains("assembly: 25 seats");

        CliRun b = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                alone.toString(),
                "--sims",
                "1000",
                "--charts",
                tmp.resolve("charts").toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out())
                .contains("skipped: assembly-2021: no result in data/results")
                .contains("0 forecasts")
                .doesNotContain("by method"); // no empty comparison table
        assertThat(tmp.resolve("charts")).doesNotExist();
    }

    /** The charts go into a folder of pollcast's own: a user's folder holding a file of the same name is left alone. */
    @Test
    void theChartsNeverWriteOverAFileOfTheUsers() throws Exception {
        Path theirs = tmp.resolve("their-charts");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("errors.png"), "a chart of my own");
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "backtest",
                "london-2012",
                "--days-before",
                "7",
                "--sims",
                "1000",
                "--charts",
                theirs.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("not replaced").contains("errors.png").contains("--charts");
        assertThat(r.out()).doesNotContain("london-2012  |"); // refused before the forecasts, not after
        assertThat(Files.readString(theirs.resolve("errors.png"))).isEqualTo("a chart of my own");
        assertThat(theirs.resolve("calibration.png")).doesNotExist();
    }

    @Test
    void rowsAreConsistent() {
        Workspace c = common(Path.of("data"));
        List<String> skipped = new ArrayList<>();
        List<BacktestRow> rows = BacktestRunner.run(
                c,
                List.of(c.catalog().resolve("london-2008")),
                List.of(1),
                20_000,
                20_280_504L,
                BacktestRunner.Scales.defaults(),
                false,
                skipped,
                null);
        BacktestRow model = rows.get(0);
        assertThat(model.method()).isEqualTo("model");
        assertThat(model.brier()).isBetween(0.0, 2.0);
        assertThat(model.in90()).isBetween(model.in50(), model.scored());
        assertThat(model.asOf()).isEqualTo("2008-04-30");
    }
}
