package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.WithdrawnLeaders;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.report.RaceSeries;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/**
 * How the race moved: the Mayor's forecast made again as of a series of earlier dates, each with only the polls
 * dated by then, as the backtest forecasts a past election ({@link Forecasts#runWith}: the same model, and the same
 * filter by date). A newsroom that starts today gets the whole campaign, not one dot per run.
 *
 * <p>The dates: from the Mayor's first first-preference poll (with none, the baseline election's polling day: the
 * forecast is then the prior) to the report's as-of date, at each date any poll of the election is dated (a
 * Westminster poll moves a forecast too), and at least every {@value #GAP_DAYS} days between them, so that a
 * quiet spell shows what time alone does. At most {@value #MAX_POINTS} dates, thinned evenly, first and last
 * kept. Each point is the Mayor alone ({@value #SIMS} simulations, or the report's own number when fewer; no Assembly), with the report's seed at every
 * date: the same draws throughout, so the line moves with the polls and the calendar, not with Monte Carlo noise,
 * and the same inputs give the same chart on any number of threads.
 */
public final class RaceOverTime {
    /** Simulations per point: a chance near 50% to ±0.5 points (one standard error), 60 points in seconds. */
    public static final long SIMS = 10_000;
    /** The most dates a series has. */
    public static final int MAX_POINTS = 60;
    /** The longest stretch without a point, in days. */
    static final int GAP_DAYS = 28;

    private RaceOverTime() {}

    /**
     * The series for {@code election} up to {@code asOf} from {@code all} (the election's polls, any date), with the
     * model settings of {@code request}; null when there is nothing to forecast from (no polls and no baseline).
     */
    public static RaceSeries compute(
            Workspace ws, ForecastRequest request, Election election, List<Poll> all, LocalDate asOf) {
        return compute(ws, request, election, all, asOf, null);
    }

    /**
     * As {@link #compute(Workspace, ForecastRequest, Election, List, LocalDate)}; the point on {@code asOf} is the
     * {@code headline} forecast itself when one is given (with no scenario's conditions): drawn again with fewer
     * simulations it read 68.5% beside the headline's 69.2%, two numbers for today on one page.
     */
    public static RaceSeries compute(
            Workspace ws,
            ForecastRequest request,
            Election election,
            List<Poll> all,
            LocalDate asOf,
            MayorForecast headline) {
        // A quick report (--sims 2000) is a quick look: the race over time spends no more a date than the headline.
        return compute(
                ws,
                request,
                election,
                all,
                asOf,
                Math.min(SIMS, request.simulation().sims()),
                headline != null && headline.conditions().isEmpty() ? headline : null);
    }

    /** The series with {@code sims} simulations a point (tests use few). */
    static RaceSeries compute(
            Workspace ws, ForecastRequest request, Election election, List<Poll> all, LocalDate asOf, long sims) {
        return compute(ws, request, election, all, asOf, sims, null);
    }

