package org.pollcast.simulate;

import java.util.Optional;

/**
 * How often options {@code a} and {@code b} (a listed first) met in the final round, with its MC error, and a's share
 * of the two's votes over the simulations where they met: null when the pair's shares were not tallied (a pair of
 * candidates outside the {@value Tally#PAIR_OPTIONS} leading), or on election night. A candidate's own final-round
 * share mixes its opponents; this is the pair's own split, the figure a pundit quotes and a result is scored against.
 */
public record RunoffPair(String a, String b, double p, double se, ShareDistribution aShare) {

    /** Whether this is the pair of {@code x} and {@code y}, in either order. */
    public boolean of(String x, String y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    /** {@code id}'s share of the two's votes when they met, either side; empty when the split was not tallied. */
    public Optional<ShareDistribution> shareOf(String id) {
        if (aShare == null || Double.isNaN(aShare.mean()) || !(id.equals(a) || id.equals(b))) {
            return Optional.empty();
        }
        return Optional.of(id.equals(a) ? aShare : ShareDistribution.mirrored(aShare));
    }
}
