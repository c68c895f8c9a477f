package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.RollingReleases;
import org.pollcast.aggregate.SamePoll;
import org.pollcast.aggregate.SharesOfEveryone;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.backtest.Scores;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;

/** A backtest row for one forecast, or for one of the two poll baselines, scored against the result. */
final class BacktestScores {
    private BacktestScores() {}

    /**
     * The model's row: its errors, interval counts and log scores from the comparisons of {@link ResultChecks}, the
     * same that the report's "How this forecast did" shows one by one. With {@code winnerOnly}, the intervals and the
     * log score are the winner's alone: in a race of two (a second round) the loser's share is 100 less the winner's,
     * its interval the winner's mirrored, and counting both counted each second round twice in the coverage (review).
     */
    static BacktestRow model(
            Election e,
            int h,
            LocalDate asOf,
            ElectionForecast f,
            Map<String, Double> actualAll,
            List<String> top,
            Optional<ContestResult> finals,
            String winner,
            Map<String, Integer> actualSeats,
            List<Poll> polls,
            boolean winnerOnly) {
        MayorForecast m = f.mayor();
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> pWin = new LinkedHashMap<>();
        for (CandidateForecast c : m.candidates()) {
            mean.put(c.id(), c.firstPref().mean());
            if (!c.id().equals("other")) {
                pWin.put(c.id(), c.pWin());
            }
        }
        Map<String, Double> actual = actualOverOptions(actualAll, m.input().options(), e);
        double mae = Scores.meanAbsoluteError(mean, actual, ResultChecks.MIN_SHARE);
        double lead = Scores.leadError(mean, actual, top.get(0), top.get(1));
        int in50 = 0;
        int in90 = 0;
        int scored = 0;
        double logScore = 0;
        List<ResultCheck.Share> shares = new ArrayList<>();
        for (ResultCheck.Share s : ResultChecks.firstPrefs(m, actual)) {
            if (winnerOnly && !s.id().equals(winner)) {
                continue;
            }
            shares.add(s);
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
            List<ResultCheck.Seats> seats = ResultChecks.seats(f.assembly(), actualSeats, e);
            seatParties = seats.size();
            seatsIn90 = (int) seats.stream().filter(ResultCheck.Seats::inside90).count();
            seatMae = ResultCheck.seatError(seats);
        }
        // The polls the forecast's average used, chosen as it chooses them (Aggregator.used): its contest's first
        // preferences known by then, less a withdrawn leader's, a stopped campaign's and a tracker's overlapping
        // releases, a poll printed twice once. With no list poll, a parliament's other polls stood in for them
        // (ListStandIns): count those. A list-led election's contest is its list lead (singleWinner).
        Contest contest = e.singleWinner(m.contest()).orElseThrow();
        List<Poll> own = Aggregator.used(contest, Scope.FIRST_PREF, polls, asOf);
        int used = (own.isEmpty()
                        ? Aggregator.used(
                                contest,
                                Scope.FIRST_PREF,
                                ListStandIns.standIns(e, polls, asOf).polls(),
                                asOf)
                        : own)
                .size();
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
                Scores.brier(pWin, winner),
                Scores.logLoss(pWin, winner),
                in50,
                in90,
                scored,
                scored == 0 ? Double.NaN : logScore / scored,
                finalLog,
                seatMae,
                seatsIn90,
                seatParties,
                shares);
    }

    /**
     * The two baselines from {@code polls}, those the forecast could use as of {@code asOf}: the mean of the last week's
     * (the week up to the newest), and the newest alone. None without a poll. A poll published twice counts once, as
     * in the model's average.
     */
    static List<BacktestRow> baselines(
            Election e,
            int h,
            LocalDate asOf,
            List<Poll> polls,
            Map<String, Double> actual,
            List<String> top,
            String winner) {
        return baselines(e, h, asOf, polls, List.of(), actual, top, winner);
    }

    /**
     * As above, with the contest's run-off polls dated by {@code asOf} ({@code runoffs}): a baseline's call of the
     * winner is the leader of its window's run-off polls where they all ask one pair (the last week's; the newest
     * poll's own survey), as a pundit reads a count by preferences, else of its first preferences. Australia's 2025
     * polls put the Coalition first on primary votes and Labor ahead in every 2PP; the baselines called the Coalition
     * and were charged 13.82 for a call no one reading the polls made.
     */
    static List<BacktestRow> baselines(
            Election e,
            int h,
            LocalDate asOf,
            List<Poll> polls,
            List<Poll> runoffs,
            Map<String, Double> actual,
            List<String> top,
            String winner) {
        List<Poll> usable = SamePoll.collapse(
                polls.stream().sorted(Comparator.comparing(Poll::date)).toList(), new ArrayList<>());
        if (usable.isEmpty()) {
            return List.of();
        }
        Poll newest = usable.get(usable.size() - 1);
        LocalDate lastDate = newest.date();
        // A rolling tracker's releases of the week share their interviews: counted each, Pitagórica's three daily
        // releases of Portugal's final week of 2025 (10–13, 11–14 and 12–15 May) were three of the four polls the
        // last-week baseline averaged, while the model counted them once. Its week keeps each interview once too.
        List<Poll> week = RollingReleases.leaveOut(
                usable.stream()
                        .filter(x -> x.date().isAfter(lastDate.minusDays(7)))
                        .toList(),
                new ArrayList<>());
        List<Poll> weekRunoffs = runoffs.stream()
                .filter(x ->
                        x.date().isAfter(lastDate.minusDays(7)) && !x.date().isAfter(lastDate))
                .toList();
        List<Poll> newestRunoff = runoffs.stream()
                .filter(x -> x.pollster().equals(newest.pollster())
                        && x.date().equals(newest.date())
                        && Objects.equals(x.client(), newest.client()))
                .toList();
        return List.of(
                baseline(e, h, asOf, "last-week", week, usable, actual, top, winner, weekRunoffs),
                baseline(e, h, asOf, "last-poll", List.of(newest), usable, actual, top, winner, newestRunoff));
    }

    /**
     * The leaders of {@code runoffs} when they all ask one pair (each poll read as the pair's split, its undecided left
     * out): the pair's candidate with the larger mean share, both when tied; empty when there are none or they ask
     * several pairs.
     */
    private static List<String> runoffLeaders(List<Poll> runoffs) {
        Set<Set<String>> pairs = new HashSet<>();
        for (Poll p : runoffs) {
            Set<String> named = new TreeSet<>(p.shares().keySet());
            named.remove("other");
            pairs.add(named);
        }
        if (pairs.size() != 1 || pairs.iterator().next().size() != 2) {
            return List.of();
        }
        List<String> pair = new ArrayList<>(pairs.iterator().next());
        double a = 0;
        for (Poll p : runoffs) {
            double x = p.shares().get(pair.get(0));
            double y = p.shares().get(pair.get(1));
            a += x + y > 0 ? x / (x + y) : 0.5;
        }
        a /= runoffs.size();
        return Math.abs(a - 0.5) < 1e-9 ? pair : List.of(a > 0.5 ? pair.get(0) : pair.get(1));
    }

    /**
     * A baseline: the plain mean of some polls' shares, candidate by candidate; the leader gets a win probability of
     * 1 (leaders tied share it). A candidate those polls did not name (many published polls give the leading two or
     * three only) takes their figure in the newest earlier poll that did, so that the baseline is charged for what the
     * polls said, not for what a headline left out.
     */
    static BacktestRow baseline(
            Election e,
            int h,
            LocalDate asOf,
            String method,
            List<Poll> polls,
            List<Poll> usableByDate,
            Map<String, Double> actualAll,
            List<String> top,
            String winner,
            List<Poll> runoffs) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Poll p : polls) {
            ofThoseNaming(e, p).forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                count.merge(k, 1, Integer::sum);
            });
        }
        Map<String, Double> mean = new LinkedHashMap<>();
        sum.forEach((k, v) -> mean.put(k, v / count.get(k)));
        for (int i = usableByDate.size() - 1; i >= 0; i--) {
            ofThoseNaming(e, usableByDate.get(i)).forEach((k, v) -> {
                if (!k.equals(Scores.OTHERS)) {
                    mean.putIfAbsent(k, v);
                }
            });
        }
        Map<String, Double> actual = actualOverOptions(actualAll, new ArrayList<>(mean.keySet()), e);
        // The leader gets certainty; leaders tied share it. A tied poll of two (Ipsos's 47 to 47 in Poland's second
        // round) gave the first listed 100% and charged the baseline 13.82 when the other won (review).
        double most = mean.entrySet().stream()
                .filter(x -> !x.getKey().equals("other"))
                .mapToDouble(Map.Entry::getValue)
                .max()
                .orElse(Double.NaN);
        List<String> byRunoff = runoffLeaders(runoffs);
        List<String> leaders = !byRunoff.isEmpty() && mean.keySet().containsAll(byRunoff)
                ? byRunoff
                : mean.entrySet().stream()
                        .filter(x -> !x.getKey().equals("other") && x.getValue() >= most - 1e-9)
                        .map(Map.Entry::getKey)
                        .toList();
        Map<String, Double> call = new LinkedHashMap<>();
        mean.keySet().stream()
                .filter(k -> !k.equals("other"))
                .forEach(k -> call.put(k, leaders.contains(k) ? 1.0 / leaders.size() : 0.0));
        return new BacktestRow(
                e.id(),
                h,
                asOf.toString(),
                method,
                polls.size(),
                method,
                Scores.meanAbsoluteError(mean, actual, ResultChecks.MIN_SHARE),
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

    /**
     * A poll's shares as a baseline reads them. The result is of valid votes: a poll of everyone asked that names every
     * candidate standing (its undecided not printed with it) is read as its shares of those naming one, as the model's
     * average reads it ({@link SharesOfEveryone}); as printed, the Ireland Thinks poll of 23 October 2025 (Connolly 40
     * of 72) made the last-poll baseline miss by 9.3 points on average.
     */
    private static Map<String, Double> ofThoseNaming(Election e, Poll p) {
        return e.lead().map(c -> SharesOfEveryone.ofThoseNamingAnOption(c, p)).orElse(p.shares());
    }

    /**
     * Actual shares of the forecast's options, the rest pooled into "other" (as the forecast pools it). Where the
     * result counts some of the forecast's candidates only inside its "Others" line ({@link ContestResult#lumped}:
     * Chicago 2019's infobox names nine of fourteen), its "other" holds votes the forecast gave those candidates apart,
     * so it is not set beside the forecast's: the named candidates are scored, and "other" is left out.
     */
    static Map<String, Double> actualOverOptions(Map<String, Double> actual, List<String> options, Election e) {
        Map<String, Double> out = new LinkedHashMap<>();
        double named = 0;
        boolean lumpedApart = false;
        for (String o : options) {
            if (!o.equals("other") && actual.containsKey(o)) {
                out.put(o, actual.get(o));
                named += actual.get(o);
            } else if (!o.equals("other")) {
                // A standing candidate with no count of their own is inside the result's Others line; an option that
                // is no candidate standing (one who withdrew, named by a poll) is simply not in the result.
                lumpedApart |= e.lead().flatMap(c -> c.candidate(o)).isPresent();
            }
        }
        if (!lumpedApart) {
            out.put("other", Math.max(0, 100 - named));
        }
        return out;
    }
}
