package org.pollcast.election;

import java.util.Arrays;

/**
 * The sheet one single-winner count is worked on: each candidate's votes in the last round, who is still in,
 * the finalists and the winner. One sheet is reused for count after count, so that {@link FirstPastThePost},
 * {@link SupplementaryVote} and {@link InstantRunoff} allocate nothing: the simulator counts millions of
 * ballots a second on the same code that {@link VoteCount} runs once on official results.
 *
 * <p>Mutable by design and confined to one thread; {@link #result()} freezes it into a {@link CountResult}.
 */
public final class CountSheet {
    final double[] votes;
    final boolean[] out;
    /** Scratch for {@link RunoffTransfers#split}: to finalist a, to finalist b, all of the ballots. */
    final double[] split = new double[3];

    int winner = -1;
    boolean firstRound;
    int finalistA = -1;
    int finalistB = -1;
    double exhausted;

    public CountSheet(int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("a count needs at least one candidate, got " + candidates);
        }
        votes = new double[candidates];
        out = new boolean[candidates];
    }

    /** The number of candidates this sheet holds. */
    public int size() {
        return votes.length;
    }

    /** Index of the winner of the last count. */
    public int winner() {
        return winner;
    }

    /** True when the winner had more than half of the first round's votes (always, under first past the post). */
    public boolean firstRound() {
        return firstRound;
    }

    /** The leading finalist of the last round (the winner's opponent is {@link #runnerUp()}), or −1. */
    public int leader() {
        return finalistA;
    }

    /** The other finalist of the last round, or −1 when only one candidate stood. */
    public int runnerUp() {
        return finalistB;
    }

    /** Candidate j's votes in the last round (0 for those eliminated). */
    public double votes(int j) {
        return votes[j];
    }

    /** Votes that reached no finalist. */
    public double exhausted() {
        return exhausted;
    }

    /** An immutable copy of the outcome, finalists as (leader, runner-up). */
    public CountResult result() {
        return new CountResult(winner, firstRound, new int[] {finalistA, finalistB}, votes.clone(), exhausted);
    }

    /** Starts a count of {@code first}: every candidate in with its first preferences. */
    void start(double[] first) {
        if (first.length != votes.length) {
            throw new IllegalArgumentException(
                    "a count of " + first.length + " candidates on a sheet of " + votes.length);
        }
        System.arraycopy(first, 0, votes, 0, votes.length);
        Arrays.fill(out, false);
        winner = -1;
        firstRound = false;
        finalistA = -1;
        finalistB = -1;
        exhausted = 0;
    }

    /**
     * The leading two candidates still in, other than {@code excluded} (−1 for none), into {@link #finalistA}
     * and {@link #finalistB}; ties go to the candidate listed first.
     */
    void topTwo(int excluded) {
        int a = -1;
        int b = -1;
        for (int j = 0; j < votes.length; j++) {
            if (j == excluded || out[j]) {
                continue;
            }
            if (a < 0 || votes[j] > votes[a]) {
                b = a;
                a = j;
            } else if (b < 0 || votes[j] > votes[b]) {
                b = j;
            }
        }
        finalistA = a;
        finalistB = b;
    }
}
