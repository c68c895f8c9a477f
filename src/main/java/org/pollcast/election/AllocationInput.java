package org.pollcast.election;

import java.util.List;

/**
 * What a list-seat allocation was given: votes (or shares) and constituency seats per contest party, plus the
 * unlisted rest.
 *
 * @param others    votes (or share) of parties not in the contest: in the threshold's denominator, never seated
 * @param published the list seats a results file gives, to compare with, or null
 * @param shares    whether {@code votes} are percentages rather than counts
 * @param notes     where the figures came from, for people
 */
public record AllocationInput(
        List<Party> parties,
        double[] votes,
        int[] constituencySeats,
        double others,
        int[] published,
        boolean shares,
        List<String> notes) {
    public AllocationInput {
        parties = List.copyOf(parties);
        notes = List.copyOf(notes);
    }

    /** Per party, whether it is an independent candidate on the list, who holds one list seat at most. */
    public boolean[] independent() {
        boolean[] out = new boolean[parties.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = parties.get(p).independent();
        }
        return out;
    }
}
