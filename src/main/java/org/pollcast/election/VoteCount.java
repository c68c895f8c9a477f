package org.pollcast.election;

/**
 * Counts of single-winner contests on vote totals (integers as doubles, exact below 2^53, or shares). Pure
 * and deterministic. Ties go to the candidate listed first, a documented convention (real ties are settled
 * by lot, which a forecast cannot know).
 */
public final class VoteCount {
    private VoteCount() {
    }

    /** Counts {@code first} by {@code system}; {@code transfers} is needed by SV and IRV, may be null for FPTP. */
    public static CountResult count(VotingSystem system, double[] first, TransferTable transfers) {
        return switch (system) {
            case FPTP -> firstPastThePost(first);
            case SUPPLEMENTARY_VOTE -> supplementaryVote(first, transfers);
            case INSTANT_RUNOFF -> instantRunoff(first, transfers);
            case ADDITIONAL_MEMBER -> throw new IllegalArgumentException("an additional-member contest is allocated, not counted");
        };
    }

    /** Most votes wins; the top two are reported as finalists. */
    public static CountResult firstPastThePost(double[] first) {
        int[] top = topTwo(first);
        return new CountResult(top[0], true, top, first.clone(), 0);
    }

    /**
     * The Supplementary Vote (London Mayor 2000–2021 and from 2028): more than half of the valid first
     * preferences wins outright; otherwise all but the top two are eliminated, and each eliminated
     * candidate's ballots whose second preference is one of the two are added to that finalist. All other
     * ballots are exhausted.
     */
    public static CountResult supplementaryVote(double[] first, TransferTable transfers) {
        double total = 0;
        for (double v : first) {
            total += v;
        }
        int[] top = topTwo(first);
        if (first[top[0]] > total / 2) {
            return new CountResult(top[0], true, top, first.clone(), 0);
        }
        double[] fin = new double[first.length];
        int a = top[0];
        int b = top[1];
        fin[a] = first[a];
        fin[b] = first[b];
        double exhausted = 0;
        for (int i = 0; i < first.length; i++) {
            if (i == a || i == b) {
                continue;
            }
            double toA = first[i] * transfers.share(i, a);
            double toB = first[i] * transfers.share(i, b);
            fin[a] += toA;
            fin[b] += toB;
            exhausted += first[i] - toA - toB;
        }
        int winner = fin[b] > fin[a] ? b : a;
        return new CountResult(winner, false, top, fin, exhausted);
    }

    /**
     * Instant-runoff: while no one has more than half of the continuing votes, the last candidate is
     * eliminated and its pile moves by its row of the table, renormalised over the continuing candidates
     * (the exhausted share stays exhausted). Ballots already transferred move with the pile of the candidate
     * they sit with: with only second preferences known, this is the table's best approximation of later
     * preferences.
     */
    public static CountResult instantRunoff(double[] first, TransferTable transfers) {
        int n = first.length;
        double[] pile = first.clone();
        boolean[] out = new boolean[n];
        double exhausted = 0;
        for (int round = 0; round < n; round++) {
            double continuing = 0;
            int best = -1;
            int worst = -1;
            int left = 0;
            for (int i = 0; i < n; i++) {
                if (out[i]) {
                    continue;
                }
                left++;
                continuing += pile[i];
                if (best < 0 || pile[i] > pile[best]) {
                    best = i;
                }
                if (worst < 0 || pile[i] < pile[worst] || (pile[i] == pile[worst] && i > worst)) {
                    worst = i;
                }
            }
            if (pile[best] > continuing / 2 || left <= 2) {
                int[] top = topTwoOf(pile, out);
                int winner = top[1] >= 0 && pile[top[1]] > pile[top[0]] ? top[1] : top[0];
                return new CountResult(winner, round == 0, top, pile, exhausted);
            }
            out[worst] = true;
            double moving = pile[worst];
            pile[worst] = 0;
            double toContinuing = 0;
            for (int j = 0; j < n; j++) {
                if (!out[j]) {
                    toContinuing += transfers.share(worst, j);
                }
            }
            // Shares to candidates already out are re-spread over the continuing ones, in proportion.
            double transferable = 1 - transfers.exhausted(worst);
            for (int j = 0; j < n; j++) {
                if (!out[j] && toContinuing > 0) {
                    pile[j] += moving * transferable * transfers.share(worst, j) / toContinuing;
                }
            }
            exhausted += toContinuing > 0 ? moving * (1 - transferable) : moving;
        }
        throw new IllegalStateException("instant-runoff count did not end");
    }

    /** Indexes of the largest and second largest; ties to the lower index. */
    static int[] topTwo(double[] v) {
        return topTwoOf(v, new boolean[v.length]);
    }

    private static int[] topTwoOf(double[] v, boolean[] skip) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < v.length; i++) {
            if (skip[i]) {
                continue;
            }
            if (a < 0 || v[i] > v[a]) {
                b = a;
                a = i;
            } else if (b < 0 || v[i] > v[b]) {
                b = i;
            }
        }
        return new int[] {a, b};
    }
}
