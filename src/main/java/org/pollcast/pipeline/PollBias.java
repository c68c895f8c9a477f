package org.pollcast.pipeline;

import java.util.List;
import java.util.Locale;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
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
 * same points, and a ratio cannot turn a lead round, which a mean shift learned from 2021 would do to 2012. A widening
 * (a ratio above 1) is the exception, held to the record's mean shift in points ({@code leadShift}): its ratios come of
 * narrow leads, and a ratio of 1.25 from a 9-point lead is no measure of a 40-point one.
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
 * @param leadShift   the shrunk mean of result lead minus average lead, in points: the most a widening may add
 *                    ({@link #apply}), since a ratio above 1 learned from a narrow lead is no measure of a wide one
 * @param spread      the spread of that ratio between elections (0 with fewer than two)
 * @param minorSpread the spread of those log ratios (0 with fewer than two)
 * @param unpolledShare the mean result share (percent) of a candidate whom no poll named, in the other elections
 * @param from        the elections it was learned from, with each one's ratio
 * @param borrowedFrom the other places' elections whose small-candidate spread and unpolled share it takes (never
 *                     their lead ratio): for a series with no record of its own, or one whose polls named fewer than
 *                     {@value PollBiasLearning#MIN_MINOR} small candidates or every candidate standing; empty otherwise
 * @param spreadBorrowed   whether {@code minorSpread} is theirs
 * @param unpolledBorrowed whether {@code unpolledShare} is theirs: a series whose polls named every candidate has no
 *                     unnamed candidate's share of its own
 * @param leftOut     the series' elections with polls and a result that taught no ratio, each with why (a near-tie on
 *                     the eve); named in the note, for a reader to see which record the correction stands on
 * @param errors      how far the series' own eve-of-poll averages missed, which moves the polling error
 *                    ({@link PollErrorRecord}); never borrowed from another place
 * @param reversals   how many of the elections learned from had the polls' leader lose (a ratio below 0): a record
 *                    with one holds a narrowing to its mean narrowing in points ({@link #apply})
 * @param widestLead  the widest eve-of-poll average lead of the elections the ratio was learned from (points; infinite
 *                    where not known): a narrowing of a lead over {@link #STRETCH} times it is held ({@link #apply})
 */
public record PollBias(
        double leadRatio,
        double leadShift,
        double spread,
        double minorSpread,
        double unpolledShare,
        List<String> from,
        List<String> borrowedFrom,
        boolean spreadBorrowed,
        boolean unpolledBorrowed,
        List<String> leftOut,
        PollErrorRecord errors,
        int unpolledCount,
        double unpolledMean,
        int reversals,
        double widestLead) {
    /**
     * How far past the widest lead it was learned on a narrowing ratio is stretched in full: a ratio learned on leads of
     * at most L narrows a lead of up to 3L in proportion, and a wider one by what it does to 3L. In London only 2000 a
     * month out moves (a 47.7-point lead, learned on at most 15.4: narrowed by 8.1 points, not 8.3).
     */
    static final double STRETCH = 3;

    /**
     * Shrinkage towards no bias, in elections: with five elections to learn from, half the mean miss is applied. It is
     * the ratio of two variances measured on 28 elections of 16 places (London's five and the corpus's, model
     * 2026.12-39, docs/calibration.md): one election's lead ratio scatters about its series' mean by 0.16 (variance;
     * 0.39 a standard deviation), while the series' means scatter about no bias by 0.03, so one election says a fifth
     * as much about the next as a series' true lean would. Held out one election at a time, a ratio predicted with 5
     * missed the actual one by least (mean squared 0.161, against 0.177 with the 1 used before and 0.168 with no
     * correction). With 1, Spain's November 2019 forecast cut its polls' lead by 40% from 2023's single ratio of 0.20
     * and missed by 1.6 points where last week's polls missed by 1.0.
     */
    static final double SHRINK = 5;

    /** Smaller candidates are mostly absent from the polls' tables: their "average" is a floor, not a reading. */
    static final double MINOR_FROM = 1;
    /** The most "others" the unpolled candidates can claim (points). */
    static final double MAX_UNPOLLED = 15;

    /**
     * What a candidate no poll named wins before a series' record says otherwise (percent): the 65 such candidates and
     * parties of London's elections and eleven blind trials' won 0.70% each on average.
     */
    static final double UNPOLLED_PRIOR = 0.7;

    /** Where {@link #UNPOLLED_PRIOR} comes from, as a note names it where no election here measured one. */
    static final String UNPOLLED_PRIOR_SOURCE =
            "65 candidates and parties no poll named, in London's elections and eleven blind trials', won 0.7% each on"
                    + " average";

    /**
     * How many candidates' worth {@link #UNPOLLED_PRIOR} counts for, pooled with a series' record of unnamed
     * candidates. A record of one is no mean: Bulgaria's June 2024 polls (as one aggregator printed them) folded
     * Velichie into "others", it won 4.6%, and October's forecast gave each of five unnamed minor lists 4.6% (15% of
     * the vote, capped, for lists that won about 4 between them), GERB 23.2% where it won 26.4. Pooled, that record
     * of one gives 1.5% each; London's of 13 to 23 candidates moves by a tenth of a point or less.
     */
    static final double UNPOLLED_PRIOR_WEIGHT = 4;

    /**
     * The share a candidate no poll named is taken to win: {@code count} such candidates' mean result pooled with
     * {@link #UNPOLLED_PRIOR} counted as {@link #UNPOLLED_PRIOR_WEIGHT} more; the prior alone with no record. A record
     * of none is no measure of none: the West Midlands' 2024 forecast before its first poll put Yakoob (independent,
     * 11.7% in the count) inside an "Others" of 0.0%, 0.0-0.2% at 90%, as its one earlier poll had named every candidate.
     */
    static double pooledUnpolled(double votes, int count) {
        // The prior itself with no record, not the formula's float: the note tells the two apart by equality.
        return count == 0
                ? UNPOLLED_PRIOR
                : (votes + UNPOLLED_PRIOR_WEIGHT * UNPOLLED_PRIOR) / (count + UNPOLLED_PRIOR_WEIGHT);
    }

    public PollBias {
        from = List.copyOf(from);
        if (reversals < 0) {
            throw new IllegalArgumentException("reversals must be 0 or more: " + reversals);
        }
        borrowedFrom = List.copyOf(borrowedFrom);
        leftOut = List.copyOf(leftOut);
    }

    /** A record in which no polls' leader lost ({@code reversals} 0), its widest lead not known. */
    public PollBias(
            double leadRatio,
            double leadShift,
            double spread,
            double minorSpread,
            double unpolledShare,
            List<String> from,
            List<String> borrowedFrom,
            boolean spreadBorrowed,
            boolean unpolledBorrowed,
            List<String> leftOut,
            PollErrorRecord errors,
            int unpolledCount,
            double unpolledMean) {
        this(
                leadRatio,
                leadShift,
                spread,
                minorSpread,
                unpolledShare,
                from,
                borrowedFrom,
                spreadBorrowed,
                unpolledBorrowed,
                leftOut,
                errors,
                unpolledCount,
                unpolledMean,
                0,
                Double.POSITIVE_INFINITY);
    }

    public PollBias(double leadRatio, double spread, double minorSpread, double unpolledShare, List<String> from) {
        this(
                leadRatio,
                Double.POSITIVE_INFINITY,
                spread,
                minorSpread,
                unpolledShare,
                from,
                List.of(),
                false,
                false,
                List.of(),
                PollErrorRecord.none(),
                0,
                unpolledShare);
    }

    static PollBias none() {
        return new PollBias(1, 0, 0, 0, List.of());
    }

    /**
     * What the other elections of {@code target}'s series teach ({@link PollBiasLearning}): the lead's ratio, and the
     * small candidates' spread and unnamed candidates' share, from other places where the series cannot say.
     */
    static PollBias learn(Workspace ws, PollStore store, Election target) {
        return PollBiasLearning.learn(ws, store, target);
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
        // Copies: a record's accessor hands out its own array, and writing into it changed the input it was given.
        double[] mean = in.mean().clone();
        int[] top = in.leadingTwo();
        if (top == null) {
            return in;
        }
        int first = top[0];
        int second = top[1];
        // A widening (a ratio above 1) adds at most the runner-up's share to the lead: a record of results running
        // ahead of
        // the leaders must not push a runner-up far behind below nothing.
        double byRatio = Math.max((1 - applied()) * (mean[first] - mean[second]) / 2, -mean[second] / 2);
        // Nor more, in points, than the record's results ran ahead of its averages' leads (shrunk alike). A ratio
        // above 1 comes of narrow leads, where a few points are a large ratio; stretched over a wide lead it widened
        // the Philippines' 2022 lead by 8.3 points from 2016's 6.8 becoming 17.6, and Ukraine's 2014 lead by 10.3
        // from 2019's 9.2 becoming 14.3: both results' leads came in under their polls'. A narrowing keeps the ratio:
        // London's record shrank its leads in proportion, 2000's 35 points to 12 and 2012's 8 to 4.
        double move = byRatio < 0 ? Math.max(byRatio, -Math.max(0, leadShift) / 2) : byRatio;
        // A narrowing learned from a record in which the polls' leader lost is held the same way, to the record's mean
        // narrowing in points: an upset is a race the polls called wrong by some points, its ratio (clipped at -0.5)
        // only as large as its lead was narrow. Iceland 2024's eve lead of 3.8 points became -9.0, and, stretched over
        // 2016's 41-point lead a month out, cut it by 36 points (Guðni 48%, Davíð 36% and a 1 in 6 chance; they won
        // 39% and 14%). Narrowings learned from leads that held (London's) keep their ratio.
        if (reversals > 0 && move > 0 && !Double.isInfinite(leadShift)) {
            move = Math.min(move, Math.max(0, -leadShift) / 2);
        }
        // A narrowing ratio learned on narrow leads says little of a lead many times wider: held to what it does to a
        // lead of STRETCH times the widest it was learned on. Finland's 2018 presidential forecast (a blind trial)
        // learned a ratio of 0.64 from 2024's 2.2-point lead becoming 1.4 and cut Niinistö's 50-point lead by 8.8
        // points (58.6% against the 62.6% he won; last week's polls were nearer by a point and a half).
        double lead = mean[first] - mean[second];
        double stretchCap = (1 - applied()) * STRETCH * widestLead / 2;
        boolean stretched = move > 0 && lead > STRETCH * widestLead && stretchCap < move;
        if (stretched) {
            move = stretchCap;
        }
        double widened = 0;
        if (move < 0) {
            double before = mean[first] - mean[second];
            widen(mean, first, second, -2 * move);
            widened = mean[first] - mean[second] - before;
        } else {
            mean[first] -= move;
            mean[second] += move;
        }
        double[] se = in.se().clone();
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
                                : stretched ? stretchedWords(move, byRatio, lead) : leadWords(move, byRatio, widened))
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
     * What the note says of the lead's move: "; lead narrowed by 3.0 points for systematic poll error", with why a
     * widening is less than its ratio's. A record where results ran ahead of the polls' leaders widens the lead:
     * "narrowed by -1.9" said it backwards; and a widening held to nothing said "narrowed by 0.0" (review).
     */
    private static String leadWords(double move, double byRatio, double widened) {
        // A near-tie, or a ratio near 1, moves the lead by next to nothing: British Columbia 2024's 0.1-point lead at a
        // ratio of 1.01 printed "lead widened by 0.0 points" beside a note that the record widens leads "by at most 0.2
        // points". Not "too close" either: a 4-point lead at a ratio of 0.99 moves as little.
        boolean held = move > byRatio;
        if (move <= 0 && byRatio > 0) {
            // A narrowing held to nothing by a record with an upset in it whose results ran, in points, ahead of its
            // averages' leads: "moved by under 0.1 points" would hide that the ratio alone would have narrowed it.
            return String.format(
                    Locale.ROOT,
                    "; lead left as it is for systematic poll error: in points the record's leads did not fall short of"
                            + " its averages' (its polls' leader lost in one of its elections at least; its ratio would"
                            + " have narrowed it by %.1f)",
                    2 * byRatio);
        }
        if (Math.abs(2 * move) < 0.05 && !(held && move == 0)) {
            // Held to the record's points too: a widening held to 0.04 printed "widened by 0.0" (review).
            return held
                    ? String.format(
                            Locale.ROOT,
                            "; lead moved by under 0.1 points for systematic poll error (the record's mean widening in"
                                    + " points; its ratio would have widened it by %.1f)",
                            -2 * byRatio)
                    : "; lead moved by under 0.1 points for systematic poll error";
        }
        if (move > 0 && move < byRatio) {
            // Held by a record with an upset in it (apply): the note says so, and what the ratio would have done.
            return String.format(
                    Locale.ROOT,
                    "; lead narrowed by %.1f points for systematic poll error (the record's mean narrowing in points,"
                            + " as its polls' leader lost in one of its elections at least; its ratio would have"
                            + " narrowed it by %.1f)",
                    2 * move,
                    2 * byRatio);
        }
        if (!held) {
            // A widening's gain is the leader's, paid by everyone else (widen): the lead grows by what it moved.
            return String.format(
                    Locale.ROOT,
                    "; lead %s by %.1f points for systematic poll error",
                    move < 0 ? "widened" : "narrowed",
                    move < 0 ? widened : 2 * move);
        }
        if (move == 0) {
            return String.format(
                    Locale.ROOT,
                    "; lead left as it is for systematic poll error: in points the record's leads fell short of its"
                            + " averages' (its ratio would have widened it by %.1f)",
                    -2 * byRatio);
        }
        return String.format(
                Locale.ROOT,
                "; lead widened by %.1f points for systematic poll error (held to the record's mean widening in"
                        + " points, %.1f, half of it the leader's gain; its ratio would have widened it by %.1f)",
                widened,
                -2 * move,
                -2 * byRatio);
    }

    /** What the note says of a narrowing held for the lead's width ({@link #STRETCH}). */
    private String stretchedWords(double move, double byRatio, double lead) {
        return String.format(
                Locale.ROOT,
                "; lead narrowed by %.1f points for systematic poll error (what its ratio does to a lead of %.1f, %.0f"
                        + " times the widest it was learned on, %.1f: its ratio alone would have narrowed this %.1f-point"
                        + " lead by %.1f)",
                2 * move,
                STRETCH * widestLead,
                STRETCH,
                widestLead,
                lead,
                2 * byRatio);
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
    ShareInput othersFloor(ShareInput in, int uncarried, String baselineId, boolean parties) {
        double[] mean = in.mean().clone();
        double raised = raiseOthers(mean, in.options().indexOf(Option.OTHER), uncarried);
        if (raised <= 0) {
            return in;
        }
        return in.withShares(
                mean,
                in.se(),
                String.format(
                        Locale.ROOT,
                        "; others raised to %.1f%% for %d %s did not stand in %s",
                        mean[in.options().indexOf(Option.OTHER)],
                        uncarried,
                        // A list vote's options are parties: "candidates whose party" read oddly of them.
                        parties
                                ? (uncarried == 1 ? "party that" : "parties that")
                                : (uncarried == 1 ? "candidate whose party" : "candidates whose party"),
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

    /**
     * Widens the leader's lead over the runner-up: the leader gains half of {@code points}, as a narrowing moves half
     * each way, and that gain is taken from every other option in proportion to its share, so the lead grows by a
     * little less than {@code points} where others than the runner-up pay. A record of results running ahead of the
     * polls' leaders says the leader gained; it does not say the runner-up alone paid. Taken from the runner-up alone,
     * Mexico 2018's forecast a week out (a blind trial; its record 2024's, whose lead came in 15 points ahead of its
     * polls') widened López Obrador's lead by 7.1 points, put Anaya (23.3 in the average) at 19.5, under Meade's 20.9,
     * and printed Meade second, where every poll since Zavala withdrew had Anaya ahead of him (the result: Anaya 22.9,
     * Meade 16.9). Shares taken in proportion keep the others' order. Widening by the whole of {@code points} (the
     * leader's gain grown until the runner-up's part of it made up the rest) was measured too, on the 25 kits the
     * change moves: first-preference MAE summed over 112 forecasts 334.7 taken from the runner-up alone, 336.2 widened
     * in full, 333.3 as here; log score 2.603, 2.609, 2.604.
     */
    private static void widen(double[] mean, int first, int second, double points) {
        double rest = 0;
        for (int j = 0; j < mean.length; j++) {
            if (j != first) {
                rest += mean[j];
            }
        }
        if (rest <= 0) {
            return;
        }
        double gain = points / 2;
        double keep = 1 - gain / rest;
        for (int j = 0; j < mean.length; j++) {
            if (j != first) {
                mean[j] *= keep;
            }
        }
        mean[first] += gain;
    }

    /**
     * What limits a widening, for the note: ", widening it by at most 2.6 points (...)", or nothing where the ratio
     * narrows the lead or no record in points was kept.
     */
    private String wideningWords() {
        if (applied() <= 1 || Double.isInfinite(leadShift)) {
            return "";
        }
        if (leadShift <= 0) {
            return ", but no wider than it: in points the results' leads fell short of the averages' on average";
        }
        return String.format(
                Locale.ROOT,
                ", widening it by at most %.1f points (the results' leads ran ahead of the averages' by that much on"
                        + " average, shrunk alike)",
                leadShift);
    }

    /**
     * The ratio applied to the lead: the learned one, never below 0. A record of reversed leads (three elections at the
     * -0.5 clip shrink to -0.125) brings the leader at most level with the runner-up, as a ratio cannot turn a lead
     * round; the note still gives the record as it was.
     */
    double applied() {
        return Math.max(0, leadRatio);
    }

    /**
     * What a candidate no poll named is taken to win, and the record it rests on ({@code where}: whose elections):
     * "a candidate no poll named is taken to win 0.8% (13 candidates no poll named won 0.9% each on average; pooled
     * with 0.7% counted as 4 more)".
     */
    private String unnamedWords(String one, String many, String where) {
        // Nothing measured is no measure of nothing: where no result gives a candidate no poll named votes of its own
        // (Chicago 2023's four such candidates are inside its result's Others line), "won 0.0% on average" was said of
        // no candidate at all, as if such candidates had been seen to win nothing. What is taken then is the prior.
        if (unpolledCount == 0 && unpolledShare == 0) {
            return String.format(
                    Locale.ROOT,
                    "no result%s gives a %s no poll named votes of its own, so what one wins is not measured",
                    where,
                    one);
        }
        if (unpolledCount == 0 && unpolledShare == UNPOLLED_PRIOR) {
            return String.format(
                    Locale.ROOT,
                    "no result%s gives a %s no poll named votes of its own, so one is taken to win %s, pollcast's own"
                            + " record (%s)",
                    where,
                    one,
                    won(unpolledShare),
                    UNPOLLED_PRIOR_SOURCE);
        }
        if (unpolledCount == 0) {
            return String.format(Locale.ROOT, "a %s no poll named won %s on average%s", one, won(unpolledShare), where);
        }
        return String.format(
                Locale.ROOT,
                "a %s no poll named is taken to win %s (%d %s no poll named%s won %s each on average; pooled with %s"
                        + " counted as %.0f more)",
                one,
                won(unpolledShare),
                unpolledCount,
                unpolledCount == 1 ? one : many,
                where,
                won(unpolledMean),
                won(UNPOLLED_PRIOR),
                UNPOLLED_PRIOR_WEIGHT);
    }

    /**
     * A mean share as the note says it: "0.7%", but "under 0.05%" where one decimal would print 0.0, which read as if
     * the options no poll named had won nothing (a list vote's unnamed parties, lumped into an Others row).
     */
    static String won(double share) {
        return share > 0 && share < 0.05 ? "under 0.05%" : String.format(Locale.ROOT, "%.1f%%", share);
    }

    /** One line for every output: what was assumed and where it was learned. */
    String note() {
        return note(true);
    }

    /**
     * As {@link #note()}; without {@code smallCandidates} (a contest of two options, a referendum's answers) the line
     * says nothing of how polls miss candidates outside the top two or one no poll named, as there are none: "a
     * candidate no poll named won 0.7% on average" read, beside Yes and No, as if someone else stood.
     */
    String note(boolean smallCandidates) {
        return note(smallCandidates, false);
    }

    /**
     * As {@link #note(boolean)}; with {@code parties} (a list vote, a vote between parties) the options are called
     * parties: "a candidate no poll named" read oddly of New Zealand's party vote.
     */
    String note(boolean smallCandidates, boolean parties) {
        String one = parties ? "party" : "candidate";
        String many = parties ? "parties" : "candidates";
        // A series whose every election was a near-tie on the eve taught no ratio: said, as where it taught one.
        String notLearned = leftOut.isEmpty() ? "" : "; not learned from: " + String.join("; ", leftOut);
        if (from.isEmpty() && borrowedFrom.isEmpty()) {
            return PollErrorNote.NONE + " (no other election of this series with polls and a result to learn it from)"
                    + notLearned;
        }
        if (from.isEmpty() && !smallCandidates) {
            return PollErrorNote.NONE
                    + " on the lead (no other election of this series with polls and a result to learn it from;"
                    + " another place's lean is not this one's)" + notLearned;
        }
        if (from.isEmpty()) {
            return String.format(
                            Locale.ROOT,
                            PollErrorNote.NONE
                                    + " on the lead (no other election of this series with polls and a result to learn it from;"
                                    + " another place's lean is not this one's); from %s, which says"
                                    + " how polls miss small %s, not which way they lean: %s outside the top two"
                                    + " may miss their average by a factor of %.2f either way (one standard deviation), and"
                                    + " %s",
                            borrowedFrom.equals(List.of(PollBiasLearning.SPREAD_PRIOR_SOURCE))
                                    ? PollBiasLearning.SPREAD_PRIOR_SOURCE
                                    : "other places' elections (" + String.join(", ", borrowedFrom) + ")",
                            many,
                            many,
                            Math.exp(minorSpread),
                            unnamedWords(one, many, ""))
                    + notLearned;
        }
        String unnamed = unnamedWords(
                one,
                many,
                !unpolledBorrowed
                        ? (spreadBorrowed ? " in this series' elections" : "")
                        : spreadBorrowed
                                ? " in those elections"
                                : " in other places' elections (" + String.join(", ", borrowedFrom)
                                        + "), as no poll of this series left one out");
        String small = !spreadBorrowed
                ? String.format(
                        Locale.ROOT,
                        "%s outside the top two missed their average by a factor of %.2f either way (one"
                                + " standard deviation), which their ranges allow for; %s",
                        many,
                        Math.exp(minorSpread),
                        unnamed)
                : String.format(
                        Locale.ROOT,
                        "this series' polls named too few small %s to measure how far they miss, so other"
                                + " places' elections (%s) say it: %s outside the top two may miss their"
                                + " average by a factor of %.2f either way (one standard deviation); %s",
                        many,
                        String.join(", ", borrowedFrom),
                        many,
                        Math.exp(minorSpread),
                        unnamed);
        // One election has no mean and no spread: "on average 38% (spread 0%)" said more than it knew.
        String lead = from.size() == 1
                ? String.format(
                        Locale.ROOT,
                        "1 other election the result's lead was %.0f%% of the eve-of-poll average's",
                        100 * (1 - (1 - leadRatio) * (1 + SHRINK)))
                : String.format(
                        Locale.ROOT,
                        "%d other elections the result's lead was on average %.0f%% of the eve-of-poll average's"
                                + " (spread %.0f%%)",
                        from.size(),
                        100 * (1 - (1 - leadRatio) * (from.size() + SHRINK) / from.size()),
                        100 * spread);
        // Where a clause names other places' elections, this series' own follow under their own heading: after
        // "... left one out" a bare list read as if it were about the clause's last words.
        return String.format(
                        Locale.ROOT,
                        PollErrorNote.LEARNED
                                + "%s; shrunk towards none, the forecast starts from %.0f%% of its average's lead%s%s%s%s",
                        lead,
                        100 * applied(),
                        wideningWords(),
                        smallCandidates ? "; " + small : "",
                        !smallCandidates || borrowedFrom.isEmpty() ? ": " : "; this series' elections: ",
                        String.join("; ", from))
                + notLearned;
    }
}
