package org.pollcast.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Textbook versions of the counts, written for clarity with lists and sorting and no reuse, as references
 * for the allocation-free counts in property tests. Same conventions: ties to the candidate (party) listed
 * first, except that instant-runoff eliminates the last listed of those with fewest votes.
 */
final class TextbookCounts {
    private TextbookCounts() {}

    record Outcome(int winner, boolean firstRound, int leader, int runnerUp, double[] votes) {}

    /** Candidates other than {@code excluded} by votes, most first, the first listed first on equal votes. */
    static List<Integer> ranking(double[] votes, int excluded, boolean[] out) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < votes.length; j++) {
            if (j != excluded && (out == null || !out[j])) {
                order.add(j);
            }
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -votes[j]).thenComparingInt(j -> j));
        return order;
    }

    static Outcome firstPastThePost(double[] first, int excluded) {
        List<Integer> r = ranking(first, excluded, null);
        return new Outcome(r.get(0), true, r.get(0), r.size() > 1 ? r.get(1) : -1, first.clone());
    }

    static Outcome supplementaryVote(double[] first, int excluded, TransferTable t) {
        List<Integer> r = ranking(first, excluded, null);
        int a = r.get(0);
        int b = r.size() > 1 ? r.get(1) : -1;
        double total = 0;
        for (double v : first) {
            total += v;
        }
        if (b < 0 || first[a] > total / 2) {
            return new Outcome(a, true, a, b, first.clone());
        }
        double[] fin = new double[first.length];
        fin[a] = first[a];
        fin[b] = first[b];
        for (int i = 0; i < first.length; i++) {
            if (i != a && i != b && first[i] > 0) {
                fin[a] += first[i] * t.share(i, a);
                fin[b] += first[i] * t.share(i, b);
            }
        }
        int winner = fin[Math.max(a, b)] > fin[Math.min(a, b)] ? Math.max(a, b) : Math.min(a, b);
        return new Outcome(winner, false, a, b, fin);
    }

    static Outcome instantRunoff(double[] first, int excluded, TransferTable t) {
        int n = first.length;
        double[] pile = first.clone();
        boolean[] out = new boolean[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            total += j == excluded ? 0 : first[j];
        }
        if (excluded >= 0) {
            out[excluded] = true;
            transfer(excluded, pile, out, t);
        }
        boolean anyOut = false;
        while (true) {
            List<Integer> r = ranking(pile, -1, out);
            double continuing = 0;
            for (int j = 0; j < n; j++) {
                continuing += out[j] ? 0 : pile[j];
            }
            int best = r.get(0);
            if (pile[best] > continuing / 2 || r.size() <= 2) {
                return new Outcome(best, !anyOut && first[best] > total / 2, best, r.size() > 1 ? r.get(1) : -1, pile);
            }
            int worst = r.get(r.size() - 1); // fewest votes; among equals the last listed (the ranking's last)
            out[worst] = true;
            transfer(worst, pile, out, t);
            anyOut = true;
        }
    }

    private static void transfer(int e, double[] pile, boolean[] out, TransferTable t) {
        double moving = pile[e];
        pile[e] = 0;
        double toContinuing = 0;
        for (int j = 0; j < pile.length; j++) {
            toContinuing += out[j] ? 0 : t.share(e, j);
        }
        if (toContinuing > 0) {
            double transferable = 1 - t.exhausted(e);
            for (int j = 0; j < pile.length; j++) {
                if (!out[j]) {
                    pile[j] += moving * transferable * t.share(e, j) / toContinuing;
                }
            }
        }
    }

    /**
     * List seats as the largest {@code listSeats} of all quotient slots: party p's s-th slot is
     * {@code votes / divisor(c_p + s)}, ordered by quotient, then votes, then list order; ineligible parties
     * have none, an independent only its first. Equal to seat-by-seat allocation because each party's slots
     * decrease.
     */
    static int[] listSeats(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            int listSeats,
            boolean[] eligible,
            boolean[] independent) {
        record Slot(int party, double quotient) {}
        List<Slot> slots = new ArrayList<>();
        for (int p = 0; p < votes.length; p++) {
            if (!eligible[p]) {
                continue;
            }
            for (int s = 0; s < (independent[p] ? 1 : listSeats); s++) {
                int held = constituencySeats[p] + s;
                double divisor = method.divisor(held);
                slots.add(new Slot(p, votes[p] / divisor));
            }
        }
        slots.sort(Comparator.comparingDouble((Slot s) -> -s.quotient())
                .thenComparingDouble(s -> -votes[s.party()])
                .thenComparingInt(Slot::party));
        int[] seats = new int[votes.length];
        for (int i = 0; i < Math.min(listSeats, slots.size()); i++) {
            seats[slots.get(i).party()]++;
        }
        return seats;
    }
}
