package org.pollcast.simulate;

import org.pollcast.election.VotingSystem;

/**
 * Whether the declared figures alone decide the winner: only then may election night call a chance certain (or
 * none). Every simulation agreeing is not enough, because the simulations draw what is still to count (the
 * undeclared constituencies, a simulated run-off's second preferences) from a model.
 *
 * <p>With every constituency declared in full, first past the post is decided unless the top two tie (lot decides
 * a tie). The Supplementary Vote and the instant run-off are decided by a majority of the first preferences, or by
 * the counted run-off; a lead short of a majority is not enough, since the leader's lead over the runner-up is
 * then smaller than the ballots still to transfer (a &gt; b + rest is a &gt; half). "Others" lumped together never
 * win.
 */
public final class DecidedByCount {
    private DecidedByCount() {}

    /**
     * @param firstRound    London's first-round totals by option, every constituency declared in full
     * @param other         the index of the lumped "others", or -1
     * @param runoffCounted whether the run-off is counted from declared second preferences
     */
    public static boolean decides(VotingSystem system, double[] firstRound, int other, boolean runoffCounted) {
        if (system != VotingSystem.FPTP && runoffCounted) {
            return true;
        }
        double all = 0;
        double first = -1;
        double second = -1;
        for (int j = 0; j < firstRound.length; j++) {
            all += firstRound[j];
            if (j == other) {
                continue;
            }
            if (firstRound[j] > first) {
                second = first;
                first = firstRound[j];
            } else if (firstRound[j] > second) {
                second = firstRound[j];
            }
        }
        if (system == VotingSystem.FPTP) {
            return first > second;
        }
        return first > all / 2;
    }
}
