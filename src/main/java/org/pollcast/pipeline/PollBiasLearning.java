package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.report.Tables;
import org.pollcast.store.PollStore;

/**
 * How {@link PollBias} is learned, leave one election out: for every other election with polls in its last month and
 * a complete result, the eve-of-poll average is set beside the result, and the lead's ratio, the small candidates'
 * misses and the unnamed candidates' votes are measured.
 */
final class PollBiasLearning {
    private PollBiasLearning() {}

    private static final int LAST_MONTH = 31;
    /** A lead under this many points says nothing about a ratio (a tie has no ratio). */
    private static final double MIN_LEAD = 2;

    /**
     * What the other elections of {@code target}'s series teach. A place's first elections have none: then the
     * small candidates' spread and the share of a candidate no poll named are taken from every other place's
     * elections, and the lead is left alone. How far polls miss small candidates, and that unnamed candidates get
     * votes, is a fact about polling; which way one place's polls lean on the leader is that place's own (London's
     * overstated the leader, the West Midlands' 2024 polls did not), so it is never carried across. Without this a
     * new place's small candidates had ranges as narrow as their sampling error (Yakoob, West Midlands 2024:
     * 1.9–6.0% in the forecast, 11.7% in the result) and its unnamed candidates none of the vote.
     */
    static PollBias learn(Workspace ws, PollStore store, Election target) {
        Learned own = learn(ws, store, target, true);
        if (!own.elections().isEmpty() && own.measuresSmallCandidates()) {
            return own.bias();
        }
        Learned others = learn(ws, store, target, false);
        if (own.elections().isEmpty()) {
            // A first election: what the other places measured, or pollcast's record where they named too few or
            // there are none (a place alone in its data folder). Before, such a place learned nothing and assumed
            // nothing: its small candidates had ranges as narrow as their sampling error, and candidates no poll named
            // none of the vote.
            boolean few = others.minorCount() < MIN_MINOR;
            return new PollBias(
                    1,
                    0,
                    0,
                    few ? MINOR_SPREAD_PRIOR : others.bias().minorSpread(),
                    others.bias().unpolledShare(),
                    List.of(),
                    few ? withPriorSource(others.elections()) : others.elections(),
                    true,
                    true,
                    own.bias().leftOut(),
                    own.bias().errors(),
                    others.bias().unpolledCount(),
                    others.bias().unpolledMean());
        }
        // The series' own elections teach its lead, but their polls named too few small candidates to measure how far
        // such candidates are missed, or named every candidate on the ballot: Toronto 2018's and 2022's polls named
        // the leading two or three, and 2023's forecast gave Furey, Matlow and the others on 3 to 11% ranges as narrow
        // as their sampling error ("a factor of 1.00 either way"). What the series cannot measure is taken from the
        // other places' elections, as a first election's is, and where they named too few as well, or there are none,
        // from pollcast's own record, MINOR_SPREAD_PRIOR (a review: Ireland's kit beside Taiwan's, whose polls named
        // one
        // small candidate, was back to 1.00). Before that record, Ireland's 2018 presidential forecast, learning from
        // 2025's one small candidate alone, gave Casey, on 2% in the polls, 0.9–2.8% (he won 23.3).
        PollBias b = own.bias();
        boolean spread = own.minorCount() < MIN_MINOR;
        boolean prior = spread && others.minorCount() < MIN_MINOR;
        boolean unpolled = own.unpolledCount() == 0 && others.unpolledCount() > 0;
        if (!spread && !unpolled) {
            return b;
        }
        return new PollBias(
                b.leadRatio(),
                b.leadShift(),
                b.spread(),
                prior ? MINOR_SPREAD_PRIOR : spread ? others.bias().minorSpread() : b.minorSpread(),
                unpolled ? others.bias().unpolledShare() : b.unpolledShare(),
                b.from(),
                prior ? withPriorSource(unpolled ? others.elections() : List.of()) : others.elections(),
                spread,
                unpolled,
                b.leftOut(),
                b.errors(),
                unpolled ? others.bias().unpolledCount() : b.unpolledCount(),
                unpolled ? others.bias().unpolledMean() : b.unpolledMean(),
                b.reversals(),
                b.widestLead());
    }

