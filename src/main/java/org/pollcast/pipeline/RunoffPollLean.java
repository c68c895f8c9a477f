package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.Scope;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.report.Tables;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;

/**
 * What the polls' run-off questions say about second preferences, for a forecast with no counted second preferences of
 * its own series (the party-bloc prior): a first election, another place, a primary whose candidates all share a
 * party, where the prior cannot tell one candidate's voters' second choices from another's.
 *
 * <p>A survey that asks both rounds of a pair a, b gives the gap between a's run-off share and a's share of the two's
 * first preferences in the same survey: what the other candidates' voters add to a beyond a split in proportion. In
 * New York's 2025 primary the gap was +4 to +7 points for Mamdani (the other progressives' voters ranked him); in
 * London it averages −0.2 (the 40 surveys that asked both: docs/calibration.md). Every pair some survey asked counts,
 * not only the two leading the average: in New York's 2021 primary Emerson asked Adams v Garcia, Ipsos Adams v Yang,
 * two others Adams v Wiley. A survey published twice counts once ({@link RunoffPairGap}). Each pair's
 * surveys are weighted by recency with the average's half-life, and its gap is shrunk towards the prior's own gap for
 * that pair, by {@link #SHRINKAGE} surveys' worth at the prior's value.
 *
 * <p>The pairs' gaps then become one table ({@link CandidatePulls}): one pull a candidate on the log-odds scale, so
 * that every voter's choice between two paired candidates moves by the difference of their pulls (their exhausted
 * share and their choices of candidates no survey paired kept), fitted so that at the forecast's average first
 * preferences each pair's final round, counted as the contest counts (the Supplementary Vote's single transfer, or
 * instant-runoff's eliminations), comes out where its shrunk gap puts it. With one pair this is the one log-odds step
 * of before; pairs that form no cycle are all met exactly.
 *
 * @param pairs  the pairs whose surveys were used, the pair with the most first preferences first
 * @param pulls  each option's pull on the log-odds scale, about the paired candidates' mean (0 for the rest)
 * @param system the count the final rounds were taken by
 * @param table  the prior's table, pulled
 */
record RunoffPollLean(List<RunoffPairGap> pairs, List<Double> pulls, VotingSystem system, TransferTable table) {

    /**
     * Surveys' worth of the prior's own gap the polls' is shrunk with: one (model 2026.12-33; 2 before, the house
     * effects' default). A house effect is shrunk towards the other firms' measured consensus; this prior is a guess from
     * party labels, and counted as two surveys it outweighed the one survey that asked the pair (San Francisco 2024:
     * the Chronicle's final round, 7.1 points under the split for Breed, used as 2.4). One survey's worth made the
     * final-round error smaller in 16 of the 18 backtest forecasts it moved (London 2008 to 2021, New York 2025, San
     * Francisco 2024, Poland 2025 a week out; worse: London 2016 and Poland 2025 a day out; docs/calibration.md).
     */
    static final double SHRINKAGE = 1;

    RunoffPollLean {
        pairs = List.copyOf(pairs);
        pulls = List.copyOf(pulls);
    }

