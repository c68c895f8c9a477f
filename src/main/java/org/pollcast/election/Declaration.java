package org.pollcast.election;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One constituency's mayoral figures as declared on election night (or counted so far).
 *
 * @param votes     first preferences by candidate id ({@code other} for a lumped "others" row); a news report may
 *                  give only the leading candidates
 * @param counted   the share of the constituency's ballots counted, 0 (exclusive) to 1; 1 for a declaration
 * @param transfers second preferences counted for the run-off's finalists, by candidate id (empty when not given)
 * @param line      the file line of the constituency's first row, for messages
 */
public record Declaration(
        String constituency, Map<String, Long> votes, double counted, Map<String, Long> transfers, int line) {

    public Declaration {
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
        transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
        if (!(counted > 0 && counted <= 1)) {
            throw new IllegalArgumentException("counted share " + counted + " is outside (0, 1]");
        }
    }

    public boolean complete() {
        return counted == 1;
    }

    /** The first round alone: these figures without the second preferences counted for the finalists. */
    public Declaration withoutTransfers() {
        return transfers.isEmpty() ? this : new Declaration(constituency, votes, counted, Map.of(), line);
    }

    /**
     * Whether the figures give every candidate of {@code contest}, or lump the rest in an "others" row: only then
     * is their total the constituency's (a news report may give the leading two only).
     */
    public boolean namesEveryone(SingleWinnerContest contest) {
        return votes.containsKey(Option.OTHER)
                || contest.candidates().stream().map(Candidate::id).allMatch(votes::containsKey);
    }

    public long total() {
        long t = 0;
        for (long v : votes.values()) {
            t += v;
        }
        return t;
    }
}
