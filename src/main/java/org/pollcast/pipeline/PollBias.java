package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.report.Tables;
import org.pollcast.simulate.PollErrorNote;
import org.pollcast.simulate.ShareInput;
import org.pollcast.store.PollStore;

/**
 * The systematic, election-wide error of London's mayoral polls: where all pollsters miss together. On the
 * eve of poll the average overstated the leader's lead over the runner-up in 2000, 2012, 2016, 2021 and 2024
 * (by 11 points in 2021), so a forecast that takes the average at face value overstates the lead. This
 * learns the ratio of the result's lead to the average's lead from every bundled election with polls in its
 * last month and a complete result, except the one being forecast (leave one election out), shrinks the mean
 * ratio towards 1 (no bias) by n / (n + {@value #SHRINK}) because it rests on so few elections, and narrows
 * the forecast's starting lead by it, taking equally from the leader and giving to the runner-up.
 *
 * <p>A ratio, not a shift in points: a 30-point lead (2000) and a 5-point one (2012) are not overstated by the
 * same points, and a ratio cannot turn a lead round, which a mean shift learned from 2021 would do to 2012.
 *
 * <p>The candidates outside the top two are learned the same way, as the log of result / average for every
 * such candidate on {@value #MINOR_FROM}% or more: their spread is the least relative error the simulation
 * gives them. Their mean is not applied: it changes sign between elections (overstated in 2021, understated in
 * 2008), and scaling them by it made the leave-one-election-out backtest worse in three of four elections. London's polls have missed
 * small candidates by half or double (Barnbrook 2008: 1% in the average, 2.9% in the result; Omilana 2021: 4.8%
 * and 2.0%), far more than their sampling error says; with the spread learned, the 90% range of a small
 * candidate, and through the mayor-to-Assembly step a small party's chance of the 5% list threshold, is as
 * wide as the polls' record.
 *
 * <p>An election whose polls left out one of the result's leading two (Greater Manchester 2024: the only poll's
 * published figures were Barker 12, Evans 9, Buckley 9, and Burnham won 63%) is not learned from: its average's
 * "lead" is between also-rans, and its ratio (-1 there) cut the next forecast's 39-point lead by 29 points.
 *
 * <p>Candidates on the ballot whom no poll names still get votes, and the polls' own "others" figure is no
 * guide to them: each poll's others is what is left after the small candidates it prompted, and those are
 * overstated (2021: the average left 0.0% for the ten unpolled candidates, who won 5.5% between them). So
 * "others" starts from at least the unpolled candidates' count times their mean share in the other elections'
 * results, taken from every named option in proportion.
 *
 * @param leadRatio   the shrunk mean ratio, result lead / average lead (1: no bias)
 * @param spread      the spread of that ratio between elections (0 with fewer than two)
 * @param minorSpread the spread of those log ratios (0 with fewer than two)
 * @param unpolledShare the mean result share (percent) of a candidate whom no poll named, in the other elections
 * @param from        the elections it was learned from, with each one's ratio
 * @param borrowedFrom the other places' elections whose small-candidate spread and unpolled share it takes (never
 *                     their lead ratio): for a series with no record of its own, or one whose polls named fewer than
 *                     {@value #MIN_MINOR} small candidates or every candidate standing; empty otherwise
 * @param spreadBorrowed   whether {@code minorSpread} is theirs
 * @param unpolledBorrowed whether {@code unpolledShare} is theirs: a series whose polls named every candidate has no
 *                     unnamed candidate's share of its own
 */
