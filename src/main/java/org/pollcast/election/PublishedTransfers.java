package org.pollcast.election;

/**
 * Second preferences known only as the totals counted for each finalist (what London Elects published before
 * 2021, and what a constituency declaration prints): every eliminated candidate's ballots are given the same
 * split, {@code toA / eliminated} and {@code toB / eliminated}, so the count adds exactly the published totals
 * whichever candidate each transfer came from.
 */
public final class PublishedTransfers implements RunoffTransfers {
    private final int a;
    private final int b;
    private final double toA;
    private final double toB;
    private final double eliminated;

    /**
     * @param a, b       the finalists the totals are for (indices of the count)
     * @param toA, toB   the second preferences counted for each
     * @param eliminated every eliminated candidate's first preferences together (an Others line's too: the count holds
     *                   its ballots, as a candidate who can neither win nor reach the run-off, so the totals add up)
     */
    public PublishedTransfers(int a, int b, double toA, double toB, double eliminated) {
        if (!(toA >= 0 && toB >= 0 && toA + toB <= eliminated + 1e-6)) {
            throw new IllegalArgumentException("transfers " + toA + " + " + toB + " exceed the " + eliminated
                    + " ballots of the eliminated candidates");
        }
        this.a = a;
        this.b = b;
        this.toA = toA;
        this.toB = toB;
        this.eliminated = eliminated;
    }

    @Override
    public void split(int from, int x, int y, double[] into) {
        if (!((x == a && y == b) || (x == b && y == a))) {
            throw new IllegalStateException("the published transfers are for another pair of finalists");
        }
        into[0] = x == a ? toA : toB;
        into[1] = x == a ? toB : toA;
        into[2] = eliminated;
    }
}
