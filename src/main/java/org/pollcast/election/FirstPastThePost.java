package org.pollcast.election;

/**
 * First past the post: most votes wins (London Mayor 2024; every London Assembly constituency). Ties go to
 * the candidate listed first, the convention of every count here (the law settles real ties by lot, which a
 * forecast cannot know). Allocation-free: the simulator's hot loop and {@link VoteCount} run this code.
 */
public final class FirstPastThePost {
    private FirstPastThePost() {}

    /**
     * Counts {@code first} onto {@code sheet}: the winner, the top two as finalists, the votes unchanged.
     * {@code excluded} (−1 for none) can never win: the simulator's "other", many small candidates lumped
     * together.
     */
    public static void count(double[] first, int excluded, CountSheet sheet) {
        sheet.start(first);
        sheet.topTwo(excluded);
        sheet.winner = sheet.finalistA;
        sheet.firstRound = true;
    }

    /**
     * The index in {@code from} (inclusive) to {@code to} (exclusive) with the most votes; the first listed on
     * equal votes. Used where the candidates are a slice of a longer array (a constituency's contenders).
     */
    public static int winner(double[] votes, int from, int to) {
        if (from >= to) {
            throw new IllegalArgumentException("no candidate between " + from + " and " + to);
        }
        int best = from;
        for (int x = from + 1; x < to; x++) {
            if (votes[x] > votes[best]) {
                best = x;
            }
        }
        return best;
    }
}
