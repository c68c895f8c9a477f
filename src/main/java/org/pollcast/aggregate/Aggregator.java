package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.PollingBlackout;

/**
 * The aggregator's entry point: the polls of one contest and scope, dated on or before the as-of date,
 * become a {@link PollAverage}. Degenerate input gets a clear message or a note, never a NaN.
 */
public final class Aggregator {
    private Aggregator() {}

    /**
     * @param pollsterWeights pollster factor of the weight (missing pollsters: 1)
     * @param sampleHints     each pollster's median stated sample size, for imputing missing ones
     */
    public static PollAverage average(
            Election election,
            Contest contest,
            Scope scope,
            List<Poll> polls,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Double> pollsterWeights,
            Map<String, Integer> sampleHints) {
        return average(election, contest, scope, polls, asOf, settings, pollsterWeights, sampleHints, Set.of());
    }

    /**
     * As above, told which options are new since the baseline election ({@code newSinceBaseline}: parties that did not
     * stand then, such as South Africa's MK in 2024), whose support a poll taken before any poll named them did not
     * hold in its "others" where those "others" are too small to ({@link WeightedAverage}).
     */
    public static PollAverage average(
            Election election,
            Contest contest,
            Scope scope,
            List<Poll> polls,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Double> pollsterWeights,
            Map<String, Integer> sampleHints,
            Set<String> newSinceBaseline) {
        List<String> twice = new ArrayList<>();
        List<String> ledByWithdrawn = new ArrayList<>();
        Chosen chosen = choose(contest, scope, polls, asOf, twice, ledByWithdrawn);
        List<Poll> dated = chosen.dated();
        List<Poll> used = chosen.used();
        Set<PollKey> overlapping = chosen.overlapping();
        if (used.isEmpty() && !dated.isEmpty()) {
            throw new BadInputException(election.id() + ": every " + contest.id() + " " + scope + " poll dated on or"
                    + " before " + asOf + " (" + dated.size() + ") was left out: "
                    + String.join("; ", ledByWithdrawn));
        }
        if (used.isEmpty()) {
            String later = firstNotKnownBy(polls, contest.id(), scope, asOf);
            // The contest's polls of other scopes: an Assembly's polls are of the constituency or the list ballot,
            // and the request's scope (unspecified, when none was given) may be neither.
            SortedMap<String, Integer> others = new TreeMap<>();
            polls.stream()
                    .filter(p -> p.contest().equals(contest.id()) && p.scope() != scope && p.knownBy(asOf))
                    .forEach(p -> others.merge(p.scope().code(), 1, Integer::sum));
            String elsewhere = others.isEmpty()
                    ? ""
                    : "; it has " + contest.id() + " polls of "
                            + String.join(
                                    ", ",
                                    others.entrySet().stream()
                                            .map(en -> en.getKey() + " (" + en.getValue() + ")")
                                            .toList())
                            + ": pass --scope " + others.firstKey();
            throw new BadInputException(election.id() + ": no " + contest.id() + " " + scope
                    + " polls dated on or before " + asOf + later + elsewhere);
        }
        PollPanel panel = PollPanel.of(contest, used, sampleHints, settings.defaultSampleSize(), newSinceBaseline);
        if (panel.optionCount() == 0) {
            throw new BadInputException(election.id() + ": the " + contest.id() + " " + scope
                    + " polls report only 'other'; nothing to average");
        }
        List<String> notes = new ArrayList<>(panel.notes);
        notes.addAll(ledByWithdrawn);
        notes.addAll(twice);
        // Said, or a reader of `polls` counts polls the average left out without a word (review).
        List<String> unpublished = polls.stream()
                .filter(p -> p.contest().equals(contest.id())
                        && p.scope() == scope
                        && !p.date().isAfter(asOf)
                        && !p.knownBy(asOf)
                        && !p.heldBack())
                .map(p -> p.publishedAs() + " (" + p.whenKnown() + ")")
                .distinct()
                .toList();
        PollingBlackout.heldBackNote(election, polls, contest.id(), scope, asOf).ifPresent(notes::add);
        if (!unpublished.isEmpty()) {
            notes.add(unpublished.size() + (unpublished.size() == 1 ? " poll" : " polls") + " taken by " + asOf
                    + " but published after it "
                    + (unpublished.size() == 1 ? "is" : "are") + " not counted: " + String.join(", ", unpublished));
        }
        double[] quality = new double[panel.pollsters.length];
        double[] base = new double[panel.polls];
        for (int h = 0; h < quality.length; h++) {
            quality[h] = pollsterWeights.getOrDefault(panel.pollsters[h], 1.0);
        }
        for (int i = 0; i < panel.polls; i++) {
            base[i] = WeightedAverage.sizeWeight(panel.sample[i], settings) * quality[panel.pollster[i]];
        }
        int asOfDay = (int) asOf.toEpochDay();
        DenseHalfLife.Chosen dense = DenseHalfLife.of(panel, asOfDay, quality, settings);
        if (dense.halfLife() < settings.halfLifeDays()) {
            notes.add(String.format(
                    Locale.ROOT,
                    "dense polls: %.1f effective polls at a %.3g-day half-life, so the half-life is %.1f days, which"
                            + " averages %.1f (older polls only make the average lag a moving race)",
                    dense.before(),
                    settings.halfLifeDays(),
                    dense.halfLife(),
                    dense.after()));
            settings = settings.withHalfLifeDays(dense.halfLife());
        }
        HouseEffectModel.Fit fit = null;
        List<HouseEffect> effects = List.of();
        if (panel.pollsters.length > 1) {
            fit = HouseEffectModel.fit(panel, base, settings);
            if (!fit.converged()) {
                notes.add("house effects did not converge in " + settings.maxIterations() + " iterations");
            }
        } else {
            notes.add("one pollster only (" + panel.pollsters[0] + "): house effects are relative to other pollsters "
                    + "and cannot be estimated; the average is unadjusted");
        }
        double[] adjust = null;
        if (fit != null && settings.adjustHouseEffects()) {
            adjust = new double[panel.optionCount() * panel.polls];
            for (int j = 0; j < panel.optionCount(); j++) {
                for (int i = 0; i < panel.polls; i++) {
                    double d = fit.effect()[panel.pollster[i] * panel.optionCount() + j];
                    adjust[j * panel.polls + i] = Double.isNaN(d) ? 0 : d;
                }
            }
        }
        double[] w = WeightedAverage.weights(panel, asOfDay, quality, settings);
        List<ShareEstimate> shares = WeightedAverage.shares(panel, w, adjust);
        Trend trend = null;
        if (settings.method() == AverageMethod.KALMAN) {
            trend = KalmanTrend.of(panel, asOfDay, w, adjust, settings);
            shares = KalmanTrend.sharesAtEnd(panel, trend, shares);
        }
        if (fit != null) {
            effects = houseEffects(panel, fit, shares);
            List<String> samplingOnly = new ArrayList<>();
            for (int j = 0; j < panel.optionCount(); j++) {
                int option = j;
                if (fit.samplingOnly()[j]
                        && effects.stream().anyMatch(e -> e.option().equals(panel.options[option]))) {
                    samplingOnly.add(panel.options[j]);
                }
            }
            if (!samplingOnly.isEmpty()) {
                notes.add("house effects on " + String.join(", ", samplingOnly)
                        + " rest on one poll per pollster, or on polls that agree to the point: no spread between"
                        + " polls is left to measure, so their"
                        + " intervals count sampling error only (the lead's count the firms' disagreement on the lead"
                        + " where that is larger)");
            }
        }
        return new PollAverage(
                election.id(),
                contest.id(),
                scope.code(),
                asOf,
                settings,
                shares,
                effects,
                panel.polls,
                panel.pollsters.length,
                WeightedAverage.effectiveFirms(panel, w),
                notes,
                trend,
                overlapping);
    }

