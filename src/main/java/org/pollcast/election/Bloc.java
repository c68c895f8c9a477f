package org.pollcast.election;

import java.util.List;

/**
 * A seat threshold worth a probability: "a party with a majority (13)", "the mayor's party holds at least
 * 9" (enough to block an amendment to the Mayor's budget, which needs two-thirds), "Labour and the Greens
 * together at least 13".
 *
 * @param who     {@code any} (some single party), {@code mayor} (the party of the simulated Mayor), or
 *                {@code parties} (the listed parties' seats together)
 * @param parties the parties added together, when {@code who} is {@code parties}
 */
public record Bloc(String id, String label, String who, List<String> parties, int atLeast) {
    public Bloc {
        parties = List.copyOf(parties);
    }

    /** Whether this bloc is named parties' seats together ({@code who: parties}). */
    public boolean ofParties() {
        return "parties".equals(who);
    }
}