public record PollBias(
        double leadRatio,
        double spread,
        double minorSpread,
        double unpolledShare,
        List<String> from,
        List<String> borrowedFrom,
        boolean spreadBorrowed,
        boolean unpolledBorrowed) {
    /** Shrinkage towards no bias, in elections: with five elections, 5/6 of the mean miss is applied. */
    static final double SHRINK = 1;

    private static final int LAST_MONTH = 31;
    /** A lead under this many points says nothing about a ratio (a tie has no ratio). */
    private static final double MIN_LEAD = 2;
    /** Smaller candidates are mostly absent from the polls' tables: their "average" is a floor, not a reading. */
    static final double MINOR_FROM = 1;
    /** The most "others" the unpolled candidates can claim (points). */
    static final double MAX_UNPOLLED = 15;

    public PollBias {
        from = List.copyOf(from);
        borrowedFrom = List.copyOf(borrowedFrom);
    }

    public PollBias(double leadRatio, double spread, double minorSpread, double unpolledShare, List<String> from) {
        this(leadRatio, spread, minorSpread, unpolledShare, from, List.of(), false, false);
    }

    static PollBias none() {
        return new PollBias(1, 0, 0, 0, List.of());
    }

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
        if (others.elections().isEmpty()) {
            return own.elections().isEmpty() ? none() : own.bias();
        }
        if (own.elections().isEmpty()) {
            return new PollBias(
                    1,
                    0,
                    others.bias().minorSpread(),
                    others.bias().unpolledShare(),
                    List.of(),
                    others.elections(),
                    true,
                    true);
        }
        // The series' own elections teach its lead, but their polls named too few small candidates to measure how far
        // such candidates are missed, or named every candidate on the ballot: Toronto 2018's and 2022's polls named
        // the leading two or three, and 2023's forecast gave Furey, Matlow and the others on 3 to 11% ranges as narrow
        // as their sampling error ("a factor of 1.00 either way"). What the series cannot measure is taken from the
        // other places' elections, as a first election's is.
        PollBias b = own.bias();
        boolean spread = own.minorCount() < MIN_MINOR && others.minorCount() >= MIN_MINOR;
        boolean unpolled = own.unpolledCount() == 0 && others.unpolledCount() > 0;
        if (!spread && !unpolled) {
            return b;
        }
        return new PollBias(
                b.leadRatio(),
                b.spread(),
                spread ? others.bias().minorSpread() : b.minorSpread(),
                unpolled ? others.bias().unpolledShare() : b.unpolledShare(),
                b.from(),
                others.elections(),
                spread,
                unpolled);
    }

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
        List<Double> minor = new ArrayList<>();
        double unpolledVotes = 0;
        int unpolledCandidates = 0;
        List<String> from = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Election e : ws.catalog().all()) {
            Optional<SingleWinnerContest> mayor = target.comparableLead(e);
            if (e.id().equals(target.id())
                    || e.series().equals(target.series()) != sameSeries
                    || mayor.isEmpty()
                    || !e.date().isBefore(LocalDate.now())) {
                continue;
            }
            Optional<ContestResult> result =
                    ws.results().firstPreferences(e, mayor.get().id()).filter(ContestResult::complete);
            LocalDate eve = e.date().minusDays(1);
            List<Poll> polls = PollSource.polls(ws, store, e).stream()
                    .filter(p ->
                            p.contest().equals(mayor.get().id()) && p.scope() == Scope.FIRST_PREF && p.knownBy(eve))
                    .toList();
            if (result.isEmpty() || polls.stream().noneMatch(p -> !p.date().isBefore(eve.minusDays(LAST_MONTH)))) {
                continue;
            }
            PollAverage avg = Averages.compute(
                    ws,
                    store,
                    e,
                    mayor.get(),
                    Scope.FIRST_PREF,
                    polls,
                    eve,
                    AggregateSettings.withDefaults(),
                    Averages.sampleHints(store, e, eve));
            List<ShareEstimate> top = avg.shares().stream()
                    .filter(x -> !x.option().equals(Option.OTHER))
                    .sorted((a, b) -> Double.compare(b.share(), a.share()))
                    .limit(2)
                    .toList();
            if (top.size() < 2 || top.get(0).share() - top.get(1).share() < MIN_LEAD) {
                continue;
            }
            // Polls that left out one of the result's leading two (a report giving only the also-rans' figures)
            // read no lead at all: their "leaders" are the also-rans, and the unnamed winner is no small candidate.
            if (resultLeadingTwo(result.get()).stream()
                    .anyMatch(id -> avg.share(id).isEmpty())) {
                continue;
            }
            double polled = top.get(0).share() - top.get(1).share();
            double actual = result.get().shares().getOrDefault(top.get(0).option(), 0.0)
                    - result.get().shares().getOrDefault(top.get(1).option(), 0.0);
            double ratio = Math.max(-0.5, Math.min(1.5, actual / polled));
            ratios.add(ratio);
            for (var c : mayor.get().candidates()) {
                Double got = result.get().shares().get(c.id());
                if (got != null && avg.share(c.id()).isEmpty()) {
                    unpolledVotes += got;
                    unpolledCandidates++;
                }
            }
            for (ShareEstimate x : avg.shares()) {
                double got = result.get().shares().getOrDefault(x.option(), 0.0);
                if (!top.contains(x) && !x.option().equals(Option.OTHER) && x.share() >= MINOR_FROM && got > 0) {
                    minor.add(Math.log(got / x.share()));
                }
            }
            from.add(e.id() + " (lead " + Tables.signed(polled, 1) + " in the average, " + Tables.signed(actual, 1)
                    + " in the result)");
            ids.add(e.id());
        }
        int n = ratios.size();
        if (n == 0) {
            return new Learned(none(), List.of(), 0, 0);
        }
        double shrink = n / (n + SHRINK);
        double mean = mean(ratios);
        double minorMean = minor.isEmpty() ? 0 : mean(minor);
        PollBias bias = new PollBias(
                1 - (1 - mean) * shrink,
                sd(ratios, mean),
                sd(minor, minorMean),
                unpolledCandidates == 0 ? 0 : unpolledVotes / unpolledCandidates,
                from);
        return new Learned(bias, ids, minor.size(), unpolledCandidates);
    }

    /** The ids of the result's two candidates with the most first preferences ("others" is no candidate). */
    private static List<String> resultLeadingTwo(ContestResult result) {
        return result.shares().entrySet().stream()
                .filter(x -> !x.getKey().equals(Option.OTHER))
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(2)
                .map(java.util.Map.Entry::getKey)
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

    /**
     * The input with the lead of the poll leader over the runner-up scaled by the learned ratio, the small
     * candidates' error floored at the learned spread, and "others" at least {@code unpolled} candidates' worth.
     */
    ShareInput apply(ShareInput in, int unpolled) {
        return apply(in, unpolled, false);
    }

    /** As above; {@code parties}: the options are parties (a list vote), and the note calls them so. */
    ShareInput apply(ShareInput in, int unpolled, boolean parties) {
        if ((from.isEmpty() && borrowedFrom.isEmpty()) || !in.fromPolls()) {
            return in;
        }
        double[] mean = in.mean();
        int[] top = in.leadingTwo();
        if (top == null) {
            return in;
        }
        int first = top[0];
        int second = top[1];
        double move = (1 - leadRatio) * (mean[first] - mean[second]) / 2;
        mean[first] -= move;
        mean[second] += move;
        double[] se = in.se();
        int other = in.options().indexOf(Option.OTHER);
        double raised = raiseOthers(mean, other, unpolled);
        for (int j = 0; j < mean.length; j++) {
            if (j != first && j != second) {
                se[j] = Math.max(se[j], mean[j] * minorSpread * contenderTaper(mean[j], mean[second]));
            }
        }
        return in.withShares(
                mean,
                se,
                (from.isEmpty()
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        // A record where results ran ahead of the polls' leaders widens the lead:
                                        // "narrowed by -1.9" said it backwards.
                                        "; lead %s by %.1f points for systematic poll error",
                                        move < 0 ? "widened" : "narrowed",
                                        Math.abs(2 * move)))
                        + (raised > 0
                                ? String.format(
                                        Locale.ROOT,
                                        "; others raised to %.1f%% for %d %s no poll names",
                                        mean[other],
                                        unpolled,
                                        parties
                                                ? (unpolled == 1 ? "party" : "parties")
                                                : (unpolled == 1 ? "candidate" : "candidates"))
                                : ""));
    }

    /**
     * Raises {@code mean[other]} to the unpolled candidates' floor, taking it from every option in proportion;
     * returns the points added (0 when others already held that much).
     */
    private double raiseOthers(double[] mean, int other, int unpolled) {
        // Capped: a ballot of forty unknowns is not a third of the vote.
        double floor = Math.min(unpolled * unpolledShare, MAX_UNPOLLED);
        if (other < 0 || mean[other] >= floor) {
            return 0;
        }
        double raised = floor - mean[other];
        double scale = (100 - floor) / (100 - mean[other]);
        for (int j = 0; j < mean.length; j++) {
            mean[j] = j == other ? floor : mean[j] * scale;
        }
        return raised;
    }

    /**
     * A forecast from the baseline's result (no polls yet): the candidates it carries no share to (their party did
     * not stand then) get what a candidate no poll named won in the other elections, as in a forecast from polls.
     * West of England 2025 before its first poll put Banks (Reform UK) and Scott (independent) inside an "Others" of
     * 0.0%, since 2021's four parties all stood again; the lead is left alone (no average to correct).
     */
    ShareInput othersFloor(ShareInput in, int uncarried, String baselineId) {
        double[] mean = in.mean();
        double raised = raiseOthers(mean, in.options().indexOf(Option.OTHER), uncarried);
        if (raised <= 0) {
            return in;
        }
        return in.withShares(
                mean,
                in.se(),
                String.format(
                        Locale.ROOT,
                        "; others raised to %.1f%% for %d %s whose party did not stand in %s",
                        mean[in.options().indexOf(Option.OTHER)],
                        uncarried,
                        uncarried == 1 ? "candidate" : "candidates",
                        baselineId));
    }

    /**
     * How much of the learned small-candidate spread a candidate outside the top two takes: all of it at half the
     * runner-up's share or less, fading linearly to none at the runner-up's. The spread was learned on third
     * parties polling at a third of the runner-up or less (London's Liberal Democrats, Greens, UKIP); a candidate
     * close behind the runner-up is a contender like it, whose error is the shared polling error's. Without the
     * fade, rank alone decided it: a four-way race's third and fourth (Cambridgeshire and Peterborough 2025: 21.3%
     * runner-up, 19.9% and 18.8% behind) got twice the runner-up's spread, and the fourth a better chance of
     * winning than the third.
     */
    static double contenderTaper(double share, double runnerUp) {
        if (runnerUp <= 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, 2 * (1 - share / runnerUp)));
    }

    /** One line for every output: what was assumed and where it was learned. */
    String note() {
        if (from.isEmpty() && borrowedFrom.isEmpty()) {
            return PollErrorNote.NONE + " (no other election of this series with polls and a result to learn it from)";
        }
        if (from.isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    PollErrorNote.NONE
                            + " on the lead (no other election of this series with polls and a result to learn it from;"
                            + " another place's lean is not this one's); from other places' elections (%s), which says"
                            + " how polls miss small candidates, not which way they lean: candidates outside the top two"
                            + " may miss their average by a factor of %.2f either way (one standard deviation), and a"
                            + " candidate no poll named won %.1f%% on average",
                    String.join(", ", borrowedFrom),
                    Math.exp(minorSpread),
                    unpolledShare);
        }
        String unnamed = String.format(
                Locale.ROOT,
                "a candidate no poll named won %.1f%% on average%s",
                unpolledShare,
                !unpolledBorrowed
                        ? ""
                        : spreadBorrowed
                                ? " in those elections"
                                : " in other places' elections (" + String.join(", ", borrowedFrom)
                                        + "), as no poll of this series left one out");
        String small = !spreadBorrowed
                ? String.format(
                        Locale.ROOT,
                        "candidates outside the top two missed their average by a factor of %.2f either way (one"
                                + " standard deviation), which their ranges allow for; %s",
                        Math.exp(minorSpread),
                        unnamed)
                : String.format(
                        Locale.ROOT,
                        "this series' polls named too few small candidates to measure how far they miss, so other"
                                + " places' elections (%s) say it: candidates outside the top two may miss their"
                                + " average by a factor of %.2f either way (one standard deviation); %s",
                        String.join(", ", borrowedFrom),
                        Math.exp(minorSpread),
                        unnamed);
        return String.format(
                Locale.ROOT,
                PollErrorNote.LEARNED
                        + "%d other %s the result's lead was on average %.0f%% of the "
                        + "eve-of-poll average's (spread %.0f%%); shrunk towards none, the forecast starts from %.0f%% of its average's lead; "
                        + "%s: %s",
                from.size(),
                from.size() == 1 ? "election" : "elections",
                100 * (1 - (1 - leadRatio) * (from.size() + SHRINK) / from.size()),
                100 * spread,
                100 * leadRatio,
                small,
                String.join("; ", from));
    }
}