    /**
     * Words saying that {@code e} was held after {@code target}: the record is learned leave-one-election-out, later
     * elections too, as the backtest scores each by the rest (docs/forecast-model.md). Unsaid, the Chile trial's 2017
     * forecast, as of a week before its vote, named cl-2021's polls and count as its record with nothing to tell a
     * reader that no forecaster of 2017 could have known them.
     */
    private static String heldAfter(Election e, Election target) {
        return e.date().isAfter(target.date()) ? "; held after " + target.id() + ": hindsight" : "";
    }

    /** {@code elections} and, last, where {@link #MINOR_SPREAD_PRIOR} comes from, as the note names them. */
    private static List<String> withPriorSource(List<String> elections) {
        List<String> out = new ArrayList<>(elections);
        out.add(elections.isEmpty() ? SPREAD_PRIOR_SOURCE : SPREAD_PRIOR_SOURCE_FEW);
        return out;
    }

    /**
     * How far polls miss small candidates where a series' record cannot say and no other place's is in the data folder:
     * a factor of 1.3 either way (one standard deviation), the median of the spreads the 42 blind trials' series and
     * London's learned (1.10 to 1.90), and the spread of the 198 misses of candidates outside the top two that their
     * backtests scored a day out (1.28).
     */
    static final double MINOR_SPREAD_PRIOR = Math.log(1.3);

    /** Where {@link #MINOR_SPREAD_PRIOR} comes from, as the note names it in place of other places' elections. */
    static final String SPREAD_PRIOR_SOURCE =
            "pollcast's own record, of London's and 42 blind trials' elections, as no other place's is in this data"
                    + " folder";

    /** As {@link #SPREAD_PRIOR_SOURCE}, where other places are in the data folder but named too few small candidates. */
    static final String SPREAD_PRIOR_SOURCE_FEW =
            "for the spread, pollcast's own record, of London's and 42 blind trials' elections, as these named too few"
                    + " small candidates to say";

    /**
     * The largest miss, as a log ratio, that a small candidate's counts for in the spread: a factor of 3 either way. A
     * party the polls put at 2.6% that then stood in few seats (UKIP, Great Britain 2019: 0.07%) measured no polling
     * error, yet that one miss of a factor of 37 made a blind trial's spread "a factor of 6.59" and gave the next
     * election's Liberal Democrats 1.4–30% and Labour 28–54%. Past 3, a miss says the candidate's race changed, and
     * it counts as 3. London's largest is within it: its backtest does not move.
     */
    static final double MINOR_MISS_CAP = Math.log(3);

    /** The fewest small candidates' misses a spread is measured from; fewer are taken from other places'. */
    static final int MIN_MINOR = 3;

    /**
     * What one pass learned, from which elections (ids), and from how many small candidates' misses and candidates no
     * poll named.
     */
    private record Learned(PollBias bias, List<String> elections, int minorCount, int unpolledCount) {
        boolean measuresSmallCandidates() {
            return minorCount >= MIN_MINOR && unpolledCount > 0;
        }
    }