    /**
     * The lean from every pair of {@code input}'s candidates whose run-off some survey among {@code polls} asked (one
     * contest's polls, any date: those after {@code asOf} are left out), the final rounds counted by {@code system}
     * (two rounds: with {@code second}'s return of the other candidates' voters);
     * empty when no survey dated by then asked both rounds of any pair.
     */
    static Optional<RunoffPollLean> measure(
            List<Poll> polls,
            ShareInput input,
            TransferTable prior,
            LocalDate asOf,
            double halfLifeDays,
            VotingSystem system,
            RunoffSwing second) {
        double[] mean = input.mean();
        int other = input.options().indexOf("other");
        List<RunoffPairGap> measured = new ArrayList<>();
        RunoffPairGap.Listings listings = RunoffPairGap.Listings.of(polls, asOf);
        for (int[] pair : pairsAsked(polls, input, asOf)) {
            RunoffPairGap.measure(listings, input, prior, asOf, halfLifeDays, system, second, pair[0], pair[1])
                    .ifPresent(measured::add);
        }
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        List<CandidatePulls.Aim> aims = measured.stream()
                .map(p -> new CandidatePulls.Aim(
                        p.a(), p.b(), proportional(mean, p.a(), p.b()) + p.shrunk(), p.effective() + SHRINKAGE))
                .toList();
        double[] pull = CandidatePulls.fit(prior, mean, other, system, second, aims);
        boolean[] paired = new boolean[mean.length];
        measured.forEach(p -> {
            paired[p.a()] = true;
            paired[p.b()] = true;
        });
        TransferTable pulled = CandidatePulls.pulled(prior, paired, pull);
        List<RunoffPairGap> pairs = measured.stream()
                .map(p -> p.withFitted(CandidatePulls.finalShare(pulled, mean, p.a(), p.b(), other, system, second)
                        - proportional(mean, p.a(), p.b())))
                .toList();
        List<Double> pulls =
                Arrays.stream(CandidatePulls.centred(pull, aims)).boxed().toList();
        return Optional.of(new RunoffPollLean(pairs, pulls, system, pulled));
    }

    /**
     * The pairs of the input's candidates ({@code other} aside) some run-off poll dated by {@code asOf} gives, each
     * once, the one with the most first preferences between them first; within a pair the one with more first.
     */
    private static List<int[]> pairsAsked(List<Poll> polls, ShareInput input, LocalDate asOf) {
        double[] mean = input.mean();
        Map<String, int[]> pairs = new LinkedHashMap<>();
        for (Poll p : polls) {
            if (p.scope() != Scope.RUNOFF || !p.knownBy(asOf)) {
                continue;
            }
            List<Integer> named = new ArrayList<>();
            for (int j = 0; j < input.size(); j++) {
                if (!input.options().get(j).equals("other")
                        && p.shares().get(input.options().get(j)) != null) {
                    named.add(j);
                }
            }
            if (named.size() == 2) {
                int x = named.get(0);
                int y = named.get(1);
                int[] pair = mean[x] >= mean[y] ? new int[] {x, y} : new int[] {y, x};
                pairs.putIfAbsent(Math.min(x, y) + "," + Math.max(x, y), pair);
            }
        }
        List<int[]> out = new ArrayList<>(pairs.values());
        out.sort(Comparator.comparingDouble((int[] q) -> -(mean[q[0]] + mean[q[1]])));
        return out;
    }