    /**
     * The polls of {@code contest}'s {@code scope} known by {@code asOf}, one poll each ({@code dated}), and those the
     * average is made of ({@code used}): less the polls a withdrawn candidate led, those a stopped campaign's later
     * polls supersede, and a rolling tracker's releases a newer one holds ({@code overlapping}).
     */
    private record Chosen(List<Poll> dated, List<Poll> used, Set<PollKey> overlapping) {}

    private static Chosen choose(
            Contest contest, Scope scope, List<Poll> polls, LocalDate asOf, List<String> twice, List<String> leftOut) {
        // One poll is one poll: a key seen twice (the same poll listed again) counts once.
        Map<PollKey, Poll> unique = new LinkedHashMap<>();
        polls.stream()
                .filter(p -> p.contest().equals(contest.id()) && p.scope() == scope && p.knownBy(asOf))
                .forEach(p -> unique.putIfAbsent(p.key(), p));
        List<Poll> dated = SamePoll.collapse(
                unique.values().stream()
                        .sorted(Comparator.comparing(Poll::date))
                        .toList(),
                twice);
        List<Poll> used = WithdrawnLeaders.leaveOut(contest, dated, leftOut);
        used = StoppedCampaigns.leaveOut(contest, scope, used, asOf, leftOut);
        List<Poll> beforeReleases = used;
        used = RollingReleases.leaveOut(used, leftOut);
        Set<PollKey> overlapping = new HashSet<>();
        beforeReleases.forEach(p -> overlapping.add(p.key()));
        used.forEach(p -> overlapping.remove(p.key()));
        return new Chosen(dated, used, overlapping);
    }

    /**
     * The polls an average of {@code contest}'s {@code scope} as of {@code asOf} is made of, chosen as {@link #average}
     * chooses them: the one answer for whoever counts them (the backtest's polls column, the race table's "polls by
     * then"), which had each rebuilt the chain and missed a step (a tracker's releases, a poll printed twice).
     */
    public static List<Poll> used(Contest contest, Scope scope, List<Poll> polls, LocalDate asOf) {
        return choose(contest, scope, polls, asOf, new ArrayList<>(), new ArrayList<>())
                .used();
    }