    private static Learned learn(Workspace ws, PollStore store, Election target, boolean sameSeries) {
        List<Double> ratios = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        int reversals = 0;
        double widest = 0;
        List<Double> minor = new ArrayList<>();
        double unpolledVotes = 0;
        int unpolledCandidates = 0;
        List<String> from = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<Double> misses = new ArrayList<>();
        List<String> missedIn = new ArrayList<>();
        boolean secondRound = isSecondRound(ws, target);
        for (Election e : ws.catalog().all()) {
            Optional<SingleWinnerContest> mayor = target.comparableLead(e);
            if (e.id().equals(target.id())
                    || e.series().equals(target.series()) != sameSeries
                    || mayor.isEmpty()
                    || !e.date().isBefore(LocalDate.now())) {
                continue;
            }
            Optional<ContestResult> result;
            LocalDate eve;
            List<Poll> polls;
            Election scored = e;
            if (secondRound) {
                // A second round learns from the other second rounds: their pair's polls as its forecast reads them,
                // beside their count. The first rounds' lean is on another question, and its "leader" is often the
                // other finalist: Moldova 2020's first-round polls overstated Dodon (+18.0 polled, -3.5 counted), and
                // that ratio narrowed Sandu's 2024 second-round lead from 5.8 to 2.4 points (she won by 10.8), where
                // 2020's second round had understated its leader (+3.0 polled, +15.4 counted).
                Optional<SecondRound.Counted> counted = SecondRound.counted(ws, e, why -> {});
                if (counted.isEmpty()) {
                    continue;
                }
                scored = counted.get().round().election();
                mayor = Optional.of(counted.get().round().contest());
                result = Optional.of(counted.get().count()).filter(ContestResult::complete);
                eve = scored.date().minusDays(1);
                polls = counted.get().round().polls(PollSource.polls(ws, store, e), eve);
            } else {
                String contest = mayor.get().id();
                result = ws.results().firstPreferences(e, contest).filter(ContestResult::complete);
                LocalDate day = e.date().minusDays(1);
                eve = day;
                polls = PollSource.polls(ws, store, e).stream()
                        .filter(p -> p.contest().equals(contest) && p.scope() == Scope.FIRST_PREF && p.knownBy(day))
                        .toList();
            }
            LocalDate monthBefore = eve.minusDays(LAST_MONTH);
            if (result.isEmpty() || polls.stream().noneMatch(p -> !p.date().isBefore(monthBefore))) {
                continue;
            }
            PollAverage avg = Averages.compute(
                    ws,
                    store,
                    scored,
                    mayor.get(),
                    Scope.FIRST_PREF,
                    polls,
                    eve,
                    AggregateSettings.withDefaults(),
                    Averages.sampleHints(store, e, eve));
            int missesBefore = misses.size();
            for (ShareEstimate x : avg.shares()) {
                Double got = result.get().shares().get(x.option());
                if (!x.option().equals(Option.OTHER) && got != null && PollErrorRecord.counted(x.share(), got)) {
                    // Put on the firm count the setting is quoted for: a miss of an average of many firms is a
                    // smaller one than the same setting gives an average of few (FirmCount).
                    misses.add(PollErrorRecord.scaled(x.share(), got)
                            / FirmCount.of(avg).factor());
                }
            }
            if (misses.size() > missesBefore) {
                missedIn.add(e.id() + (heldAfter(e, target).isEmpty() ? "" : " (held later)"));
            }
            List<ShareEstimate> top = avg.shares().stream()
                    .filter(x -> !x.option().equals(Option.OTHER))
                    .sorted((a, b) -> Double.compare(b.share(), a.share()))
                    .limit(2)
                    .toList();
            if (top.size() < 2) {
                continue;
            }
            double polled = top.get(0).share() - top.get(1).share();
            // A count naming the leaders and "Others" for the rest may hold one of the polls' two inside that line: its
            // lead read against 0 (Romania 2024: Simion inside Others, "+19.1 in the result" against +8.9 polled).
            Optional<ShareEstimate> uncounted = top.stream()
                    .filter(x -> !result.get().shares().containsKey(x.option()))
                    .findFirst();
            if (uncounted.isPresent()) {
                String name = mayor.get().candidates().stream()
                        .filter(c -> c.id().equals(uncounted.get().option()))
                        .map(c -> c.name())
                        .findFirst()
                        .orElse(uncounted.get().option());
                leftOut.add(e.id() + " (" + name + ", " + (uncounted.get() == top.get(0) ? "first" : "second")
                        + " in the average, has no count of their own, inside the result's Others line: no lead to set"
                        + " beside the average's)");
                continue;
            }
            double actual = result.get().shares().getOrDefault(top.get(0).option(), 0.0)
                    - result.get().shares().getOrDefault(top.get(1).option(), 0.0);
            if (polled < MIN_LEAD) {
                // Said, not dropped in silence: a close race the polls called right (Virginia 2021: Youngkin +1.7 in
                // the average, +1.9 in the result) is the record's best evidence of no lean, and a reader weighing a
                // correction learned from the others needs to know it was not counted.
                leftOut.add(e.id() + " (lead " + Tables.signed(polled, 1) + " in the average, under " + (int) MIN_LEAD
                        + " points: too near a tie to give a ratio; " + Tables.signed(actual, 1) + " in the result)");
                continue;
            }
            // Polls that left out one of the result's leading two (a report giving only the also-rans' figures)
            // read no lead at all: their "leaders" are the also-rans, and the unnamed winner is no small candidate.
            if (resultLeadingTwo(result.get()).stream()
                    .anyMatch(id -> avg.share(id).isEmpty())) {
                continue;
            }
            double ratio = Math.max(-0.5, Math.min(1.5, actual / polled));
            ratios.add(ratio);
            if (ratio < 0) {
                reversals++;
            }
            widest = Math.max(widest, polled);
            shifts.add(actual - polled);
            for (var c : mayor.get().candidates()) {
                Double got = result.get().shares().get(c.id());
                if (got != null && avg.share(c.id()).isEmpty()) {
                    unpolledVotes += got;
                    unpolledCandidates++;
                }
            }
            for (ShareEstimate x : avg.shares()) {
                double got = result.get().shares().getOrDefault(x.option(), 0.0);
                if (!top.contains(x)
                        && !x.option().equals(Option.OTHER)
                        && x.share() >= PollBias.MINOR_FROM
                        && got > 0) {
                    minor.add(Math.max(-MINOR_MISS_CAP, Math.min(MINOR_MISS_CAP, Math.log(got / x.share()))));
                }
            }
            from.add(e.id() + " (lead " + Tables.signed(polled, 1) + " in the average, " + Tables.signed(actual, 1)
                    + " in the result"
                    + otherPair(result.get(), top, mayor.get()) + heldAfter(e, target) + ")");
            ids.add(e.id());
        }
        PollErrorRecord errors = misses.isEmpty()
                ? PollErrorRecord.none()
                : new PollErrorRecord(
                        Math.sqrt(misses.stream()
                                .mapToDouble(m -> m * m)
                                .average()
                                .orElse(0)),
                        misses.size(),
                        missedIn);
        int n = ratios.size();
        if (n == 0) {
            return new Learned(
                    new PollBias(
                            1,
                            0,
                            0,
                            0,
                            PollBias.pooledUnpolled(0, 0),
                            List.of(),
                            List.of(),
                            false,
                            false,
                            leftOut,
                            errors,
                            0,
                            0),
                    List.of(),
                    0,
                    0);
        }
        double shrink = n / (n + PollBias.SHRINK);
        double mean = mean(ratios);
        double minorMean = minor.isEmpty() ? 0 : mean(minor);
        PollBias bias = new PollBias(
                1 - (1 - mean) * shrink,
                mean(shifts) * shrink,
                sd(ratios, mean),
                sd(minor, minorMean),
                PollBias.pooledUnpolled(unpolledVotes, unpolledCandidates),
                from,
                List.of(),
                false,
                false,
                leftOut,
                errors,
                unpolledCandidates,
                unpolledCandidates == 0 ? 0 : unpolledVotes / unpolledCandidates,
                reversals,
                widest);
        return new Learned(bias, ids, minor.size(), unpolledCandidates);
    }

