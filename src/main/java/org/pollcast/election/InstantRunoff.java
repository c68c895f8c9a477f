package org.pollcast.election;

/**
 * Instant-runoff on second-preference proportions: while no candidate has more than half of the continuing
 * votes and more than two are left, the candidate with the fewest votes is eliminated (on equal votes, the
 * one listed last) and its pile moves by its row of the transfers (a {@link TransferTable}, or a row drawn
 * for this count by the simulator), renormalised over the
 * continuing candidates; the row's exhausted share stays exhausted. Ballots already transferred move with
 * the pile they sit in: with only second preferences known, this is the table's best approximation of later
 * preferences. Reproduces a published count exactly when each eliminated candidate's row holds that round's
 * transfers divided by its pile.
 *
 * <p>Allocation-free: the simulator's hot loop and {@link VoteCount#instantRunoff} run this code.
 */
public final class InstantRunoff {
    private InstantRunoff() {}

    /**
     * Counts {@code first} onto {@code sheet}. {@code excluded} (−1 for none) is many small candidates lumped
     * together: it is eliminated before the first round and its votes are left out of the first round's
     * total. The winner wins in the first round when nobody was eliminated and it had more than half of that
     * total.
     */
    public static void count(double[] first, int excluded, EliminationTransfers table, CountSheet sheet) {
        count(first, excluded, table, sheet, false);
    }

    /**
     * As {@link #count(double[], int, EliminationTransfers, CountSheet)}; with {@code toLastTwo}, a count whose
     * leader has a majority of the continuing votes while three or more are still in goes on eliminating until two
     * are left, as counts that report a final two-candidate result do. The winner is the same: a majority of the
     * continuing votes only grows as others' piles move or exhaust. The sheet's last two and their votes are then a
     * true final pair, not the leader and runner-up of a round that stopped early.
     */
    public static void count(
            double[] first, int excluded, EliminationTransfers table, CountSheet sheet, boolean toLastTwo) {
        if (table.size() != first.length) {
            throw new IllegalArgumentException(
                    "a transfer table of " + table.size() + " for " + first.length + " candidates");
        }
        sheet.start(first);
        double[] pile = sheet.votes;
        boolean[] out = sheet.out;
        int n = pile.length;
        double total = 0;
        for (int j = 0; j < n; j++) {
            total += j == excluded ? 0 : first[j];
        }
        if (excluded >= 0) {
            out[excluded] = true;
            moveAway(excluded, table, sheet);
        }
        boolean eliminated = false;
        // Won in the first round: a majority before anyone is eliminated (a count taken on to its last two
        // eliminates after that, and the win is still a first-round one).
        boolean majorityFirst = false;
        while (true) {
            int best = -1;
            int worst = -1;
            int left = 0;
            double continuing = 0;
            for (int j = 0; j < n; j++) {
                if (out[j]) {
                    continue;
                }
                left++;
                continuing += pile[j];
                if (best < 0 || pile[j] > pile[best]) {
                    best = j;
                }
                if (worst < 0 || pile[j] <= pile[worst]) {
                    worst = j;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("instant-runoff count with no candidate");
            }
            boolean majority = pile[best] > continuing / 2;
            if (!eliminated) {
                // the win the count would stop at before eliminating anyone, as a count that stops early has it
                majorityFirst = (majority || left <= 2) && first[best] > total / 2;
            }
            if (left <= 2 || (!toLastTwo && majority)) {
                sheet.topTwo(-1);
                sheet.winner = best;
                sheet.firstRound = majorityFirst;
                return;
            }
            out[worst] = true;
            moveAway(worst, table, sheet);
            eliminated = true;
        }
    }

    /** Moves candidate i's pile by its table row, re-spread over those still in; the rest is exhausted. */
    private static void moveAway(int i, EliminationTransfers table, CountSheet sheet) {
        sheet.exhausted += moveAway(i, table, sheet.votes, sheet.out);
    }

    /**
     * Moves candidate {@code i}'s pile (already marked {@code out}) by its table row, re-spread over those still in,
     * and returns the votes it exhausts: the one step of every instant-runoff elimination, the count's and that of
     * a forecast's pair final (the run-off polls' pull on the table, which eliminates everyone but the pair).
     * Allocates nothing.
     */
    public static double moveAway(int i, EliminationTransfers table, double[] pile, boolean[] out) {
        double moving = pile[i];
        pile[i] = 0;
        double toContinuing = 0;
        for (int j = 0; j < pile.length; j++) {
            if (!out[j]) {
                toContinuing += table.share(i, j);
            }
        }
        if (toContinuing <= 0) {
            return moving;
        }
        // Shares to candidates already out are re-spread over the continuing ones, in proportion.
        double transferable = 1 - table.exhausted(i);
        for (int j = 0; j < pile.length; j++) {
            if (!out[j]) {
                pile[j] += moving * transferable * table.share(i, j) / toContinuing;
            }
        }
        return moving * (1 - transferable);
    }
}
