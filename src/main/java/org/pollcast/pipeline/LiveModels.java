package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.Counted;
import org.pollcast.election.Declaration;
import org.pollcast.election.Option;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.report.Tables;
import org.pollcast.simulate.Cholesky;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.LiveModel;
import org.pollcast.simulate.LiveSimulator;
import org.pollcast.simulate.SwingPosterior;

/**
 * Turns the prior and the night's declarations into the simulation's {@link LiveModel}: the posterior of every
 * option's share in every constituency ({@link SwingPosterior}), the turnout learned from the declared
 * constituencies, and the declared second preferences when the run-off can be counted.
 */
final class LiveModels {
    /**
     * The model's error scales, in points for a 50% candidate (smaller candidates scale by √(p(100 − p)) / 50).
     *
     * @param localSd    τ: a constituency's own deviation from the London-wide swing
     * @param sharedSd   ω: the error shared by every constituency still to come
     * @param countingSd a running count's deviation from its final figure when half is counted
     * @param turnoutSd  the prior spread of London's log turnout ratio to the baseline
     * @param localTurnoutSd a constituency's own log turnout deviation
     * @param priorWidening  how much wider the pre-election forecast's London-wide spread is taken on the night
     */
    record Parameters(
            double localSd,
            double sharedSd,
            double countingSd,
            double turnoutSd,
            double localTurnoutSd,
            double priorWidening) {
        /**
         * Chosen on the replays of 2016 and 2021 (README, "Election night"): τ near the spread of constituency
         * swings about London's (3.6 to 4.8 points for Labour and the Conservatives, 2016 to 2021); ω and the
         * prior's widening so that 90% intervals hold about 90% after five declarations. The pre-election
         * forecast's London-wide spread is tripled: on the night a poll miss like 2021's (the lead overstated by
         * 11 points) must give way to the first declarations, and the declarations soon outweigh it anyway.
         */
        static Parameters withDefaults() {
            return new Parameters(4.5, 2.5, 2.0, 0.15, 0.06, 3.0);
        }
    }

    private LiveModels() {}

    record Built(LiveModel model, LiveSimulator.Context context) {}

