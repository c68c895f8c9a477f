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
     * @param eliminated the first preferences of the eliminated candidates the count holds, together: the totals are
     *                   spread over these ballots. Where an Others line's ballots transferred too but are no candidate
     *                   of the count, the totals are more than its ballots carry in proportion, and the caller, which
     *                   checked them against every eliminated ballot, says how many stayed behind.
     */
    public PublishedTransfers(int a, int b, double toA, double toB, double eliminated) {
        if (!(toA >= 0 && toB >= 0 && eliminated >= 0)) {
            throw new IllegalArgumentException(
                    "transfers " + toA + " + " + toB + " from " + eliminated + " ballots of the eliminated candidates");
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
