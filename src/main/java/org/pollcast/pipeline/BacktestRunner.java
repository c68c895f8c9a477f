package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.aggregate.SamePoll;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.backtest.Scores;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * Forecasts past elections as of dates before polling day, with only the polls dated by then (and the
 * baseline's results, known then), and scores the model and two baselines against the results. The
 * election's own result is read only to score.
 */
public final class BacktestRunner {
    private BacktestRunner() {}

    /** Scale overrides for calibration; null fields keep the defaults. */
    public record Scales(Double pollingError, Double drift, Double concentration) {
        public static Scales defaults() {
            return new Scales(null, null, null);
        }
    }

    /**
     * One election's inputs to the backtest, none of which depends on the scales: its polls (all of them; each
     * horizon uses those dated by then), its result and, for the assembly, its seats.
     */
    public record Prepared(
            Election election,
            SingleWinnerContest mayor,
            List<Poll> polls,
            Map<String, Double> actual,
            List<String> top,
            Optional<ContestResult> finals,
            Map<String, Integer> actualSeats) {

        /**
         * Who won: the final round's leader where the count went to one (a first-round runner-up can win on second
         * preferences: Houchen, Tees Valley 2017), else the first-preference leader.
         */
        public String winner() {
            return winnerOf(top, finals);
        }
    }

    /** The final round's leader when there is a final round, else the first-preference leader. */
    static String winnerOf(List<String> top, Optional<ContestResult> finals) {
        return finals.filter(r -> !r.votes().isEmpty())
                .map(r -> r.topTwo().get(0))
                .orElse(top.get(0));
    }

    public static List<BacktestRow> run(
            Workspace ws,
            List<Election> elections,
            List<Integer> horizons,
            long sims,
            long seed,
            Scales scales,
            boolean assembly,
            List<String> skipped) {
        ResultsCatalog results = ws.results();
        List<BacktestRow> rows = new ArrayList<>();
        for (Election e : elections) {
            Prepared p = prepare(ws, results, e, assembly, skipped);
            if (p != null) {
                for (int h : horizons) {
                    LocalDate asOf = e.date().minusDays(h);
                    if (!forecastable(p, asOf)) {
                        skipped.add(e.id() + ", " + h + (h == 1 ? " day" : " days") + " out: no polls dated by " + asOf
                                + " and no baseline election to forecast from");
                    }
                }
                rows.addAll(score(ws, List.of(p), horizons, sims, seed, scales));
            }
        }
        return rows;
    }

    /**
     * Whether there is anything to forecast {@code p} from as of {@code asOf}: a first-preference poll dated by
     * then, or a baseline election. The first election of a series has no baseline, so before its first poll
     * (or, with none, at all) there is no forecast to score.
     */
    private static boolean forecastable(Prepared p, LocalDate asOf) {
        return p.election().baseline() != null
                || p.polls().stream()
                        .anyMatch(x -> x.contest().equals(p.mayor().id())
                                && x.scope() == Scope.FIRST_PREF
                                && !x.date().isAfter(asOf));
    }

    /** The inputs of every election that can be scored; the others are added to {@code skipped}, with the reason. */
    public static List<Prepared> prepare(
            Workspace ws, List<Election> elections, boolean assembly, List<String> skipped) {
        ResultsCatalog results = ws.results();
        List<Prepared> out = new ArrayList<>();
        for (Election e : elections) {
            Prepared p = prepare(ws, results, e, assembly, skipped);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Prepared prepare(
            Workspace ws, ResultsCatalog results, Election e, boolean assembly, List<String> skipped) {
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElse(null);
        if (mayor == null) {
            skipped.add(e.id() + ": no single-winner contest to forecast (an Assembly is simulated with its Mayor)");
            return null;
        }
        Optional<ContestResult> result = results.firstPreferences(e, mayor.id());
        if (result.isEmpty() || !result.get().complete()) {
            skipped.add(e.id() + ": "
                    + (result.isEmpty()
                            ? "no result in data/results"
                            : "incomplete result (no count for "
                                    + String.join(", ", result.get().missing()) + ")"));
            return null;
        }
        if (e.date().isAfter(LocalDate.now())) {
            skipped.add(e.id() + ": not held yet");
            return null;
        }
        List<Poll> polls;
        try (PollStore store = ws.openStore()) {
            polls = PollSource.polls(ws, store, e);
        }
        if (e.baseline() == null
                && polls.stream().noneMatch(x -> x.contest().equals(mayor.id()) && x.scope() == Scope.FIRST_PREF)) {
            skipped.add(e.id() + ": no polls and no baseline election to forecast from");
            return null;
        }
        Optional<ContestResult> finals = mayor.system() == VotingSystem.SUPPLEMENTARY_VOTE
                ? results.finalRound(e, mayor.id())
                : Optional.empty();
        // Empty unless assembly is asked for, so the model's seats are then never scored.
        Map<String, Integer> actualSeats = assembly ? ResultChecks.actualSeats(ws, e) : Map.of();
        return new Prepared(e, mayor, polls, result.get().shares(), result.get().topTwo(), finals, actualSeats);
    }

    /** Forecasts and scores the prepared elections at every horizon with the given scales. */
    public static List<BacktestRow> score(
            Workspace ws, List<Prepared> prepared, List<Integer> horizons, long sims, long seed, Scales scales) {
        // runWith takes the as-of date as a parameter; the averaging stays at its defaults.
        ForecastRequest request = request(sims, seed, scales);
        List<BacktestRow> rows = new ArrayList<>();
        for (Prepared p : prepared) {
            Election e = p.election();
            String mayorId = p.mayor().id();
            for (int h : horizons) {
                LocalDate asOf = e.date().minusDays(h);
                if (!forecastable(p, asOf)) {
                    continue; // run() says so; calibration scores what can be forecast
                }
                ElectionForecast f = Forecasts.runWith(ws, request.withAsOf(asOf), e, p.polls(), asOf)
                        .forecast();
                rows.add(scoreModel(e, h, asOf, f, p.actual(), p.top(), p.finals(), p.actualSeats(), p.polls()));
                // The baselines count a poll published twice once, as the model's average does.
                List<Poll> usable = SamePoll.collapse(
                        p.polls().stream()
                                .filter(x -> x.contest().equals(mayorId)
                                        && x.scope() == Scope.FIRST_PREF
                                        && !x.date().isAfter(asOf))
                                .sorted(Comparator.comparing(Poll::date))
                                .toList(),
                        new ArrayList<>());
                if (!usable.isEmpty()) {
                    LocalDate lastDate = usable.get(usable.size() - 1).date();
                    List<Poll> week = usable.stream()
                            .filter(x -> x.date().isAfter(lastDate.minusDays(7)))
                            .toList();
                    rows.add(scoreBaseline(e, h, asOf, "last-week", week, usable, p.actual(), p.top(), p.winner()));
                    rows.add(scoreBaseline(
                            e,
                            h,
                            asOf,
                            "last-poll",
                            List.of(usable.get(usable.size() - 1)),
                            usable,
                            p.actual(),
                            p.top(),
                            p.winner()));
                }
            }
        }
        return rows;
    }

    /** The forecast request of a backtest: the given sims, seed and scales, the rest at their defaults. */
    public static ForecastRequest request(long sims, long seed, Scales scales) {
        SimulationSettings sim =
                SimulationSettings.withDefaults().withSims(sims).withSeed(seed);
        if (scales.pollingError() != null) {
            sim = sim.withPollingErrorSd(scales.pollingError());
        }
        if (scales.drift() != null) {
            sim = sim.withDriftPerDay(scales.drift());
        }
        return ForecastRequest.of(null, null).withSimulation(sim).withTransferConcentration(scales.concentration());
    }

    /**
     * The model's row: its errors, interval counts and log scores from the comparisons of {@link ResultChecks}, the
     * same that the report's "How this forecast did" shows one by one.
     */
    static BacktestRow scoreModel(
            Election e,
            int h,
            LocalDate asOf,
            ElectionForecast f,
            Map<String, Double> actualAll,
            List<String> top,
            Optional<ContestResult> finals,
            Map<String, Integer> actualSeats,
            List<Poll> polls) {
        MayorForecast m = f.mayor();
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> pWin = new LinkedHashMap<>();
        for (CandidateForecast c : m.candidates()) {
            mean.put(c.id(), c.firstPref().mean());
            if (!c.id().equals("other")) {
                pWin.put(c.id(), c.pWin());
            }
        }
        Map<String, Double> actual = actualOverOptions(actualAll, m.input().options());
        double mae = Scores.meanAbsoluteError(mean, actual, ResultChecks.MIN_SHARE);
        double lead = Scores.leadError(mean, actual, top.get(0), top.get(1));
        int in50 = 0;
        int in90 = 0;
        int scored = 0;
        double logScore = 0;
        for (ResultCheck.Share s : ResultChecks.firstPrefs(m, actual)) {
            scored++;
            in50 += s.inside50() ? 1 : 0;
            in90 += s.inside90() ? 1 : 0;
            logScore += Scores.logScore(m.firstHist(), m.input().index(s.id()), MayorForecast.BINS, s.actual(), 0.5);
        }
        double finalError = Double.NaN;
        double finalLog = Double.NaN;
        ResultCheck.Share fin = finals.map(r -> ResultChecks.finalRound(m, r)).orElse(null);
        if (fin != null) {
            finalError = fin.error();
            finalLog =
                    Scores.logScore(m.runoffHist(), m.input().index(fin.id()), MayorForecast.BINS, fin.actual(), 0.5);
        }
        double seatMae = Double.NaN;
        int seatsIn90 = 0;
        int seatParties = 0;
        if (f.assembly() != null && !actualSeats.isEmpty()) {
            List<ResultCheck.Seats> seats = ResultChecks.seats(f.assembly(), actualSeats);
            seatParties = seats.size();
            seatsIn90 = (int) seats.stream().filter(ResultCheck.Seats::inside90).count();
            seatMae = ResultCheck.seatError(seats);
        }
        int used = (int) polls.stream().filter(p -> !p.date().isAfter(asOf)).count();
        return new BacktestRow(
                e.id(),
                h,
                asOf.toString(),
                "model",
                used,
                m.input().source(),
                mae,
                lead,
                finalError,
                Scores.brier(pWin, winnerOf(top, finals)),
                Scores.logLoss(pWin, winnerOf(top, finals)),
                in50,
                in90,
                scored,
                scored == 0 ? Double.NaN : logScore / scored,
                finalLog,
                seatMae,
                seatsIn90,
                seatParties);
    }

    /**
     * A baseline: the plain mean of some polls' shares, candidate by candidate; the leader gets a win probability of
     * 1. A candidate those polls did not name (many published polls give the leading two or three only) takes their
     * figure in the newest earlier poll that did, so that the baseline is charged for what the polls said, not for
     * what a headline left out.
     */
    private static BacktestRow scoreBaseline(
            Election e,
            int h,
            LocalDate asOf,
            String method,
            List<Poll> polls,
            List<Poll> usableByDate,
            Map<String, Double> actualAll,
            List<String> top,
            String winner) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Poll p : polls) {
            p.shares().forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                count.merge(k, 1, Integer::sum);
            });
        }
        Map<String, Double> mean = new LinkedHashMap<>();
        sum.forEach((k, v) -> mean.put(k, v / count.get(k)));
        for (int i = usableByDate.size() - 1; i >= 0; i--) {
            usableByDate.get(i).shares().forEach((k, v) -> {
                if (!k.equals(Scores.OTHERS)) {
                    mean.putIfAbsent(k, v);
                }
            });
        }
        Map<String, Double> actual = actualOverOptions(actualAll, new ArrayList<>(mean.keySet()));
        String leader = mean.entrySet().stream()
                .filter(x -> !x.getKey().equals("other"))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        Map<String, Double> call = new LinkedHashMap<>();
        mean.keySet().stream().filter(k -> !k.equals("other")).forEach(k -> call.put(k, k.equals(leader) ? 1.0 : 0.0));
        return new BacktestRow(
                e.id(),
                h,
                asOf.toString(),
                method,
                polls.size(),
                method,
                Scores.meanAbsoluteError(mean, actual, 5),
                Scores.leadError(mean, actual, top.get(0), top.get(1)),
                Double.NaN,
                Scores.brier(call, winner),
                Scores.logLoss(call, winner),
                0,
                0,
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0,
                0);
    }

    /** Actual shares of the forecast's options, the rest pooled into "other" (as the forecast pools it). */
    public static Map<String, Double> actualOverOptions(Map<String, Double> actual, List<String> options) {
        Map<String, Double> out = new LinkedHashMap<>();
        double named = 0;
        for (String o : options) {
            if (!o.equals("other") && actual.containsKey(o)) {
                out.put(o, actual.get(o));
                named += actual.get(o);
            }
        }
        out.put("other", Math.max(0, 100 - named));
        return out;
    }
}
