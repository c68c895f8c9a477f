package org.pollcast.election;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official first-preference (or list) votes of one contest, by option id.
 *
 * @param complete true when every option of the definition has a count, so shares are of the real total;
 *                 false when some count is missing (then shares would be wrong and are not offered)
 * @param missing  the options with no count, when incomplete
 * @param sources  the source keys of the numbers (see data/results/SOURCES.md)
 * @param lumped   candidates of the definition with no count of their own whose votes are in the result's "Others"
 *                 line (an infobox's count naming the leading candidates and "Others" for the rest): the result is
 *                 complete, its shares of the real total, but these candidates' shares are inside {@code other}
 */
public record ContestResult(
        String election,
        String contest,
        Map<String, Long> votes,
        boolean complete,
        List<String> missing,
        List<String> sources,
        List<String> lumped) {

    public ContestResult {
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
        missing = List.copyOf(missing);
        sources = List.copyOf(sources);
        lumped = List.copyOf(lumped);
    }

    /** A result with every candidate it has counted on its own ({@link #lumped} empty). */
    public ContestResult(
            String election,
            String contest,
            Map<String, Long> votes,
            boolean complete,
            List<String> missing,
            List<String> sources) {
        this(election, contest, votes, complete, missing, sources, List.of());
    }

    /**
     * Whether the candidates inside the "Others" line ({@link #lumped}) cannot be among the first {@code places} (1: a
     * first-past-the-post winner; 2: the finalists of a run-off or a second round): the line holds fewer votes than the
     * {@code places}-th candidate with a count of its own, so none of them can have got there, whatever their split.
     * True when nothing is lumped.
     */
    public boolean lumpedBelow(int places) {
        if (lumped.isEmpty()) {
            return true;
        }
        long others = votes.getOrDefault(Option.OTHER, 0L);
        List<Long> named = votes.entrySet().stream()
                .filter(x -> !x.getKey().equals(Option.OTHER))
                .map(Map.Entry::getValue)
                .sorted(Comparator.reverseOrder())
                .toList();
        return named.size() >= places && others < named.get(places - 1);
    }

    public long total() {
        long t = 0;
        for (long v : votes.values()) {
            t += v;
        }
        return t;
    }

    /** Percentage shares of the valid votes, by option id; only for complete results. */
    public Map<String, Double> shares() {
        if (!complete) {
            throw new IllegalStateException(election + " " + contest + ": incomplete result has no shares (missing "
                    + String.join(", ", missing) + ")");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double total = total();
        votes.forEach((k, v) -> out.put(k, 100.0 * v / total));
        return out;
    }

    /**
     * The two options with most votes, winner first; never a results file's "Others" line, which is many candidates'
     * votes together: taken for the runner-up (A 42, Others 33, B 25), it hid a 17-point lead from an outright rule.
     */
    public List<String> topTwo() {
        return votes.entrySet().stream()
                .filter(e -> !e.getKey().equals(Option.OTHER))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
    }
}