    /**
     * Where the result's leading two are not the average's, the words that say so: the lead compared is the average's
     * pair's, and "+49.4 in the result" read as the winner's margin (Ireland 2018: Higgins over Gallagher, second in
     * the polls; Casey, on 2% in them, came second with 23% and Higgins won by 32.5). Empty where the pairs agree.
     */
    private static String otherPair(ContestResult result, List<ShareEstimate> top, SingleWinnerContest contest) {
        List<String> two = resultLeadingTwo(result);
        if (two.size() < 2
                || (two.contains(top.get(0).option()) && two.contains(top.get(1).option()))) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                ", between the average's leading two, %s and %s; the result's were %s and %s, %s apart",
                contest.nameOf(top.get(0).option()),
                contest.nameOf(top.get(1).option()),
                contest.nameOf(two.get(0)),
                contest.nameOf(two.get(1)),
                Tables.signed(result.shares().get(two.get(0)) - result.shares().get(two.get(1)), 1));
    }

    /**
     * Whether {@code target} is a two-round election's second round as {@link SecondRound} forecasts it: the election of
     * its finalists alone, dated by the second round's day.
     */
    private static boolean isSecondRound(Workspace ws, Election target) {
        Election defined;
        try {
            defined = ws.catalog().resolveId(target.id());
        } catch (RuntimeException notInTheCatalog) {
            return false;
        }
        return defined.lead()
                .filter(c -> c.system() == VotingSystem.TWO_ROUND)
                .filter(c ->
                        !defined.date().equals(target.date()) && target.date().equals(c.secondRound()))
                .isPresent();
    }

    /** The ids of the result's two candidates with the most first preferences ("others" is no candidate). */
    private static List<String> resultLeadingTwo(ContestResult result) {
        return result.shares().entrySet().stream()
                .filter(x -> !x.getKey().equals(Option.OTHER))
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double mean(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double sd(List<Double> x, double mean) {
        if (x.size() < 2) {
            return 0;
        }
        double var = 0;
        for (double r : x) {
            var += (r - mean) * (r - mean);
        }
        return Math.sqrt(var / (x.size() - 1));
    }
}
