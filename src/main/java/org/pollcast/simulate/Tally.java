package org.pollcast.simulate;

/**
 * Counts from many simulations, in primitive arrays: wins, first-round wins, run-off entries and pairs,
 * and fixed-bin histograms of first-preference and final-round shares (0.1-point bins). All integer, so
 * {@link #combine} is exact and order-free; the only floating-point sums (for means) are kept per block by the
 * simulator and added in block order.
 */
final class Tally {
    static final int BINS = 1000;
    long sims;
    long kept;
    final long[] wins;
    final long[] firstRoundWins;
    final long[] runoffs;
    final long[] pairs;
    final long[] firstHist;
    final long[] runoffHist;

    Tally(int k) {
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
