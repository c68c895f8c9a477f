package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pollcast.election.Option;

/**
 * A single-winner contest's forecast.
 *
 * @param sims      simulations drawn
 * @param kept      simulations meeting the scenario's conditions (all, without conditions)
 * @param generator the random generator and how block streams are seeded
 * @param firstHist first-preference histograms, option-major, {@link #BINS} 0.1-point bins each (for charts)
 * @param topPairHist the likeliest final pair's split: its {@code a}'s share of the two's votes when they met, in
 *     {@link #BINS} bins; null when there is no pair or its split was not tallied ({@link RunoffPair#aShare})
 * @param secondRoundOnly whether this is a two-round election's second round, forecast on its own between the rounds
 */
public record MayorForecast(
        String election,
        String contest,
        String system,
        ShareInput input,
        SimulationSettings settings,
        long sims,
        long kept,
        String generator,
        List<String> conditions,
        List<CandidateForecast> candidates,
        List<RunoffPair> runoffPairs,
        long[] firstHist,
        long[] runoffHist,
        long[] topPairHist,
        List<String> notes,
        boolean secondRoundOnly) {

    public static final int BINS = Tally.BINS;

    public MayorForecast {
        conditions = List.copyOf(conditions);
        candidates = List.copyOf(candidates);
        runoffPairs = List.copyOf(runoffPairs);
        notes = List.copyOf(notes);
    }

    /**
     * This forecast with {@code said} as the first thing its source note says (a two-round election's second round:
     * that the first round is counted), as {@link ShareInput#withSourceFirst} puts it before a simulation.
     */
    public MayorForecast withSourceFirst(String said) {
        List<String> renoted = new ArrayList<>(notes);
        if (!renoted.isEmpty() && renoted.get(0).equals(input.source())) {
            renoted.set(0, input.withSourceFirst(said).source()); // the source note, as the builder wrote it
        }
        return with(input.withSourceFirst(said), renoted, secondRoundOnly);
    }

    /**
     * What its source note says first of a two-round election's second round forecast on its own, between the rounds
     * (the pipeline's {@code SecondRound}): its contest is then the two finalists, counted by the most votes.
     */
    public static final String SECOND_ROUND = "second round of ";

    /**
     * This forecast as a two-round election's second round, forecast on its own between the rounds, {@code said} first in
     * its source note (that the first round is counted). Marked, not told from the note's words: a note put before it
     * later would have made it a first round again.
     */
    public MayorForecast asSecondRound(String said) {
        MayorForecast noted = withSourceFirst(said);
        return with(noted.input(), noted.notes(), true);
    }

    /**
     * The candidates a table lists, the likeliest winner first (then by expected share; "Others" last): every one,
     * "Others" included, but in a second round forecast on its own, where only the two finalists stand and "Others"
     * (nobody) printed 0% beside them, and where "Others" holds nothing ({@link #nothing}). In the definition's order, Greater Manchester 2024's winner on 99% was listed
     * fourth, under three candidates the polls had named.
     */
    public List<CandidateForecast> listed() {
        return candidates.stream()
                .filter(c -> !c.id().equals(Option.OTHER) || !(secondRoundOnly() || nothing(c)))
                .sorted(BY_CHANCE)
                .toList();
    }

    /**
     * Whether "Others" holds nothing worth a row: under 0.15% on average (the draws' floor is 0.05) and under half a
     * point in 19 draws of 20, no
     * chance of winning (a referendum's Yes and No are the whole ballot, and "Others 0.0 (0.0–0.2)" beside them read as
     * a third answer).
     */
    private static boolean nothing(CandidateForecast c) {
        return c.firstPref().mean() < 0.15 && c.firstPref().p95() < 0.5 && c.pWin() == 0;
    }

    private static final Comparator<CandidateForecast> BY_CHANCE = byChance(
            CandidateForecast::id, CandidateForecast::pWin, c -> c.firstPref().mean());

    /**
     * Likeliest winner first, then the larger expected share; "Others", no candidate, last: the order of the
     * forecast's tables and of the night's ({@link LiveForecast#listed}), one rule for both.
     */
    static <T> Comparator<T> byChance(
            java.util.function.Function<T, String> id,
            java.util.function.ToDoubleFunction<T> pWin,
            java.util.function.ToDoubleFunction<T> share) {
        return Comparator.<T>comparingInt(c -> id.apply(c).equals(Option.OTHER) ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(pWin).reversed())
                .thenComparing(Comparator.comparingDouble(share).reversed());
    }

    /**
     * Whether this is a second round forecast from its first round's count alone, no poll of the pair being in yet
     * ({@link #asPairOf}): nothing polled stands behind it, and no what-if can move it.
     */
    public boolean fromTheCount() {
        return secondRoundOnly && !input.fromPolls();
    }

    /**
     * The mean of {@code id}'s share of the final two's votes over the draws that put it in the final two (NaN when
     * none did).
     */
    public double runoffMean(String id) {
        return candidates.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.runoffShare().mean())
                .orElse(Double.NaN);
    }

    /**
     * This forecast of a count in two rounds whose first round was drawn as counted, told as a second round of {@code
     * pair}'s two options alone (the pipeline's {@code CountedSecondRound}): each one's share of the second round is its
     * share of the final two here, its chance its chance here, its histogram its final-round one. {@code notes} follow
     * the pair's source note. The draws are this forecast's, so the figures are exactly its.
     */
    public MayorForecast asPairOf(ShareInput pair, List<String> more) {
        int k = pair.size();
        long[] first = new long[k * BINS];
        List<CandidateForecast> two = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            String id = pair.options().get(j);
            int from = input.index(id);
            CandidateForecast c = candidates.stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(id + " is not an option of " + election));
            System.arraycopy(runoffHist, from * BINS, first, j * BINS, BINS);
            two.add(new CandidateForecast(
                    id,
                    c.name(),
                    c.party(),
                    c.pWin(),
                    c.pWinSe(),
                    0,
                    c.pWin(),
                    c.runoffShare(),
                    new ShareDistribution(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)));
        }
        List<String> said = new ArrayList<>();
        said.add(pair.source());
        said.addAll(more);
        return new MayorForecast(
                pair.election(),
                contest,
                org.pollcast.election.VotingSystem.FPTP.code(),
                pair,
                settings,
                sims,
                kept,
                generator,
                List.of(),
                two,
                List.of(),
                first,
                new long[k * BINS],
                null,
                said,
                true);
    }

    /** This forecast with {@code more} appended to its notes (what the caller chose, e.g. the transfer table). */
    public MayorForecast withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return with(input, all, secondRoundOnly);
    }

    /** This forecast with another input and notes, every figure the same. */
    private MayorForecast with(ShareInput otherInput, List<String> otherNotes, boolean secondRound) {
        return new MayorForecast(
                election,
                contest,
                system,
                otherInput,
                settings,
                sims,
                kept,
                generator,
                conditions,
                candidates,
                runoffPairs,
                firstHist,
                runoffHist,
                topPairHist,
                otherNotes,
                secondRound);
    }
}
