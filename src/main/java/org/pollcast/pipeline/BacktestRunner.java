package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.WithdrawnLeaders;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.BlocScore;
import org.pollcast.election.ContestResult;
import org.pollcast.election.CountRules;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * Forecasts past elections as of dates before polling day, with only the polls public by then (and the
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
            Map<String, Integer> actualSeats,
            String noPrior) {

        /** Who won, or null when the results do not say ({@link #winnerOf}). */
        public String winner() {
            return winnerOf(mayor, top, actual, finals);
        }
    }

    /**
     * Who won: the final round's leader where the count went to one (a first-round runner-up can win on second
     * preferences: Houchen, Tees Valley 2017); else the first-preference leader under first past the post, or with
     * more than half of the first preferences; else nobody the results say, and null. The report's "How this forecast
     * did" reads the same rule (ResultChecks.race). The first-preference leader used to be taken for the winner of
     * any count without a final round: an instant-runoff result bundled to its third round (Ireland 2011, no one
     * past half) scored the forecast against a winner the results never named.
     */
    static String winnerOf(
            SingleWinnerContest contest,
            List<String> top,
            Map<String, Double> firstShares,
            Optional<ContestResult> finals) {
        return winnerOf(contest.countRules(), top, firstShares, finals);
    }

    /** As above, for a contest counted by {@code rules}. */
    static String winnerOf(
            CountRules rules, List<String> top, Map<String, Double> firstShares, Optional<ContestResult> finals) {
        if (finals.isPresent() && !finals.get().votes().isEmpty()) {
            return finals.get().topTwo().get(0);
        }
        if (rules.system() == VotingSystem.FPTP || electedInFirstRound(rules, top, firstShares)) {
            return top.get(0);
        }
        return null;
    }

    /**
     * Whether the first round's leader was elected in it: more than half of the first preferences, or a two-round
     * contest's own rules (Argentina's 45%, or 40% and a lead of over 10 points).
     */
    static boolean electedInFirstRound(SingleWinnerContest contest, List<String> top, Map<String, Double> firstShares) {
        return electedInFirstRound(contest.countRules(), top, firstShares);
    }

    private static boolean electedInFirstRound(CountRules rules, List<String> top, Map<String, Double> firstShares) {
        double leader = firstShares.getOrDefault(top.get(0), 0.0);
        double runnerUp = top.size() > 1 ? firstShares.getOrDefault(top.get(1), 0.0) : 0;
        return rules.electsOutright(leader, runnerUp, 100);
    }

    /** How a skipped line says its election's data could not be forecast (a fault to fix, not a gap). */
    public static final String NOT_FORECAST = ": not forecast: ";

    /** How many of {@code skipped} are elections whose data could not be forecast ({@link #NOT_FORECAST}). */
    public static long notForecast(List<String> skipped) {
        return skipped.stream().filter(s -> s.contains(NOT_FORECAST)).count();
    }

    /**
     * The backtest's rows, adding to {@code blocs} (when not null) each model forecast's chance of each bloc of named
     * parties.
     */
    public static List<BacktestRow> run(
            Workspace ws,
            List<Election> elections,
            List<Integer> horizons,
            long sims,
            long seed,
            Scales scales,
            boolean assembly,
            List<String> skipped,
            List<BlocScore> blocs) {
        ResultsCatalog results = ws.results();
        List<BacktestRow> rows = new ArrayList<>();
        for (Election e : elections) {
            // One election whose definition or results cannot be forecast is skipped, said with why: it stopped the
            // whole run (the Berlin trial's 2023, whose baseline had no result, ended every election's backtest).
            List<String> itsSkips = new ArrayList<>();
            List<BacktestRow> itsRows = new ArrayList<>();
            List<BlocScore> itsBlocs = blocs == null ? null : new ArrayList<>();
            try {
                scoreOne(ws, results, e, horizons, sims, seed, scales, assembly, itsSkips, itsRows, itsBlocs);
            } catch (BadInputException x) {
                String why = x.getMessage().startsWith(e.id() + ": ")
                        ? x.getMessage().substring(e.id().length() + 2)
                        : x.getMessage();
                skipped.add(e.id() + NOT_FORECAST + why);
                continue;
            }
            skipped.addAll(itsSkips);
            rows.addAll(itsRows);
            if (blocs != null) {
                blocs.addAll(itsBlocs);
            }
        }
        return rows;
    }

    private static void scoreOne(
            Workspace ws,
            ResultsCatalog results,
            Election e,
            List<Integer> horizons,
            long sims,
            long seed,
            Scales scales,
            boolean assembly,
            List<String> skipped,
            List<BacktestRow> rows,
            List<BlocScore> blocs) {
        Prepared p = prepare(ws, results, e, assembly, skipped);
        if (p != null) {
            for (int h : horizons) {
                LocalDate asOf = e.date().minusDays(h);
                if (!forecastable(p, asOf)) {
                    skipped.add(horizon(e.id(), h) + "no polls dated by " + asOf
                            + (ledByWithdrawn(p, asOf)
                                    ? " but those led by a candidate who withdrew, which the average leaves out,"
                                    : "")
                            + (e.baseline() == null
                                    ? " and no baseline election to forecast from"
                                    : " and no prior from the baseline (" + p.noPrior() + ")"));
                }
            }
            rows.addAll(score(ws, List.of(p), horizons, sims, seed, scales, blocs));
            rows.addAll(SecondRoundBacktest.score(ws, p, horizons, request(sims, seed, scales), skipped));
        }
    }

    /** How a skipped line names one election's horizon: "london-2000, 30 days out: ". */
    static String horizon(String label, int h) {
        return label + ", " + h + (h == 1 ? " day" : " days") + " out: ";
    }

    /** Whether some first-preference poll dated by {@code asOf} is one a withdrawn candidate led or ran second in. */
    private static boolean ledByWithdrawn(Prepared p, LocalDate asOf) {
        return p.polls().stream()
                .anyMatch(x -> x.contest().equals(p.mayor().id())
                        && x.scope() == Scope.FIRST_PREF
                        && x.knownBy(asOf)
                        && WithdrawnLeaders.ledByWithdrawn(p.mayor(), x));
    }

    /**
     * Whether there is anything to forecast {@code p} from as of {@code asOf}: a first-preference poll dated by
     * then (for a parliament, a poll standing in for its list vote: {@link ListStandIns}), or a baseline election. The
     * first election of a series has no baseline, so before its first poll (or, with none, at all) there is no
     * forecast to score.
     */
    private static boolean forecastable(Prepared p, LocalDate asOf) {
        return (p.election().baseline() != null && p.noPrior() == null)
                || p.polls().stream().anyMatch(WithdrawnLeaders.averaged(p.mayor(), asOf))
                || ListStandIns.standIns(p.election(), p.polls(), asOf).any();
    }

    /**
     * Why no forecast can start from {@code e}'s baseline before its first poll (a party's primary: the baseline's
     * shares are by party, and one party's cannot be split between its candidates), or null when one can, or when
     * there is no baseline (said apart).
     */
    private static String noPrior(Workspace ws, Election e, SingleWinnerContest mayor) {
        if (e.baseline() == null) {
            return null;
        }
        try {
            Forecasts.baselineInput(ws, e, mayor, e.date());
            return null;
        } catch (BadInputException | RequestException x) {
            return x.getMessage();
        }
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
        SingleWinnerContest mayor = e.lead().orElse(null);
        if (mayor == null) {
            skipped.add(
                    e.id() + ": nothing to forecast (neither a single-winner contest taking first preferences nor an"
                            + " additional-member contest)");
            return null;
        }
        Optional<ContestResult> result = results.firstPreferences(e, mayor.id());
        if (result.isEmpty() || !result.get().complete()) {
            skipped.add(e.id() + ": "
                    + (result.isEmpty()
                            ? (e.listLed() && !ResultChecks.actualSeats(ws, e).isEmpty()
                                    ? "the list results in " + ws.home().results() + " give its seats but no list"
                                            + " votes, and a forecast is scored on its votes (add the votes to score"
                                            + " it; `count` checks the seats)"
                                    : "no result in " + ws.home().results())
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
        // A parliament led by its list vote is forecast from constituency polls, or polls that state no ballot, where
        // it has no list poll (ListStandIns): counted as none here, its first election was skipped as having "no
        // polls" though the forecast read them (the Scottish trial's 2016, whose table copies state no ballot).
        // A second round on a day of its own is still forecast from its first round's count (CountedSecondRound): its
        // horizons are scored though the first round's are not (the Moldova trial's 2016, with no poll and no
        // baseline, was skipped whole while `forecast` gave its second round).
        boolean secondDay = mayor.system() == VotingSystem.TWO_ROUND && mayor.secondRound() != null;
        if (e.baseline() == null
                && !secondDay
                && polls.stream().noneMatch(x -> x.contest().equals(mayor.id()) && x.scope() == Scope.FIRST_PREF)
                && !ListStandIns.standIns(e, polls, e.date()).any()) {
            skipped.add(e.id() + ": no polls and no baseline election to forecast from");
            return null;
        }
        Optional<ContestResult> finals = mayor.system().topTwoGoOn()
                ? results.finalRound(e, mayor.id())
                : mayor.system() == VotingSystem.INSTANT_RUNOFF ? results.lastPair(e, mayor.id()) : Optional.empty();
        // Empty unless assembly is asked for, so the model's seats are then never scored.
        Map<String, Integer> actualSeats = assembly ? ResultChecks.actualSeats(ws, e) : Map.of();
        return new Prepared(
                e,
                mayor,
                polls,
                result.get().shares(),
                result.get().topTwo(),
                finals,
                actualSeats,
                noPrior(ws, e, mayor));
    }

    /** Forecasts and scores the prepared elections at every horizon with the given scales. */
    public static List<BacktestRow> score(
            Workspace ws, List<Prepared> prepared, List<Integer> horizons, long sims, long seed, Scales scales) {
        return score(ws, prepared, horizons, sims, seed, scales, null);
    }

    private static List<BacktestRow> score(
            Workspace ws,
            List<Prepared> prepared,
            List<Integer> horizons,
            long sims,
            long seed,
            Scales scales,
            List<BlocScore> blocs) {
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
                rows.add(BacktestScores.model(
                        e, h, asOf, f, p.actual(), p.top(), p.finals(), p.winner(), p.actualSeats(), p.polls(), false));
                if (blocs != null) {
                    blocs.addAll(BlocScore.of(e, h, f.assembly(), p.actualSeats()));
                }
                List<Poll> usable = p.polls().stream()
                        .filter(WithdrawnLeaders.averaged(p.mayor(), asOf))
                        .toList();
                List<Poll> runoffs = p.polls().stream()
                        .filter(x -> x.contest().equals(mayorId) && x.scope() == Scope.RUNOFF && x.knownBy(asOf))
                        .toList();
                rows.addAll(BacktestScores.baselines(e, h, asOf, usable, runoffs, p.actual(), p.top(), p.winner()));
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
}
