package org.pollcast.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.report.AssemblyTables;
import org.pollcast.report.AverageTables;
import org.pollcast.report.ChartRenderer;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.ForecastTables;
import org.pollcast.report.HouseEffectTables;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportCharts;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;
import tech.tablesaw.api.Table;

/**
 * pollcast as a library, for notebooks and programs: a thin facade on the same pipeline as the command line (polls, the
 * average, house effects, pollster accuracy, forecasts, scenarios, charts), called from Java.
 *
 * <pre>{@code
 * var pc = Pollcast.open(Path.of("data"), Path.of("pollcast.db"));
 * var f = pc.forecast("london-2012", LocalDate.of(2012, 4, 26), 100_000, 7);
 * display(pc.image(pc.chart(pc.charts("london-2012", f), "win-probability")));
 * }</pre>
 */
public final class Pollcast {
    private final Workspace ws;

    private Pollcast(Workspace ws) {
        this.ws = ws;
    }

    /** A workbench over a data folder (elections, results, polls) and a store file (created if missing). */
    public static Pollcast open(Path data, Path store) {
        return new Pollcast(Workspace.of(data, store));
    }

    public Election election(String id) {
        return ws.catalog().resolve(id);
    }

    /** The election's polls (the bundled ones are loaded when the store has none). */
    public List<Poll> polls(String election) {
        try (PollStore store = ws.openStore()) {
            return PollSource.polls(ws, store, election(election));
        }
    }

    /** The mayoral first-preference average at {@code asOf}, with house effects. */
    public PollAverage average(String election, LocalDate asOf) {
        return average(election, asOf, AggregateSettings.withDefaults());
    }

    /** The same average as {@code pollcast average} with the same settings. */
    public PollAverage average(String election, LocalDate asOf, AggregateSettings settings) {
        return Averages.compute(ws, AverageRequest.of(election, asOf).withSettings(settings));
    }

    /** House effects as a Tablesaw table (pollsters down, options across, 90% intervals). */
    public Table houseEffectsTable(PollAverage average) {
        return HouseEffectTables.wide(average.houseEffects());
    }

    public Table averageTable(PollAverage average) {
        return AverageTables.table(average);
    }

    /**
     * Each pollster's final-poll errors at the given elections (all with a complete result if none given): first
     * preferences, a two-round election's second round, and a count's final round ("london-2008 (final round)",
     * {@link org.pollcast.election.RoundLabel#isFinalRound}).
     */
    public List<FinalPollError> pollsterAccuracy(String... elections) {
        List<Election> list = elections.length == 0
                ? ws.catalog().all()
                : Arrays.stream(elections).map(this::election).toList();
        return AccuracyData.errors(ws, list);
    }

    /** Each pollster's record across {@code errors}, the final rounds of counts by preferences apart. */
    public List<PollsterRecord> pollsterRecords(List<FinalPollError> errors) {
        return PollsterAccuracy.summarise(errors);
    }

    /** Each pollster's record over the final rounds of counts by preferences among {@code errors}, kept apart. */
    public List<PollsterRecord> pollsterFinalRoundRecords(List<FinalPollError> errors) {
        return PollsterAccuracy.summariseFinalRounds(errors);
    }

    /** The official first preferences, and the published final round (Supplementary Vote years). */
    public ContestResult result(String election) {
        Election e = election(election);
        return ws.results().firstPreferences(e, mayor(e).id()).orElseThrow();
    }

    public ContestResult finalRound(String election) {
        Election e = election(election);
        return ws.results().finalRound(e, mayor(e).id()).orElseThrow();
    }

    /** The forecast at {@code asOf} (Mayor, and the Assembly where there is one). */
    public ElectionForecast forecast(String election, LocalDate asOf, long sims, long seed) {
        return run(request(election, asOf, sims, seed));
    }

    /** The forecast with another transfer concentration (how sure the second-preference table is). */
    public ElectionForecast forecast(
            String election, LocalDate asOf, long sims, long seed, double transferConcentration) {
        return run(request(election, asOf, sims, seed).withTransferConcentration(transferConcentration));
    }

    /** The forecast exactly as {@code pollcast forecast} runs this request. */
    public ForecastOutcome forecast(ForecastRequest request) {
        return Forecasts.run(ws, request);
    }

    /** The forecast over the simulations meeting every condition ("green>=10", "grn.seats>=3"). */
    public ElectionForecast scenario(String election, LocalDate asOf, long sims, long seed, String... conditions) {
        return run(request(election, asOf, sims, seed).withConditions(List.of(conditions)));
    }

    private static ForecastRequest request(String election, LocalDate asOf, long sims, long seed) {
        return ForecastRequest.of(election, asOf)
                .withSimulation(SimulationSettings.withDefaults().withSims(sims).withSeed(seed));
    }

    private ElectionForecast run(ForecastRequest request) {
        return Forecasts.run(ws, request).forecast();
    }

    /** The forecast as the CLI's table: candidates, win probabilities, first-preference ranges. */
    public Table forecastTable(ElectionForecast f) {
        return ForecastTables.candidates(f.mayor());
    }

    /** The forecast's seats by party, with the columns its contest's rules give (as the CLI's csv). */
    public Table assemblyTable(ElectionForecast f) {
        return f.assembly() == null
                ? Table.create("no assembly")
                : AssemblyTables.parties(
                        f.assembly(), election(f.mayor().election()).first(AdditionalMemberContest.class));
    }

    /** The report's charts for this forecast (trend, house effects, win probabilities, ...), as data. */
    public List<ChartSpec> charts(String election, ElectionForecast f) {
        ForecastOutcome outcome =
                new ForecastOutcome(election(election), f.mayor().input().asOf(), null, f);
        ReportInput in = ReportInputs.gather(ws, outcome, AggregateSettings.withDefaults(), null, Instant.now());
        return new ArrayList<>(ReportCharts.all(in, Palette.load(ws.palette()).forElection(in.election())));
    }

    /** The chart with this id ("trend", "house-effects", "win-probability", "runoff-margin", ...). */
    public ChartSpec chart(List<ChartSpec> charts, String id) {
        return charts.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart '" + id + "'; have "
                        + charts.stream().map(ChartSpec::id).toList()));
    }

    /** A chart drawn as an image, for display(). */
    public BufferedImage image(ChartSpec chart) {
        return ChartRenderer.image(chart);
    }

    private static SingleWinnerContest mayor(Election e) {
        return e.lead().orElseThrow(() -> new IllegalArgumentException(e.id() + " has no single-winner contest"));
    }
}