    /** The note every output carries: what each pair's surveys said and what the forecast took from them. */
    String note(ShareInput input) {
        List<String> names = input.names();
        if (pairs.size() == 1) {
            RunoffPairGap p = pairs.get(0);
            return String.format(
                    Locale.ROOT,
                    "run-off polls: in %d %s asking both rounds, %s's run-off share against %s was %s points %s the"
                            + " two's first preferences split in proportion (recent surveys weigh more), where the"
                            + " prior's second preferences give %s; shrunk towards the prior, %s points, to which its"
                            + " second preferences between the two are tilted",
                    p.surveys(),
                    p.surveys() == 1 ? "survey" : "surveys",
                    names.get(p.a()),
                    names.get(p.b()),
                    String.format(Locale.ROOT, "%.1f", Math.abs(p.gap())),
                    p.gap() >= 0 ? "above" : "below",
                    Tables.signed(p.prior(), 1),
                    Tables.signed(p.shrunk(), 1));
        }
        List<String> each = new ArrayList<>();
        for (RunoffPairGap p : pairs) {
            String fit = Math.abs(p.fitted() - p.shrunk()) < 0.05
                    ? ""
                    : ", fitted " + Tables.signed(p.fitted(), 1)
                            + " (the pairs' gaps cannot all be met at once, or the second preferences allow no more)";
            each.add(String.format(
                    Locale.ROOT,
                    "%s v %s, %d %s: %s's run-off share %s points %s the split, prior %s, used %s%s",
                    names.get(p.a()),
                    names.get(p.b()),
                    p.surveys(),
                    p.surveys() == 1 ? "survey" : "surveys",
                    names.get(p.a()),
                    String.format(Locale.ROOT, "%.1f", Math.abs(p.gap())),
                    p.gap() >= 0 ? "above" : "below",
                    Tables.signed(p.prior(), 1),
                    Tables.signed(p.shrunk(), 1),
                    fit));
        }
        List<Integer> order = new ArrayList<>();
        for (RunoffPairGap p : pairs) {
            for (int j : new int[] {p.a(), p.b()}) {
                if (!order.contains(j)) {
                    order.add(j);
                }
            }
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -pulls.get(j)));
        List<String> pulled = order.stream()
                .map(j -> names.get(j) + " " + Tables.signed(pulls.get(j), 2))
                .toList();
        return "run-off polls: surveys asking both rounds of " + pairs.size() + " pairs, each pair's gap between its"
                + " leader's run-off share and the two's first preferences split in proportion weighted by recency"
                + " and shrunk towards the prior's by " + String.format(Locale.ROOT, "%.0f", SHRINKAGE)
                + (SHRINKAGE == 1 ? " survey's" : " surveys'") + " worth (" + String.join("; ", each)
                + "); the prior's second preferences among these "
                + order.size() + " are tilted by one log-odds pull each (" + String.join(", ", pulled)
                + "), fitted so that each pair's final round at the average first preferences, counted "
                + (system == VotingSystem.INSTANT_RUNOFF
                        ? "by instant-runoff's eliminations"
                        : system == VotingSystem.TWO_ROUND
                                ? "as a second round is, every other candidate's voters who come back choosing"
                                        + " between the two"
                                : "on single transfers")
                + ", lands on its gap"
                + (system == VotingSystem.TWO_ROUND ? "" : "; exhausted shares and choices of other candidates kept");
    }

    /**
     * {@code swing} with each surveyed pair's standard deviation narrowed as its gap's is by the surveys: the prior is
     * worth {@link #SHRINKAGE} surveys, so {@code √(SHRINKAGE / (SHRINKAGE + effective surveys))}.
     */
    RunoffSwing narrowed(RunoffSwing swing) {
        RunoffSwing out = swing;
        for (RunoffPairGap p : pairs) {
            out = out.narrowed(p.a(), p.b(), Math.sqrt(SHRINKAGE / (SHRINKAGE + p.effective())));
        }
        return out;
    }

    /**
     * What the note says of the final-round polls dated by {@code asOf} that were published without their survey's
     * first preferences (New York's primary: a poll of the last two alone): "" when there are none. Such a poll gives
     * no gap from its own first round, so the forecast takes nothing from it; before, it was left out without a word,
     * and a reader took the forecast's final round for one that had read it.
     */
    static String aloneNote(List<Poll> polls, LocalDate asOf) {
        List<Poll> alone = RunoffPairGap.Listings.of(polls, asOf).alone();
        if (alone.isEmpty()) {
            return "";
        }
        List<String> named =
                alone.stream().limit(3).map(p -> p.pollster() + " " + p.date()).toList();
        return "; " + alone.size() + (alone.size() == 1 ? " final-round poll" : " final-round polls")
                + " published without "
                + (alone.size() == 1 ? "its" : "their")
                + " survey's first preferences"
                // A survey's first choices reported for one of the pair only are as good as none (RunoffPairGap).
                + (alone.stream().allMatch(p -> firstsOmitted(polls, p)) ? "" : " of both finalists")
                + " left out (" + String.join(", ", named)
                + (alone.size() > 3 ? ", ..." : "")
                + "): a final round is read only against the same survey's first round";
    }

    /** True when no first-preference poll of {@code runoff}'s own listing (firm, date, client) was stored at all. */
    private static boolean firstsOmitted(List<Poll> polls, Poll runoff) {
        return polls.stream().noneMatch(p -> p.scope() == Scope.FIRST_PREF && RunoffPairGap.sameListing(p, runoff));
    }

    static double proportional(double[] mean, int a, int b) {
        return 100 * mean[a] / (mean[a] + mean[b]);
    }
}
