package org.pollcast.election;

import java.util.List;

/**
 * How a single-winner contest's votes are counted: its voting system and, for a two-round contest, the rules by which
 * the first round elects outright (none: over half). One value, passed whole from the definition to the simulator's
 * count: given as two arguments, the rules went missing where a caller passed the system alone, and Argentina's
 * 45% rule was counted as over half twice (`count` with lumped Others, `live`).
 */
public record CountRules(VotingSystem system, List<OutrightRule> outright) {
    public CountRules {
        outright = List.copyOf(outright);
        if (!outright.isEmpty() && system != VotingSystem.TWO_ROUND) {
            throw new IllegalArgumentException("rules of an outright first-round win go with two-round counting only");
        }
    }

    /** {@code system}'s count with no rules of its own: a two-round contest's leader is elected by over half. */
    public static CountRules of(VotingSystem system) {
        return new CountRules(system, List.of());
    }

    /**
     * Whether a first round whose leader has {@code leader} and the runner-up {@code runnerUp} (votes, or shares) of
     * {@code total} elects the leader outright. Allocation-free, for the simulator's loop.
     */
    public boolean electsOutright(double leader, double runnerUp, double total) {
        return OutrightRule.met(outright, leader, runnerUp, total);
    }
}
