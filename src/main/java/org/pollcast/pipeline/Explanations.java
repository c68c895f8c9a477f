package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.Election;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.store.PollStore;

/**
 * What the report's "How this works" section says beyond the forecast itself: the scenarios that would move
 * it most, and the model's record on earlier elections.
 */
public final class Explanations {
    /** The horizons the backtest scores; the track record uses the one nearest the forecast's. */
    static final int[] HORIZONS = {1, 7, 14, 30};
    /** Enough for a stable interval count on a handful of elections, quick enough for every report. */
    static final long TRACK_RECORD_SIMS = 10_000;

    private Explanations() {}

    /** The report input with its scenarios and track record added. */
    public static ReportInput add(Workspace ws, ForecastRequest request, ForecastOutcome outcome, ReportInput in) {
        return in.withExplanations(scenarios(ws, request, outcome), trackRecord(ws, outcome));
    }

    /**
     * The three scenarios that move the leader's chance most. Candidates: each of the two likeliest winners
     * doing better than in 3 of 4 simulations (first preferences at or above their 75th percentile) or worse
     * (at or below the 25th). Each is the same forecast, same seed and simulations, keeping only those where
     * the condition holds: a subset of the very simulations behind the headline, not a new model run.
     */
    static List<ReportInput.Scenario> scenarios(Workspace ws, ForecastRequest request, ForecastOutcome outcome) {
        MayorForecast f = outcome.forecast().mayor();
        if (!request.conditions().isEmpty()) {
            return List.of(); // a scenario of a scenario would confuse more than it explains
        }
        if (f.fromTheCount()) {
            return List.of(); // the first round's count, which no what-if moves (CountedSecondRound)
        }
        List<CandidateForecast> top = f.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingDouble(CandidateForecast::pWin).reversed())
                .limit(2)
                .toList();
        if (top.size() < 2) {
            return List.of();
        }
        String leader = top.get(0).id();
        // The election as defined, not the outcome's: between a two-round election's rounds the outcome's is the second
        // round alone, and run from every stored poll as that race of two, the first round's polls of twelve were read
        // as polls of the pair (France 2022 as of 22 April: "Le Pen gets at least 47.0%", a quarter of the
        // simulations, was said to happen less than 1 time in 200 and to give her the presidency for certain).
        // Through runAsOf each scenario is the headline's own forecast, the second round's where the headline is.
        Election election = ws.catalog().resolve(request.election());
        List<Poll> all;
        try (PollStore store = ws.openStore()) {
            all = PollSource.polls(ws, store, election);
        }
        List<ReportInput.Scenario> out = new ArrayList<>();
        for (CandidateForecast c : top) {
            for (boolean better : new boolean[] {true, false}) {
                double cut = better ? c.firstPref().p75() : c.firstPref().p25();
                String text = String.format(Locale.ROOT, "%s%s%.1f", c.id(), better ? ">=" : "<=", cut);
                MayorForecast m = Forecasts.runAsOf(
                                ws, request.withConditions(List.of(text)), election, all, outcome.asOf(), true)
                        .forecast()
                        .mayor();
                if (m.kept() == 0) {
                    continue;
                }
                Map<String, Double> pWin = new HashMap<>();
                m.candidates().forEach(x -> pWin.put(x.id(), x.pWin()));
                out.add(new ReportInput.Scenario(
                        String.format(
                                Locale.ROOT,
                                // To the tenth the condition used: "at most 25%" of a cut at 24.4 did not match
                                // the scenario a reader reran with lab<=25.
                                "%s gets %s %.1f%% of %s",
                                c.name(),
                                better ? "at least" : "at most",
                                cut,
                                outcome.election()
                                        .leadVote()
                                        .map(v -> "the " + v.words())
                                        .orElse(
                                                m.system().equals(VotingSystem.FPTP.code())
                                                        ? "the vote"
                                                        // Votes cast afresh in each round: no preferences.
                                                        : m.system().equals(VotingSystem.TWO_ROUND.code())
                                                                ? "the first-round vote"
                                                                : "first preferences")),
                        (double) m.kept() / m.sims(),
                        pWin));
            }
        }
        double base = top.get(0).pWin();
        out.sort(Comparator.comparingDouble(
                        (ReportInput.Scenario s) -> Math.abs(s.pWin().getOrDefault(leader, 0.0) - base))
                .reversed());
        return List.copyOf(out.subList(0, Math.min(3, out.size())));
    }

    /**
     * The model forecasting every earlier comparable election with a result, from the nearest scored horizon to this
     * forecast's, with only the polls known then. Elections on or after this one's polling day are left out,
     * so a report on a past election does not grade itself with its own result.
     */
    static ReportInput.TrackRecord trackRecord(Workspace ws, ForecastOutcome outcome) {
        Election e = outcome.election();
        long days = outcome.forecast().mayor().input().daysToElection();
        int horizon = HORIZONS[0];
        for (int h : HORIZONS) {
            horizon = Math.abs(h - days) < Math.abs(horizon - days) ? h : horizon;
        }
        // Earlier elections of the same kind (a list vote's record for a list-led election, Mayors' for a Mayor's),
        // of this place when any of its own can be scored: London's mayoral record says little about a Scottish list
        // vote, but it is the only record a new place's first forecast has.
        // Nor is the election itself an earlier one: between a two-round election's rounds the forecast is its second
        // round's, held after its first, and the first round's forecast was listed as the model's record on "each
        // earlier election" (France 2022 as of 22 April: "1 of 1", its own first round).
        List<Election> comparable = ws.catalog().all().stream()
                .filter(x -> x.date().isBefore(e.date())
                        && !x.id().equals(e.id())
                        && x.listLed() == e.listLed()
                        && x.lead().isPresent())
                .toList();
        List<Election> own =
                comparable.stream().filter(x -> x.series().equals(e.series())).toList();
        long seed = outcome.forecast().mayor().settings().seed();
        List<String> skipped = new ArrayList<>();
        List<BacktestRow> rows = own.isEmpty() ? List.of() : modelRows(ws, own, horizon, seed, skipped);
        if (rows.isEmpty()) {
            skipped.clear();
            rows = modelRows(ws, comparable, horizon, seed, skipped);
        }
        return new ReportInput.TrackRecord(horizon, rows, skipped);
    }

    private static List<BacktestRow> modelRows(
            Workspace ws, List<Election> elections, int horizon, long seed, List<String> skipped) {
        return BacktestRunner.run(
                        ws,
                        elections,
                        List.of(horizon),
                        TRACK_RECORD_SIMS,
                        seed,
                        BacktestRunner.Scales.defaults(),
                        false,
                        skipped,
                        null)
                .stream()
                .filter(r -> r.method().equals("model"))
                .toList();
    }
}