    /**
     * Each pollster's median stated sample size: what a poll of theirs that states none is assumed to have
     * had (the {@code sampleHints} of {@link #average}).
     */
    public static Map<String, Integer> medianSampleSizes(Map<String, List<Integer>> stated) {
        Map<String, Integer> out = new LinkedHashMap<>();
        stated.forEach((pollster, sizes) -> {
            if (!sizes.isEmpty()) {
                out.put(pollster, PollPanel.median(sizes));
            }
        });
        return out;
    }

    private static List<HouseEffect> houseEffects(PollPanel p, HouseEffectModel.Fit fit, List<ShareEstimate> shares) {
        List<HouseEffect> out = new ArrayList<>();
        int options = p.optionCount();
        for (int j = 0; j < options; j++) {
            int reporting = 0;
            for (int h = 0; h < p.pollsters.length; h++) {
                reporting += fit.count()[h * options + j] > 0 ? 1 : 0;
            }
            if (reporting < 2) {
                continue; // an option only one pollster reports has no house effect to identify
            }
            for (int h = 0; h < p.pollsters.length; h++) {
                int k = h * options + j;
                if (fit.count()[k] > 0) {
                    out.add(new HouseEffect(
                            p.pollsters[h], p.options[j], "average", fit.effect()[k], fit.se()[k], fit.count()[k]));
                }
            }
        }
        // The lead of the two leading options: what pollsters and readers argue about.
        List<String> top = shares.stream()
                .filter(e -> !e.option().equals("other"))
                .sorted(Comparator.comparingDouble(ShareEstimate::share).reversed())
                .limit(2)
                .map(ShareEstimate::option)
                .toList();
        if (top.size() == 2) {
            out.addAll(LeadEffects.of(p, fit, indexOf(p, top.get(0)), indexOf(p, top.get(1))));
        }
        return out;
    }

    private static int indexOf(PollPanel p, String option) {
        for (int j = 0; j < p.optionCount(); j++) {
            if (p.options[j].equals(option)) {
                return j;
            }
        }
        throw new IllegalStateException("no option " + option);
    }

    /**
     * House effects relative to the official result: the pollster's expected reading on the as-of date minus
     * the result, {@code d_hj + (average_j − result_j)}; for leads, the same on the difference.
     */
    public static List<HouseEffect> relativeToResult(PollAverage average, ContestResult result) {
        if (!result.complete()) {
            throw new BadInputException(
                    result.election() + ": the " + result.contest() + " result is incomplete (no count for "
                            + String.join(", ", result.missing()) + "); house effects against it cannot be computed");
        }
        Map<String, Double> actual = result.shares();
        List<HouseEffect> out = new ArrayList<>();
        for (HouseEffect e : average.houseEffects()) {
            // An option the result has no count of (a list file's party counted among its others: Germany's Freie
            // Wähler in 2025) has no error to measure; read as 0%, every firm's FW figure was its error.
            if (e.option().startsWith("lead:")) {
                String[] pair = e.option().substring(5).split(">", 2);
                if (!actual.containsKey(pair[0]) || !actual.containsKey(pair[1])) {
                    continue;
                }
                ShareEstimate a = average.share(pair[0]).orElseThrow();
                ShareEstimate b = average.share(pair[1]).orElseThrow();
                double error = (a.share() - b.share()) - (actual.get(pair[0]) - actual.get(pair[1]));
                out.add(new HouseEffect(
                        e.pollster(),
                        e.option(),
                        "result",
                        e.estimate() + error,
                        Math.sqrt(e.se() * e.se() + a.se() * a.se() + b.se() * b.se()),
                        e.polls()));
            } else if (actual.containsKey(e.option())) {
                ShareEstimate a = average.share(e.option()).orElseThrow();
                double error = a.share() - actual.get(e.option());
                out.add(new HouseEffect(
                        e.pollster(),
                        e.option(),
                        "result",
                        e.estimate() + error,
                        Math.sqrt(e.se() * e.se() + a.se() * a.se()),
                        e.polls()));
            }
        }
        return out;
    }

    /**
     * " (the first is dated 2025-04-21)", naming the first poll of {@code contest} and {@code scope} not public by
     * {@code asOf} ({@link Poll#whenKnown}), or "" with none: for a refusal to average or forecast before any poll.
     */
    public static String firstNotKnownBy(List<Poll> polls, String contest, Scope scope, LocalDate asOf) {
        return polls.stream()
                .filter(p -> p.contest().equals(contest) && p.scope() == scope && !p.knownBy(asOf))
                .min(Comparator.comparing(Poll::knownFrom))
                .map(p -> " (the first is " + p.whenKnown() + ")")
                .orElse("");
    }
}
