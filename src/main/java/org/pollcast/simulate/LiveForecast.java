package org.pollcast.simulate;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The election-night forecast ({@code pollcast live}): the same field names as the pre-election forecast's
 * candidates, with percentile bands, chances in words and how much of the expected vote is counted.
 *
 * @param counted       share (0–1) of the expected valid votes counted so far
 * @param runoffCounted true when every constituency declared its second preferences: the run-off is counted
 * @param firstRoundCounted true when every constituency is declared in full: the first preferences, and so who
 *                      reaches a run-off, are counted
 * @param decided       true when the declared figures alone decide the winner ({@link DecidedByCount}): only then
 *                      is a chance "certain" or "none"; before, {@code pWin} 1 means every simulation, not the count
 * @param decide        the constituencies still to come whose result moves the leader's chance most
 * @param assembly      the Assembly with the declared constituency seats fixed, or null when no Assembly
 *                      declarations were given (the Mayor only)
 */
public record LiveForecast(
        String election,
        String contest,
        String system,
        long sims,
        long seed,
        String generator,
        int declared,
        int partial,
        int constituencies,
        double counted,
        boolean runoffCounted,
        boolean firstRoundCounted,
        boolean decided,
        List<Candidate> candidates,
        List<RunoffPair> runoffPairs,
        List<Decider> decide,
        List<Seat> constituencyStatus,
        List<String> notes,
        Assembly assembly) {

    public LiveForecast {
        candidates = List.copyOf(candidates);
        runoffPairs = List.copyOf(runoffPairs);
        decide = List.copyOf(decide);
        constituencyStatus = List.copyOf(constituencyStatus);
        notes = List.copyOf(notes);
    }

    /**
     * The Assembly on the night: {@code forecast} as {@code forecast} gives it (seats with the declared
     * constituencies' winners fixed in every simulation), and the declared constituencies.
     */
    public record Assembly(AssemblyForecast forecast, List<DeclaredSeat> declared) {
        public Assembly {
            declared = List.copyOf(declared);
        }
    }

    /**
     * A declared Assembly constituency: the winner's party id and row as declared, its votes and share, and its
     * majority over the runner-up in points.
     */
    public record DeclaredSeat(
            String constituency, String party, String winner, long votes, double share, double majority) {}

    /** The candidate (or party) {@code id}, when the night projects it. */
    public Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The candidates as a table lists them, the likeliest winner first, then by projected share, "Others" last (as the
     * forecast's tables list them, {@link MayorForecast#listed}).
     */
    public List<Candidate> listed() {
        return candidates.stream()
                .sorted(MayorForecast.byChance(
                        Candidate::id, Candidate::pWin, c -> c.firstPref().mean()))
                .toList();
    }

    /**
     * One option: {@code chance} is {@code pWin} in words ("9 in 10"); {@code votesCounted} its declared votes so
     * far, {@code votes} the projected London total (mean of the simulations; exact once all are declared),
     * {@code runoffVotes} its mean final-round votes when it reaches the run-off (exact when the run-off is counted).
     */
    public record Candidate(
            String id,
            String name,
            String party,
            double pWin,
            double pWinSe,
            String chance,
            double pRunoff,
            double pFirstRoundWin,
            ShareDistribution firstPref,
            ShareDistribution runoffShare,
            long votesCounted,
            double votes,
            double runoffVotes) {}

    /** A constituency still to come and the correlation of its leader-minus-runner-up margin with who wins. */
    public record Decider(String constituency, double correlation) {}

    /**
     * A constituency's state: {@code declared}, {@code counting} (with {@code counted} below 1) or {@code to come};
     * {@code leader} the option ahead there in most simulations ("others" lumped together never count as a
     * leader), {@code pLead} how often, and {@code share} each option's mean share there (percent). For a declared
     * constituency these are its figures (a news report's estimated total aside).
     */
    public record Seat(
            String constituency,
            String status,
            double counted,
            double expectedVotes,
            String leader,
            double pLead,
            Map<String, Double> share) {
        public Seat {
            share = Collections.unmodifiableMap(new LinkedHashMap<>(share));
        }

        /** The state before the simulation says who leads there. */
        public Seat(String constituency, String status, double counted, double expectedVotes) {
            this(constituency, status, counted, expectedVotes, null, 0, Map.of());
        }
    }

    /**
     * The counted run-off's two finalists, most final-round votes first, once {@link #runoffCounted()}; empty before.
     * Their {@code runoffVotes} are then the count's, where the run-off share's percentiles are binned simulations.
     */
    public List<Candidate> countedFinalists() {
        if (!runoffCounted) {
            return List.of();
        }
        return candidates.stream()
                .filter(c -> c.pRunoff() > 0.5 && c.runoffVotes() > 0)
                .sorted(Comparator.comparingDouble(Candidate::runoffVotes).reversed())
                .limit(2)
                .toList();
    }

    /**
     * Two counted shares of the pair {@code a} and {@code b} (votes), to one place, that add to 100: the larger is
     * rounded, the other is what is left, so a 55.23–44.77 count does not print as 55.3 and 44.8.
     */
    public static double[] pairShares(double a, double b) {
        double first = Math.round(1000 * Math.max(a, b) / (a + b)) / 10.0;
        double second = Math.round(10 * (100 - first)) / 10.0;
        return a >= b ? new double[] {first, second} : new double[] {second, first};
    }

    /**
     * {@code p} in words as {@link #chance(double)}, except that until the count has {@code decided} the race no
     * chance is "certain" or "none": every simulation agreeing is a model's verdict on what is still to count.
     */
    public static String chance(double p, boolean decided) {
        if (!decided && p >= 1) {
            return "more than 99 in 100";
        }
        if (!decided && p <= 0) {
            return "less than 1 in 100";
        }
        return chance(p);
    }

    /** A probability in words a reader takes in at once: "9 in 10", "1 in 20", "less than 1 in 100". */
    public static String chance(double p) {
        if (!(p >= 0 && p <= 1)) {
            return "";
        }
        if (p == 0) {
            return "none";
        }
        if (p == 1) {
            return "certain";
        }
        if (p < 0.005) {
            return "less than 1 in 100";
        }
        if (p > 0.995) {
            return "more than 99 in 100";
        }
        if (p >= 0.095 && p <= 0.905) {
            return Math.round(p * 10) + " in 10";
        }
        if (p < 0.095) {
            long in = Math.round(1 / p);
            return in <= 20 ? "1 in " + in : Math.round(p * 100) + " in 100";
        }
        return Math.round(p * 100) + " in 100";
    }
}
