package org.pollcast.simulate;

import java.util.Arrays;

/**
 * Counts from many simulations, in primitive arrays: wins, first-round wins, run-off entries and pairs,
 * and fixed-bin histograms of first-preference and final-round shares (0.1-point bins). All integer, so
 * {@link #combine} is exact and order-free; the only floating-point sums (for means) are kept per block by the
 * simulator and added in block order.
 */
final class Tally {
    static final int BINS = 1000;
    /**
     * The final pairs whose split of the votes is tallied are those among this many options leading in the average:
     * 28 pairs of histograms, where every pair of a 102-candidate field would take 40 MB a thread.
     */
    static final int PAIR_OPTIONS = 8;

    long sims;
    long kept;
    final long[] wins;
    final long[] firstRoundWins;
    final long[] runoffs;
    final long[] pairs;
    final long[] firstHist;
    final long[] runoffHist;
    /** Per pair {@code lo * k + hi}, its row in {@link #pairHist}, or −1 when its split is not tallied. */
    final int[] pairRow;
    /** Per tallied pair, the histogram of lo's share of the two's votes. */
    final long[] pairHist;

    /** A tally with no pair's split of the votes (election night). */
    Tally(int k) {
        this(k, null);
    }

    /** {@code pairRow}: as the field, or null to tally no pair's split; shared, never written. */
    Tally(int k, int[] pairRow) {
        this.pairRow = pairRow;
        int rows = 0;
        if (pairRow != null) {
            for (int r : pairRow) {
                rows = Math.max(rows, r + 1);
            }
        }
        pairHist = new long[rows * BINS];
        wins = new long[k];
        firstRoundWins = new long[k];
        runoffs = new long[k];
        pairs = new long[k * k];
        firstHist = new long[k * BINS];
        runoffHist = new long[k * BINS];
    }

    static int bin(double percent) {
        int b = (int) (percent * (BINS / 100.0));
        return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
    }

    void combine(Tally o) {
        sims += o.sims;
        kept += o.kept;
        add(wins, o.wins);
        add(firstRoundWins, o.firstRoundWins);
        add(runoffs, o.runoffs);
        add(pairs, o.pairs);
        add(firstHist, o.firstHist);
        add(runoffHist, o.runoffHist);
        add(pairHist, o.pairHist);
    }

    /**
     * Rows for the pairs among the {@value #PAIR_OPTIONS} options with the highest {@code mean}, {@code other} left
     * out (it never reaches a final round).
     */
    static int[] pairRows(double[] mean, int other) {
        int k = mean.length;
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(mean[y], mean[x]));
        boolean[] tracked = new boolean[k];
        int taken = 0;
        for (int x = 0; x < k && taken < PAIR_OPTIONS; x++) {
            if (order[x] != other) {
                tracked[order[x]] = true;
                taken++;
            }
        }
        int[] rows = new int[k * k];
        Arrays.fill(rows, -1);
        int next = 0;
        for (int lo = 0; lo < k; lo++) {
            for (int hi = lo + 1; hi < k; hi++) {
                if (tracked[lo] && tracked[hi]) {
                    rows[lo * k + hi] = next++;
                }
            }
        }
        return rows;
    }

    /** The row of pair {@code lo < hi} of {@code k} options in {@link #pairHist}, or −1 when its split is not tallied. */
    int row(int lo, int hi, int k) {
        return pairRow == null ? -1 : pairRow[lo * k + hi];
    }

    /** a += b, element by element: merging counts is exact in any order. */
    static void add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    /** The mean of row j of a 0.1-point share histogram (bin midpoints), or NaN when the row is empty. */
    static double mean(long[] hist, int j) {
        long c = 0;
        double s = 0;
        for (int b = 0; b < BINS; b++) {
            long v = hist[j * BINS + b];
            c += v;
            s += v * (b + 0.5) * (100.0 / BINS);
        }
        return c == 0 ? Double.NaN : s / c;
    }

    /** Row j's mean (of the bin midpoints) and 5th, 25th, 50th, 75th and 95th percentiles. */
    static ShareDistribution distribution(long[] hist, int j) {
        return distribution(hist, j, mean(hist, j));
    }

    /** Row j's 5th, 25th, 50th, 75th and 95th percentiles with the given mean (say, an exact one). */
    static ShareDistribution distribution(long[] hist, int j, double mean) {
        return new ShareDistribution(
                mean,
                quantile(hist, j, 0.05),
                quantile(hist, j, 0.25),
                quantile(hist, j, 0.5),
                quantile(hist, j, 0.75),
                quantile(hist, j, 0.95));
    }

    /** The p-quantile of row j of a 0.1-point share histogram, interpolated within the bin. */
    static double quantile(long[] hist, int j, double p) {
        long total = 0;
        for (int b = 0; b < BINS; b++) {
            total += hist[j * BINS + b];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double target = p * total;
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            long c = hist[j * BINS + b];
            if (seen + c >= target && c > 0) {
                double within = (target - seen) / c;
                return (b + within) * (100.0 / BINS);
            }
            seen += c;
        }
        return 100;
    }
}