    private static RaceSeries compute(
            Workspace ws,
            ForecastRequest request,
            Election election,
            List<Poll> all,
            LocalDate asOf,
            long sims,
            MayorForecast headline) {
        SingleWinnerContest mayor = election.lead().orElse(null);
        if (mayor == null) {
            return null;
        }
        // A poll the average leaves out (a withdrawn candidate led it) starts no date: as of its date alone there is
        // nothing to forecast from, and the report stopped there.
        List<Poll> mayoral =
                all.stream().filter(WithdrawnLeaders.averaged(mayor, asOf)).toList();
        LocalDate first =
                mayoral.stream().map(Poll::knownFrom).min(LocalDate::compareTo).orElse(null);
        LocalDate start;
        if (first != null) {
            start = first;
        } else if (election.baseline() != null) {
            start = ws.catalog().resolve(election.baseline()).date();
        } else {
            return null;
        }
        // A date where something became known: a poll counts from its publication where that came later.
        List<LocalDate> pollDates = all.stream().map(Poll::knownFrom).toList();
        List<Poll> westminster =
                all.stream().filter(p -> p.scope() == Scope.WESTMINSTER).toList();
        List<LocalDate> days = schedule(start, pollDates, asOf);
        // Whether the as-of date falls between a two-round election's rounds, asked of the election itself: the
        // headline is absent for a forecast with conditions, and such a race mixed the two rounds on one line.
        Optional<SecondRound> second = SecondRound.ifAny(ws, election, asOf);
        boolean secondRound = second.isPresent();
        if (secondRound) {
            // The second round of two is a race of two from the first round's count on: its chances and shares are
            // that race's, which the first round's (a share of thirteen) would join on one line as if a move. Its dates
            // before the pair's first poll are forecast from the count (CountedSecondRound): Los Angeles 2022's first
            // Bass v Caruso poll came ten weeks after the primary, and those dates once refused the whole report.
            days = days.stream().filter(d -> d.isAfter(election.date())).toList();
        }
        ForecastRequest each = request.withConditions(List.of())
                .withSimulation(request.simulation().withSims(sims).withTargetSe(0));
        List<RaceSeries.Point> points = new ArrayList<>();
        for (LocalDate day : days) {
            MayorForecast m = headline != null && day.equals(asOf)
                    ? headline
                    : Forecasts.runAsOf(ws, each.withAsOf(day), election, all, day, false)
                            .forecast()
                            .mayor();
            Map<String, Double> pWin = new HashMap<>();
            Map<String, RaceSeries.Share> share = new HashMap<>();
            // Listed as the tables list them: a second round's "Others" (nobody) is no line of the race.
            for (CandidateForecast c : m.listed()) {
                pWin.put(c.id(), c.pWin());
                share.put(
                        c.id(),
                        new RaceSeries.Share(
                                c.firstPref().mean(),
                                c.firstPref().p05(),
                                c.firstPref().p95()));
            }
            // Between the rounds, the polls that date's second-round forecast used (the pair's, as SecondRound picks
            // them); counted as first-round polls, each date read "8 polls" where its forecast used 6.
            int polls = secondRound
                    ? second.get().polls(all, day).size()
                    // As that day's average chose them (Aggregator.used): Ireland 2025's eve said 5 where 4 were
                    // averaged (a stopped campaign's), and a tracker's overlapping releases counted each.
                    : Aggregator.used(mayor, Scope.FIRST_PREF, mayoral, day).size();
            points.add(new RaceSeries.Point(
                    day,
                    polls,
                    westminsterSince(westminster, mayoral, day),
                    m.input().source(),
                    pWin,
                    share));
        }
        return new RaceSeries(sims, each.simulation().seed(), Forecasts.MODEL_VERSION, points);
    }

    /**
     * The Westminster polls known by {@code day} and taken after its newest mayoral poll, as {@code WestminsterTrend}
     * counts them: none unless one was also taken by that mayoral poll, the trend's starting point. Known by the day,
     * as each date's forecast knows them: counted by fieldwork alone, a poll published later was in the table a date
     * before its forecast used it (review).
     */
    static int westminsterSince(List<Poll> westminster, List<Poll> mayoral, LocalDate day) {
        LocalDate anchor = mayoral.stream()
                .filter(p -> p.knownBy(day))
                .map(Poll::date)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (anchor == null
                || westminster.stream()
                        .noneMatch(p -> p.knownBy(day) && !p.date().isAfter(anchor))) {
            return 0;
        }
        return (int) westminster.stream()
                .filter(p -> p.knownBy(day) && p.date().isAfter(anchor))
                .count();
    }

    /**
     * The dates of the series: {@code start}, every poll date between it and {@code asOf}, {@code asOf}, and dates
     * evenly between any two more than {@link #GAP_DAYS} apart; then, beyond {@link #MAX_POINTS}, every k-th
     * (evenly by rank), keeping the first and the last.
     */
    static List<LocalDate> schedule(LocalDate start, List<LocalDate> pollDates, LocalDate asOf) {
        LocalDate from = start.isAfter(asOf) ? asOf : start;
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        days.add(asOf);
        for (LocalDate d : pollDates) {
            if (!d.isBefore(from) && !d.isAfter(asOf)) {
                days.add(d);
            }
        }
        List<LocalDate> sorted = new ArrayList<>(days);
        for (int i = 1; i < sorted.size(); i++) {
            long gap = ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i));
            long steps = (gap + GAP_DAYS - 1) / GAP_DAYS;
            for (long k = 1; k < steps; k++) {
                days.add(sorted.get(i - 1).plusDays(Math.round((double) k * gap / steps)));
            }
        }
        List<LocalDate> all = new ArrayList<>(days);
        if (all.size() <= MAX_POINTS) {
            return all;
        }
        List<LocalDate> kept = new ArrayList<>();
        for (int k = 0; k < MAX_POINTS; k++) {
            kept.add(all.get((int) Math.round((double) k * (all.size() - 1) / (MAX_POINTS - 1))));
        }
        return kept;
    }
}
