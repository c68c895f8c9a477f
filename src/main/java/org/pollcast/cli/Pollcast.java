package org.pollcast.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ResultsCatalog;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.report.ChartRenderer;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.Palette;
import org.pollcast.report.ReportCharts;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.store.PollStore;
import tech.tablesaw.api.Table;

/**
 * pollcast as a library, for notebooks and programs: the same pipeline as the command line (polls, the
 * average, house effects, pollster accuracy, forecasts, scenarios, charts), called from Java.
 *
 * <pre>{@code
 * var pc = Pollcast.open(Path.of("data"), Path.of("pollcast.db"));
 * var f = pc.forecast("london-2012", LocalDate.of(2012, 4, 26), 100_000, 7);
 * display(pc.image(pc.chart(pc.charts("london-2012", f), "win-probability")));
 * }</pre>
 */
public final class Pollcast {
    private final CommonOptions common = new CommonOptions();
    private final PrintWriter log = new PrintWriter(new StringWriter());

    private Pollcast(Path data, Path store) {
        common.data = data;
        common.db = store;
    }

    /** A workbench over a data folder (elections, results, polls) and a store file (created if missing). */
    public static Pollcast open(Path data, Path store) {
        return new Pollcast(data, store);
    }

    public Election election(String id) {
        return common.catalog().resolve(id);
    }

    /** The election's polls (the bundled ones are loaded when the store has none). */
    public List<Poll> polls(String election) {
        try (PollStore store = common.openStore()) {
            return PollSource.polls(common, store, election(election), log);
        }
    }

    /** The mayoral first-preference average at {@code asOf}, with house effects. */
    public PollAverage average(String election, LocalDate asOf) {
        return average(election, asOf, AggregateSettings.withDefaults());
    }

    public PollAverage average(String election, LocalDate asOf, AggregateSettings settings) {
        Election e = election(election);
        SingleWinnerContest mayor = mayor(e);
        try (PollStore store = common.openStore()) {
            List<Poll> polls = PollSource.polls(common, store, e, log);
            return Aggregator.average(e, mayor, Scope.FIRST_PREF, polls, asOf, settings, Map.of(),
                    Aggregator.medianSampleSizes(store.statedSampleSizes()));
        }
    }

    /** House effects as a Tablesaw table (pollsters down, options across, 90% intervals). */
    public Table houseEffectsTable(PollAverage average) {
        return HouseEffectsCommand.wide(average.houseEffects());
    }

    public Table averageTable(PollAverage average) {
        return AverageCommand.table(average);
    }

    /** Each pollster's final-poll errors at the given elections (all with a complete result if none given). */
    public List<FinalPollError> pollsterAccuracy(String... elections) {
        List<Election> list = elections.length == 0 ? common.catalog().all() : Arrays.stream(elections).map(this::election).toList();
        try (PollStore store = common.openStore()) {
            return AccuracyData.errors(common, store, list, log);
        }
    }

    public List<PollsterRecord> pollsterRecords(List<FinalPollError> errors) {
        return PollsterAccuracy.summarise(errors);
    }

    /** The official first preferences, and the published final round (Supplementary Vote years). */
    public ContestResult result(String election) {
        Election e = election(election);
        return new ResultsCatalog(common.home(), common.catalog()).firstPreferences(e, mayor(e).id()).orElseThrow();
    }

    public ContestResult finalRound(String election) {
        Election e = election(election);
        return new ResultsCatalog(common.home(), common.catalog()).finalRound(e, mayor(e).id()).orElseThrow();
    }

    /** The forecast at {@code asOf} (Mayor, and the Assembly where there is one). */
    public ElectionForecast forecast(String election, LocalDate asOf, long sims, long seed) {
        return run(election, asOf, sims, seed, null, List.of());
    }

    /** The forecast with another transfer concentration (how sure the second-preference table is). */
    public ElectionForecast forecast(String election, LocalDate asOf, long sims, long seed, double transferConcentration) {
        return run(election, asOf, sims, seed, transferConcentration, List.of());
    }

    /** The forecast over the simulations meeting every condition ("green>=10", "grn.seats>=3"). */
    public ElectionForecast scenario(String election, LocalDate asOf, long sims, long seed, String... conditions) {
        return run(election, asOf, sims, seed, null, List.of(conditions));
    }

    private ElectionForecast run(String election, LocalDate asOf, long sims, long seed, Double concentration, List<String> conditions) {
        AggregateOptions aggregate = new AggregateOptions();
        aggregate.asOf = asOf.toString();
        SimulationOptions sim = new SimulationOptions();
        sim.sims = sims;
        sim.seed = seed;
        sim.concentration = concentration;
        return ForecastRunner.run(common, aggregate, sim, election, conditions, log);
    }

    /** The forecast as the CLI's table: candidates, win probabilities, first-preference ranges. */
    public Table forecastTable(ElectionForecast f) {
        return ForecastTables.candidates(f.mayor());
    }

    public Table assemblyTable(ElectionForecast f) {
        return f.assembly() == null ? Table.create("no assembly") : AssemblyTables.parties(f.assembly());
    }

    /** The report's charts for this forecast (trend, house effects, win probabilities, ...), as data. */
    public List<ChartSpec> charts(String election, ElectionForecast f) {
        AggregateOptions aggregate = new AggregateOptions();
        aggregate.asOf = f.mayor().input().asOf().toString();
        ReportInput in = ReportInputs.gather(common, aggregate, election(election), f, null, Instant.now(), log);
        return new ArrayList<>(ReportCharts.all(in, Palette.load(common.home().root().resolve("palette.yaml"))));
    }

    /** The chart with this id ("trend", "house-effects", "win-probability", "runoff-margin", ...). */
    public ChartSpec chart(List<ChartSpec> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart '" + id + "'; have " + charts.stream().map(ChartSpec::id).toList()));
    }

    /** A chart drawn as an image, for display(). */
    public BufferedImage image(ChartSpec chart) {
        return ChartRenderer.image(chart);
    }

    private static SingleWinnerContest mayor(Election e) {
        return e.first(SingleWinnerContest.class).orElseThrow(() -> new IllegalArgumentException(e.id() + " has no single-winner contest"));
    }
}
