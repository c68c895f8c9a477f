package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.Counted;
import org.pollcast.election.VotingSystem;

/** Turns the merged tallies into the immutable forecast. */
final class ForecastBuilder {
    /** Fewer kept draws than this and a scenario's figures are mostly Monte Carlo noise. */
    static final long FEW_KEPT = 1_000;

    private ForecastBuilder() {}

    /** The pair's histogram of its {@code a}'s share of the two's votes, or null when its split was not tallied. */
    private static long[] splitOf(RunoffPair pair, ShareInput input, Tally t) {
        int k = input.size();
        int a = input.index(pair.a());
        int b = input.index(pair.b());
        int lo = Math.min(a, b);
        int row = t.row(lo, Math.max(a, b), k);
        if (row < 0) {
            return null;
        }
        long[] out = new long[Tally.BINS];
        for (int bin = 0; bin < Tally.BINS; bin++) {
            // The tally holds the lower index's share: a's share s is 100 − s, the bins mirrored.
            out[a == lo ? bin : Tally.BINS - 1 - bin] = t.pairHist[row * Tally.BINS + bin];
        }
        return out;
    }

    static MayorForecast build(
            String election,
            String contest,
            VotingSystem system,
            ShareInput input,
            SimulationSettings settings,
            Conditions conditions,
            Tally t,
            double[] firstPrefSums,
            String generator) {
        int k = input.size();
        double[] mean = firstPrefSums; // summed in block order: the same whatever the thread count
        long n = t.kept;
        List<CandidateForecast> candidates = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double p = n == 0 ? Double.NaN : (double) t.wins[j] / n;
            double se = n == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / n);
            double pRunoff = system != VotingSystem.FPTP && n > 0 ? (double) t.runoffs[j] / n : 0;
            double pFirst = n == 0 ? Double.NaN : (double) t.firstRoundWins[j] / n;
            // The first-preference mean is the exact sum (in block order), not the histogram's bin midpoints.
            ShareDistribution first = Tally.distribution(t.firstHist, j, n == 0 ? Double.NaN : mean[j] / n);
            ShareDistribution runoff = Tally.distribution(t.runoffHist, j);
            candidates.add(new CandidateForecast(
                    input.options().get(j),
                    input.names().get(j),
                    input.parties().get(j),
                    p,
                    se,
                    pRunoff,
                    pFirst,
                    first,
                    runoff));
        }
        List<RunoffPair> pairs = new ArrayList<>();
        for (int lo = 0; lo < k; lo++) {
            for (int hi = lo + 1; hi < k; hi++) {
                long c = t.pairs[lo * k + hi];
                if (c > 0) {
                    double p = (double) c / n;
                    boolean loLeads = input.mean()[lo] >= input.mean()[hi];
                    int row = t.row(lo, hi, k);
                    ShareDistribution loShare = row < 0 ? null : Tally.distribution(t.pairHist, row);
                    pairs.add(new RunoffPair(
                            input.options().get(loLeads ? lo : hi),
                            input.options().get(loLeads ? hi : lo),
                            p,
                            Math.sqrt(p * (1 - p) / n),
                            loShare == null || loLeads ? loShare : ShareDistribution.mirrored(loShare)));
                }
            }
        }
        pairs.sort(MayorSimulator.byProbability().thenComparing(RunoffPair::a).thenComparing(RunoffPair::b));
        List<String> notes = new ArrayList<>();
        notes.add(input.source());
        if (!conditions.isEmpty()) {
            notes.add("scenario: " + String.join(" and ", conditions.text()) + " held in "
                    + String.format(Locale.ROOT, "%,d", n) + " of "
                    + Counted.of(t.sims, "simulation", "simulations"));
        }
        if (n == 0) {
            notes.add("no simulation met the conditions: nothing to report");
        } else if (!conditions.isEmpty() && n < FEW_KEPT) {
            // A handful of draws reads as certainty (3 kept: "100.0% ± 0.00"): say how little the figures rest on.
            // The count is about the draws, not the scenario: 808 of 20,000 is a 4% scenario, which a pundit must
            // not hear called "near impossible" beside a 4.0% chance of winning; how likely it is, the share says.
            notes.add(String.format(
                    Locale.ROOT,
                    "only %s met the conditions (%.3f%% of them), so the figures above rest on %s %s alone"
                            + " (a 100%% or a ± of 0 among so few is not certainty; run more with --sims)",
                    Counted.of(n, "simulation", "simulations"),
                    100.0 * n / t.sims,
                    Counted.word(n, "that", "those"),
                    Counted.of(n, "draw", "draws")));
        }
        double worstSe = candidates.stream()
                .mapToDouble(CandidateForecast::pWinSe)
                .filter(Double::isFinite)
                .max()
                .orElse(0);
        if (settings.targetSe() > 0 && n > 0 && worstSe >= settings.targetSe()) {
            // The limit keeps a run bounded (a target of 1e-7 wants trillions of draws); the user must hear that the
            // figures are less sure than asked, not read the ± as the target met.
            notes.add(String.format(
                    Locale.ROOT,
                    "the target standard error of %s was not reached: stopped after %,d simulations at the limit"
                            + " of %,d, the largest standard error being %.5f",
                    settings.targetSe(),
                    t.sims,
                    settings.maxSims(),
                    worstSe));
        }
        return new MayorForecast(
                election,
                contest,
                system.code(),
                input,
                settings,
                t.sims,
                n,
                generator,
                conditions.text(),
                candidates,
                pairs,
                t.firstHist.clone(),
                t.runoffHist.clone(),
                pairs.isEmpty() ? null : splitOf(pairs.get(0), input, t),
                notes,
                false);
    }
}
