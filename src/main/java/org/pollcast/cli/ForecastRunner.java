package org.pollcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ResultsCatalog;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferPrior;
import org.pollcast.poll.Poll;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.AssemblyInputs;
import org.pollcast.simulate.Conditions;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorSimulator;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.ShareInputs;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.simulate.TransferChoice;
import org.pollcast.store.PollStore;

/** Poll average (or baseline prior) → transfers → simulation, for the forecast and scenario commands. */
final class ForecastRunner {
    private ForecastRunner() {
    }

    static ElectionForecast run(CommonOptions common, AggregateOptions aggregate, SimulationOptions sim, String electionArg,
            List<String> conditionTexts, PrintWriter err) {
        Election election = common.catalog().resolve(electionArg);
        LocalDate asOf = aggregate.asOf(election);
        List<Poll> all;
        try (PollStore store = common.openStore()) {
            all = PollSource.polls(common, store, election, err);
        }
        return runWith(common, aggregate, sim, election, all, asOf, conditionTexts, err);
    }

    /** The forecast from exactly {@code all} (the election's polls; those after {@code asOf} are ignored). */
    static ElectionForecast runWith(CommonOptions common, AggregateOptions aggregate, SimulationOptions sim, Election election,
            List<Poll> all, LocalDate asOf, List<String> conditionTexts, PrintWriter err) {
        SingleWinnerContest contest = election.first(SingleWinnerContest.class)
                .orElseThrow(() -> new BadInputException(election.id() + ": no single-winner contest to forecast"));
        TransferPrior prior = TransferPrior.load(common.home().root().resolve("transfers/prior.yaml"));
        SimulationSettings settings = sim.settings(prior.concentration());
        var aggSettings = aggregate.settings();
        ShareInput input;
        AssemblyInput assembly = null;
        String assemblyNote = null;
        try (PollStore store = common.openStore()) {
            Map<String, Integer> sampleHints = Aggregator.medianSampleSizes(store.statedSampleSizes());
            List<Poll> polls = all.stream()
                    .filter(p -> p.contest().equals(contest.id()) && p.scope() == Scope.FIRST_PREF && !p.date().isAfter(asOf)).toList();
            if (!polls.isEmpty()) {
                Map<String, Double> weights = aggSettings.pollsterWeighting() == PollsterWeighting.ACCURACY
                        ? AccuracyData.weights(common, store, election, err) : Map.of();
                PollAverage average = Aggregator.average(election, contest, Scope.FIRST_PREF, polls, asOf, aggSettings, weights,
                        sampleHints);
                input = ShareInputs.fromAverage(election, contest, average);
            } else {
                input = baselineInput(common, election, contest, asOf);
            }
            Optional<AdditionalMemberContest> ams = election.first(AdditionalMemberContest.class);
            if (ams.isPresent() && election.baseline() == null) {
                assemblyNote = "Assembly not simulated: " + election.id() + " has no baseline election for its constituencies";
            } else if (ams.isPresent()) {
                assembly = AssemblyInputs.build(election, ams.get(), all, asOf, aggSettings, sampleHints, input, common.home(), common.catalog(), common.aliases());
            }
        }
        List<Path> files = new ArrayList<>(sim.transfers);
        if (files.isEmpty()) {
            files.add(common.home().results().resolve("london_mayor_second_preferences.csv"));
        }
        TransferChoice transfers = TransferChoice.choose(input, election, contest, files, common.catalog(), common.aliases(), prior);
        Conditions conditions = conditionTexts.isEmpty() ? Conditions.none() : Conditions.parse(conditionTexts, input, assembly);
        ElectionForecast forecast;
        boolean showProgress = System.console() != null && settings.sims() >= 2_000_000;
        try (ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("simulating").setInitialMax(settings.sims())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit("k sims", 1000).build() : null) {
            LongConsumer progress = bar == null ? null : n -> {
                synchronized (bar) {
                    bar.stepBy(n);
                }
            };
            forecast = MayorSimulator.run(election.id(), contest.id(), input, contest.system(), transfers.table(), assembly, settings,
                    conditions, progress);
        }
        List<String> notes = new ArrayList<>();
        notes.add(transfers.source());
        if (assemblyNote != null) {
            notes.add(assemblyNote);
        }
        return new ElectionForecast(forecast.mayor().withNotes(notes), forecast.assembly());
    }

    static ShareInput baselineInput(CommonOptions common, Election election, SingleWinnerContest contest, LocalDate asOf) {
        if (election.baseline() == null) {
            throw new BadInputException(election.id() + ": no " + contest.id() + " first-preference polls dated on or before "
                    + asOf + ", and no baseline election to start from");
        }
        Election baseline = common.catalog().resolve(election.baseline());
        ContestResult result = new ResultsCatalog(common.home(), common.catalog()).firstPreferences(baseline, contest.id())
                .orElseThrow(() -> new BadInputException(election.id() + ": no " + contest.id() + " polls dated on or before " + asOf
                        + ", and no result for the baseline " + baseline.id() + " in data/results"));
        return ShareInputs.fromBaseline(election, contest, baseline, result, asOf);
    }
}
