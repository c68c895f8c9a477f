package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
     * This forecast of a count in two rounds whose first round was drawn as counted, told as a second round of {@code
     * pair}'s two options alone (the pipeline's {@code CountedSecondRound}), over the draws in which the two are the
     * final pair: each one's chance is its chance of winning the pair's split, its share and histogram the pair's own.
     * The first round is counted, so the pair is a fact; the drift from the count to the second round, drawn on the
     * first round's shares, put a third candidate in the final two of a few draws (Costa Rica 2018: Piza, 5.6 points
     * behind the runner-up, in about 4 draws of 100), and over every draw the finalists' chances summed to 95.6%.
     * {@code notes} follow the pair's source note. The draws are this forecast's, so the figures are exactly its.
     */
    public MayorForecast asPairOf(ShareInput pair, List<String> more) {
        String a = pair.options().get(0);
        RunoffPair met = likeliestPair(a, pair.options().get(1));
        if (met == null) {
            return asPairOfEveryDraw(pair, more);
        }
        long[] firstSide = met.a().equals(a) ? topPairHist : mirrored(topPairHist);
        long together = 0;
        long aWins = 0;
        for (int bin = 0; bin < BINS; bin++) {
            together += firstSide[bin];
            aWins += bin >= BINS / 2 ? firstSide[bin] : 0;
        }
        double pA = (double) aWins / together;
        double se = Math.sqrt(pA * (1 - pA) / together);
        long[] first = new long[2 * BINS];
        System.arraycopy(firstSide, 0, first, 0, BINS);
        System.arraycopy(mirrored(firstSide), 0, first, BINS, BINS);
        List<CandidateForecast> two = new ArrayList<>(2);
        double[] chance = {pA, 1 - pA};
        for (int j = 0; j < 2; j++) {
            String id = pair.options().get(j);
            two.add(new CandidateForecast(
                    id,
                    pair.names().get(j),
                    pair.parties().get(j),
                    chance[j],
                    se,
                    0,
                    chance[j],
                    met.shareOf(id).orElseThrow(),
                    NO_SHARES));
        }
        // Under a thousandth of the draws left out moves no printed figure (win chances are printed to 0.1%):
        // "99,996 of 100,000 simulations" said nothing a reader could use.
        String said = (kept - together) * 1000L > kept
                ? String.format(
                        java.util.Locale.ROOT,
                        "the figures are those of the %,d simulations of %,d in which the two are the final pair:"
                                + " the first round is counted, but the drift drawn on its shares since the count put"
                                + " another candidate in the final two of the rest",
                        together,
                        kept)
                : null;
        return secondRound(pair, more, said, together, together, two, first);
    }

    /**
     * {@link #asPairOf} where the counted pair is not the likeliest final pair of the draws (a runner-up and a third a
     * hair apart in the count), whose split alone is kept: each finalist's chance over every draw, scaled so that the
     * two sum to 1, its share its final-round one against whoever it met.
     */
    private MayorForecast asPairOfEveryDraw(ShareInput pair, List<String> more) {
        int k = pair.size();
        long[] first = new long[k * BINS];
        List<CandidateForecast> found = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            String id = pair.options().get(j);
            System.arraycopy(runoffHist, input.index(id) * BINS, first, j * BINS, BINS);
            found.add(candidate(id));
        }
        double both = found.stream().mapToDouble(CandidateForecast::pWin).sum();
        List<CandidateForecast> two = new ArrayList<>(k);
        for (CandidateForecast c : found) {
            double p = both > 0 ? c.pWin() / both : Double.NaN;
            two.add(new CandidateForecast(
                    c.id(), c.name(), c.party(), p, Math.sqrt(p * (1 - p) / kept), 0, p, c.runoffShare(), NO_SHARES));
        }
        String said = String.format(
                java.util.Locale.ROOT,
                "the two won %.1f%% of the simulations between them, the drift drawn on the counted first round's"
                        + " shares putting another candidate in the final two of the rest: their chances are scaled to"
                        + " sum to 100",
                100 * both);
        return secondRound(pair, more, said, sims, kept, two, first);
    }

    /**
     * The second round of {@code pair} told from this forecast's draws: {@code two} its finalists' forecasts, {@code
     * first} their histograms, its notes the pair's source, {@code more}, and {@code said} where not null.
     */
    private MayorForecast secondRound(
            ShareInput pair,
            List<String> more,
            String said,
            long drawn,
            long held,
            List<CandidateForecast> two,
            long[] first) {
        List<String> notes = new ArrayList<>();
        notes.add(pair.source());
        notes.addAll(more);
        if (said != null) {
            notes.add(said);
        }
        return new MayorForecast(
                pair.election(),
                contest,
                org.pollcast.election.VotingSystem.FPTP.code(),
                pair,
                settings,
                drawn,
                held,
                generator,
                List.of(),
                two,
                List.of(),
                first,
                new long[two.size() * BINS],
                null,
                notes,
                true);
    }

    /** A pair's histogram of one side's share as the other side's: bin {@code i} is bin {@code BINS - 1 - i}. */
    private static long[] mirrored(long[] hist) {
        long[] out = new long[BINS];
        for (int bin = 0; bin < BINS; bin++) {
            out[BINS - 1 - bin] = hist[bin];
        }
        return out;
    }

    /**
     * {@code a}'s share of its and {@code b}'s votes in a second round between them: the pair's own split where they
     * are the likeliest final pair of the draws, else {@code a}'s final-round share against whoever it met.
     */
    public double secondRoundShare(String a, String b) {
        RunoffPair met = likeliestPair(a, b);
        return (met == null ? Optional.<ShareDistribution>empty() : met.shareOf(a))
                .map(ShareDistribution::mean)
                .orElseGet(() -> candidate(a).runoffShare().mean());
    }

    /** The likeliest final pair of the draws where it is {@code a} and {@code b} and its split was tallied; else null. */
    private RunoffPair likeliestPair(String a, String b) {
        return runoffPairs.isEmpty() || !runoffPairs.get(0).of(a, b) || topPairHist == null ? null : runoffPairs.get(0);
    }

    private CandidateForecast candidate(String id) {
        return candidates.stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " is not an option of " + election));
    }

    /** The shares of an option that is in no later round: none. */
    private static final ShareDistribution NO_SHARES =
            new ShareDistribution(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

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
