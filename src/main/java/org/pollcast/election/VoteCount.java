package org.pollcast.election;

/**
 * Counts of single-winner contests on vote totals (integers as doubles, exact below 2^53, or shares), as
 * immutable {@link CountResult}s. Pure and deterministic. Each count is the allocation-free one the
 * simulator runs ({@link FirstPastThePost}, {@link SupplementaryVote}, {@link InstantRunoff}) on a fresh
 * {@link CountSheet}, so the golden tests against official results test the simulator's count too. Ties go
 * to the candidate listed first, a documented convention (real ties are settled by lot, which a forecast
 * cannot know).
 */
public final class VoteCount {
    private VoteCount() {}

    /** Counts {@code first} by {@code system}; {@code transfers} is needed by SV and IRV, may be null for FPTP. */
    public static CountResult count(VotingSystem system, double[] first, TransferTable transfers) {
        return switch (system) {
            case FPTP -> firstPastThePost(first);
            case SUPPLEMENTARY_VOTE, TWO_ROUND -> supplementaryVote(first, transfers);
            case INSTANT_RUNOFF -> instantRunoff(first, transfers);
            case ADDITIONAL_MEMBER ->
                throw new IllegalArgumentException("an additional-member contest is allocated, not counted");
        };
    }

    /** Most votes wins; the top two are reported as finalists. */
    public static CountResult firstPastThePost(double[] first) {
        CountSheet sheet = new CountSheet(first.length);
        FirstPastThePost.count(first, -1, sheet);
        return sheet.result();
    }

    /** The Supplementary Vote with the table's second preferences: see {@link SupplementaryVote}. */
    public static CountResult supplementaryVote(double[] first, TransferTable transfers) {
        return supplementaryVote(first, (RunoffTransfers) transfers);
    }

    /** The Supplementary Vote with any transfers: a table, or the published totals ({@link PublishedTransfers}). */
    public static CountResult supplementaryVote(double[] first, RunoffTransfers transfers) {
        CountSheet sheet = new CountSheet(first.length);
        SupplementaryVote.count(first, -1, transfers, sheet);
        return sheet.result();
    }

    /**
     * As {@link #supplementaryVote(double[], RunoffTransfers)}, with {@code excluded} (−1 for none) a count's Others
     * line: in the total, never a finalist.
     */
    public static CountResult supplementaryVote(double[] first, int excluded, RunoffTransfers transfers) {
        CountSheet sheet = new CountSheet(first.length);
        SupplementaryVote.count(first, excluded, transfers, sheet);
        return sheet.result();
    }

    /** Instant-runoff with the table's second preferences: see {@link InstantRunoff}. */
    public static CountResult instantRunoff(double[] first, TransferTable transfers) {
        CountSheet sheet = new CountSheet(first.length);
        InstantRunoff.count(first, -1, transfers, sheet);
        return sheet.result();
    }
}