    static Built build(LivePrior prior, List<Declaration> declarations, Parameters p) {
        int k = prior.k();
        int m = prior.m();
        double[] known = new double[m * k];
        boolean[] isKnown = new boolean[m * k];
        double[] counted = new double[m];
        double[] totalCounted = new double[m];
        double[] observed = new double[m * k];
        double[] obsVar = new double[m * k];
        Arrays.fill(observed, Double.NaN);
        double[] turnoutObs = new double[m];
        double[] turnoutVar = new double[m];
        Arrays.fill(turnoutObs, Double.NaN);
        double[] countedVotes = new double[m];
        double[] expectedVotes = new double[m];
        List<Map<String, Long>> transfers = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            transfers.add(new LinkedHashMap<>());
        }
        // A news report's total is estimated the same way in every constituency, so its error is shared, not
        // independent: the variance of each such share is multiplied by their number, so that n of them together
        // are no surer about it than one.
        long estimatedTotals =
                declarations.stream().filter(d -> !totalKnown(d, prior)).count();
        for (Declaration d : declarations) {
            int c = prior.constituencies().indexOf(d.constituency());
            counted[c] = d.counted();
            // Every candidate given, or an Others row beside every tracked candidate: all shares are exact. An
            // Others row beside only some: the total is exact and the rest share the remainder. The leading
            // candidates alone (a news report): their shares of an estimated total, what the prior expects the
            // rest to have.
            boolean others = d.votes().containsKey("other");
            boolean every = everyCandidate(d, prior);
            boolean tracked = true;
            for (int j = 0; j < k; j++) {
                tracked &= j == prior.other()
                        || d.votes().containsKey(prior.options().get(j));
            }
            boolean all = every || (others && tracked);
            boolean totalKnown = totalKnown(d, prior);
            for (Map.Entry<String, Long> e : d.votes().entrySet()) {
                int j = prior.option().get(e.getKey());
                known[c * k + j] += e.getValue();
                isKnown[c * k + j] = j != prior.other() || all;
            }
            if (prior.other() >= 0) {
                isKnown[c * k + prior.other()] = all;
                if (!all) {
                    // In the remainder, shared by the options not given; but the candidates it lumps that the
                    // declaration names are counted votes, a floor under Others there (Trafford 2017's source
                    // named every candidate but Morris: Others showed 0 counted where it gave them 8,253).
                    known[c * k + prior.other()] = namedInOthers(d, prior);
                }
            }
            double knownVotes = 0;
            double knownExpected = 0;
            double knownPrior = 0;
            double knownBaseline = 0;
            for (int j = 0; j < k; j++) {
                if (isKnown[c * k + j]) {
                    knownVotes += known[c * k + j];
                    knownExpected += expectedShare(prior, c, j);
                    knownPrior += prior.expected()[c * k + j] / 100;
                    knownBaseline += prior.baseline()[c * k + j] / 100;
                }
            }
            // How sure the estimated total is: 4% when the two guides agree on the named candidates' combined share,
            // plus half their disagreement (2021: the polls gave the top two 65%, 2016's result there 79%).
            double totalError =
                    Math.hypot(0.04, 0.5 * Math.abs(knownPrior - knownBaseline) / Math.max(knownExpected, 0.01));
            if (knownVotes <= 0) {
                continue;
            }
            // An estimated total is at least the votes given, the named minor candidates' included.
            double total = totalKnown ? d.total() : Math.max(knownVotes / knownExpected, d.total());
            totalCounted[c] = totalKnown ? d.total() : 0;
            double f = d.counted();
            countedVotes[c] = total;
            expectedVotes[c] = total / f;
            double partial = (1 - f) / f;
            for (int j = 0; j < k; j++) {
                if (!isKnown[c * k + j]) {
                    continue;
                }
                double y = 100 * known[c * k + j] / total;
                double scale = scale(prior.mean()[j]);
                observed[c * k + j] = y;
                obsVar[c * k + j] = (totalKnown ? 1e-6 : Math.pow(totalError * y, 2) * estimatedTotals)
                        + p.countingSd() * p.countingSd() * scale * scale * partial;
            }
            // One with no votes of its own at the baseline is measured against the mean constituency: that ratio is
            // its size, not a change in turnout.
            if (prior.ownBaseVotes()[c]) {
                turnoutObs[c] = Math.log(expectedVotes[c] / prior.baseVotes()[c]);
                turnoutVar[c] = localTurnoutSd(prior, p) * localTurnoutSd(prior, p)
                        + (totalKnown ? 0 : 0.05 * 0.05)
                        + 0.05 * 0.05 * partial;
            }
            transfers.get(c).putAll(d.transfers());
        }
        // London-wide turnout against the baseline: a normal prior, each declaration one noisy look at it.
        double prec = 0;
        double sum = 0;
        for (int c = 0; c < m; c++) {
            if (!Double.isNaN(turnoutObs[c])) {
                prec += 1 / turnoutVar[c];
                sum += turnoutObs[c] / turnoutVar[c];
            }
        }
        // With no votes by constituency, theta is the log of the mean constituency's votes, which the declarations
        // alone measure: a prior at 0 (one vote) pulled it down by a tenth once a constituency's size was allowed its
        // real spread. Before any declaration it is only a common unit, and every constituency weighs alike.
        if (prior.baseVotesKnown() || prec == 0) {
            prec += 1 / Math.pow(prior.baseVotesKnown() ? p.turnoutSd() : 3, 2);
        }
        double theta = sum / prec;
        double thetaSd = Math.sqrt(1 / prec);
        double[] mean = new double[k * m];
        double[] chol = new double[k * m * m];
        double[] pending = new double[m];
        for (int c = 0; c < m; c++) {
            pending[c] = 1 - counted[c];
        }
        double[] priorSd = priorSds(prior, p);
        for (int j = 0; j < k; j++) {
            double scale = scale(prior.mean()[j]);
            double[] e = new double[m];
            double[] obs = new double[m];
            double[] var = new double[m];
            for (int c = 0; c < m; c++) {
                e[c] = prior.expected()[c * k + j];
                obs[c] = observed[c * k + j];
                var[c] = obsVar[c * k + j];
            }
            double[] local = localSd(prior, p, j);
            for (int c = 0; c < m; c++) {
                local[c] *= scale;
            }
            double[][] post = SwingPosterior.posterior(
                    e, priorSd[j], local, prior.kernel(), obs, var, pending, p.sharedSd() * scale);
            System.arraycopy(post[0], 0, mean, j * m, m);
            System.arraycopy(Cholesky.factor(post[1], m), 0, chol, j * m * m, m * m);
        }
        double[] london = new double[k];
        double weight = 0;
        for (int c = 0; c < m; c++) {
            double v = expectedVotes[c] > 0 ? expectedVotes[c] : prior.baseVotes()[c] * Math.exp(theta);
            expectedVotes[c] = v;
            weight += v;
            for (int j = 0; j < k; j++) {
                london[j] += v * mean[j * m + c];
            }
        }
        int leader = -1;
        int runnerUp = -1;
        for (int j = 0; j < k; j++) {
            if (j == prior.other()) {
                continue;
            }
            if (leader < 0 || london[j] > london[leader]) {
                runnerUp = leader;
                leader = j;
            } else if (runnerUp < 0 || london[j] > london[runnerUp]) {
                runnerUp = j;
            }
        }
        List<String> notes = new ArrayList<>(prior.notes());
        notes.addAll(DeclaredTotals.warnings(declarations, prior));
        RunoffTransfers countedRunoff = DeclaredRunoff.of(prior, declarations, known, transfers, notes);
        LiveModel model = new LiveModel(
                prior.election().id(),
                prior.contest().id(),
                prior.contest().countRules(),
                prior.options(),
                prior.names(),
                prior.parties(),
                prior.other(),
                prior.constituencies(),
                mean,
                chol,
                known,
                isKnown,
                counted,
                totalCounted,
                prior.baseVotes(),
                theta,
                thetaSd,
                localTurnoutSd(prior, p),
                prior.transfers(),
                prior.concentration(),
                prior.swing(),
                countedRunoff,
                leader,
                runnerUp);
        int declared = 0;
        int partial = 0;
        double countedSum = 0;
        List<LiveForecast.Seat> seats = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            String status = counted[c] >= 1 ? "declared" : counted[c] > 0 ? "counting" : "to come";
            declared += counted[c] >= 1 ? 1 : 0;
            partial += counted[c] > 0 && counted[c] < 1 ? 1 : 0;
            countedSum += countedVotes[c];
            seats.add(new LiveForecast.Seat(prior.constituencies().get(c), status, counted[c], expectedVotes[c]));
        }
        notes.add(turnoutNote(prior, theta, thetaSd, localTurnoutSd(prior, p), declared + partial, m));
        return new Built(model, new LiveSimulator.Context(declared, partial, countedSum / weight, seats, notes));
    }

    /**
     * How many vote, as the declarations have it. With no votes by constituency at the baseline, theta is the log of
     * a constituency's votes, not a change on the baseline's.
     */
    private static String turnoutNote(
            LivePrior prior, double theta, double thetaSd, double localSd, int declared, int units) {
        boolean areas = prior.contest().hasOwnAreas();
        String one = areas ? "area" : "constituency";
        String from = Counted.of(declared, one, areas ? "areas" : "constituencies");
        if (prior.baseVotesKnown()) {
            return String.format(
                    Locale.ROOT,
                    "turnout: %s%% on the baseline election's (± %.1f%%), from %s declared or counting",
                    Tables.signed(100 * (Math.exp(theta) - 1), 1),
                    100 * thetaSd,
                    from);
        }
        if (declared == 0) {
            return "turnout: the baseline has no votes by " + one + ", so how many each casts is learned from the"
                    + " declarations, none yet";
        }
        if (declared == units) {
            return "turnout: the baseline has no votes by " + one + "; every " + one + " has declared or is counting";
        }
        // The ± is one area's: the mean area's uncertainty and how far an area's size strays from it. The mean's
        // alone (± 4% after County Durham's 95,767 and Sunderland's 63,607 in the North East's first election) read
        // as a claim about each area that the next five, 36,504 to 73,679, broke.
        return String.format(
                Locale.ROOT,
                "turnout: the baseline has no votes by %s; each still to declare is expected to cast about %,.0f valid"
                        + " votes (± %.0f%%, one %s's spread), from %s declared or counting",
                one,
                Math.exp(theta),
                100 * Math.hypot(thetaSd, localSd),
                one,
                from);
    }

    /**
     * A constituency's own log deviation from the whole area's turnout: with the baseline's votes there, the change in
     * its turnout ({@link Parameters#localTurnoutSd()}); with none, its size itself, unknown until it declares, which
     * strays from the mean far more. The log standard deviation of the valid votes cast: London's 14 constituencies,
     * drawn to like electorates, 0.11 (2016) and 0.12 (2021), from {@code london_mayor_constituency_results.csv}; a
     * combined authority's councils 0.31 (North East 2024's seven: County Durham 95,767 to South Tyneside 36,504) and
     * 0.48 (West Midlands 2024's seven boroughs' verified ballots, Birmingham 216,492 to Wolverhampton 54,806: Express
     * and Star, src/test/resources/westmidlands/README.md). With 0.06 for both, two declared areas set every other
     * area's size to within 4%.
     */
    static double localTurnoutSd(LivePrior prior, Parameters p) {
        if (prior.baseVotesKnown()) {
            return p.localTurnoutSd();
        }
        return prior.contest().hasOwnAreas() ? COUNCIL_SIZE_SD : CONSTITUENCY_SIZE_SD;
    }

    /** The log spread of London's constituencies' valid votes, 2016 and 2021 ({@link #localTurnoutSd}). */
    static final double CONSTITUENCY_SIZE_SD = 0.12;

    /** The log spread of a combined authority's councils' valid votes, between the North East's and the West Midlands'. */
    static final double COUNCIL_SIZE_SD = 0.4;

    /**
     * A constituency's own spread about the whole area's swing (points for a 50% option): τ, and where no
     * constituency's lean is known (no baseline by constituency, as for a place's first election), the spread of
     * leans too, {@value ConstituencyBaselines#LEAN_SPREAD_SD} points, in quadrature, as the pre-election forecast
     * gives a constituency imputed at the whole area's shares. With τ alone the first constituencies declared moved
     * the whole area by their leans (London 2021 replayed without 2016's results: 90% intervals held 64 to 84% of
     * the results).
     */
    static double[] localSd(LivePrior prior, Parameters p, int j) {
        int k = prior.options().size();
        double[] sd = new double[prior.constituencies().size()];
        for (int c = 0; c < sd.length; c++) {
            // Per constituency and option: one with no figures of its own beside others with them (the Scottish kit's
            // 58 of 73) read its declaration as the whole area's swing, and one Orkney result took the Liberal
            // Democrats' list vote from 5.6 to 19.5.
            sd[c] = Math.hypot(p.localSd(), prior.leanSpread()[c * k + j]);
        }
        return sd;
    }

    /** The root mean square of option j's {@link #localSd}: a typical constituency's own spread. */
    static double typicalLocalSd(LivePrior prior, Parameters p, int j) {
        double ss = 0;
        double[] sd = localSd(prior, p, j);
        for (double x : sd) {
            ss += x * x;
        }
        return sd.length == 0 ? p.localSd() : Math.sqrt(ss / sd.length);
    }

    /**
     * The prior's London-wide spread on the night: widened, but to no more than 8 points for a 50% candidate, so
     * that a prior that is already wide (no polls, years of drift) is not made absurd.
     */
    static double nightSd(double sd, double scale, Parameters p) {
        return Math.max(sd, Math.min(p.priorWidening() * sd, 8 * scale));
    }

    /**
     * Each option's London-wide prior spread on the night: {@link #nightSd}, but never narrower than the forecast's
     * own spread once the draw is made to sum to 100. The options are drawn one by one and each constituency's draw
     * is then moved onto the sum in proportion to each option's variance, which takes a share a_j of option j's
     * variance away (a_j its share of all the options' variance: about a third for a leader on 41% among five
     * parties). Where the spread was not widened (the widening is capped at 8 points for a 50% candidate, as for a
     * forecast two years out) the night started narrower than the forecast it says it starts from: 2028's Labour
     * candidate, 69% to win in the forecast, was 78% before any declaration. So the floor is the forecast's spread
     * over √(1 − a_j), a_j found by a few rounds of fixed-point iteration (at most doubling the spread).
     */
    static double[] priorSds(LivePrior prior, Parameters p) {
        double[] sd = prior.sd();
        double[] mean = prior.mean();
        int k = sd.length;
        double[] night = new double[k];
        double[] local = new double[k];
        for (int j = 0; j < k; j++) {
            double scale = scale(mean[j]);
            night[j] = nightSd(sd[j], scale, p);
            local[j] = Math.pow(typicalLocalSd(prior, p, j) * scale, 2) + Math.pow(p.sharedSd() * scale, 2);
        }
        double[] out = night.clone();
        for (int round = 0; round < 8; round++) {
            double all = 0;
            for (int j = 0; j < k; j++) {
                all += out[j] * out[j] + local[j];
            }
            for (int j = 0; j < k; j++) {
                double a = (out[j] * out[j] + local[j]) / all;
                out[j] = Math.max(night[j], Math.min(2 * sd[j], sd[j] / Math.sqrt(Math.max(1 - a, 0.25))));
            }
        }
        return out;
    }

    /**
     * Option j's expected share of constituency c's votes (a fraction), by which a declaration naming only the leading
     * options (a news report) is taken to be their share of an estimated total: half the prior's share, half the
     * baseline's, since polls measure the minor candidates (the rest of such a total) poorly, and the last election
     * there is as good a guide.
     */
    static double expectedShare(LivePrior prior, int c, int j) {
        int k = prior.k();
        return (prior.expected()[c * k + j] + prior.baseline()[c * k + j]) / 200;
    }

    /** How a candidate's errors scale with its share: 1 at 50%, about 0.44 at 5%. */
    static double scale(double share) {
        double p = Math.min(99, Math.max(1, share));
        return Math.sqrt(p * (100 - p)) / 50;
    }

    /**
     * The votes of the candidates a declaration names one by one that the forecast lumps into Others (not an Others
     * row, which may hold a tracked candidate the declaration leaves out): where the declaration does not name
     * everyone, Others there has at least these.
     */
    static long namedInOthers(Declaration d, LivePrior prior) {
        long sum = 0;
        for (Map.Entry<String, Long> e : d.votes().entrySet()) {
            Integer j = prior.option().get(e.getKey());
            if (!e.getKey().equals(Option.OTHER) && j != null && j == prior.other()) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static boolean everyCandidate(Declaration d, LivePrior prior) {
        return prior.contest().candidates().stream().allMatch(x -> d.votes().containsKey(x.id()));
    }

    /** A declaration's total is known when it gives every candidate, or an Others row for the rest. */
    private static boolean totalKnown(Declaration d, LivePrior prior) {
        return d.votes().containsKey("other") || everyCandidate(d, prior);
    }
}
