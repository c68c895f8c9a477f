package org.pollcast.election;

import java.util.List;

/**
 * Second preferences of one contest's ballots, as proportions: row i is a first choice, {@link #share(int, int)}
 * the share of those ballots whose second choice is j, and {@link #exhausted(int)} the share with no usable
 * second choice (blank, spoilt, or the same candidate again, which London Elects records but never
 * transfers). Each row sums to 1. Options are indexed as in {@link #ids()}.
 */
public final class TransferTable implements RunoffTransfers, EliminationTransfers {
    private final List<String> ids;
    private final double[] share;
    private final int n;

    private TransferTable(List<String> ids, double[] share) {
        this.ids = List.copyOf(ids);
        this.n = ids.size();
        this.share = share;
    }

    /**
     * From ballot counts: {@code counts[i][j]} ballots with first choice i and second choice j ({@code j == i}
     * counts as non-transferable), {@code none[i]} with no usable second choice. A row with no ballots
     * transfers nothing (all exhausted).
     */
    public static TransferTable fromCounts(List<String> ids, long[][] counts, long[] none) {
        int n = ids.size();
        if (counts.length != n || none.length != n) {
            throw new IllegalArgumentException("transfer counts are " + counts.length + " rows for " + n + " options");
        }
        double[] share = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (counts[i].length != n) {
                throw new IllegalArgumentException(
                        "transfer row " + ids.get(i) + " has " + counts[i].length + " columns, expected " + n);
            }
            long total = none[i];
            for (int j = 0; j < n; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(
                            "transfer count " + ids.get(i) + " -> " + ids.get(j) + " is " + counts[i][j]);
                }
                total += counts[i][j];
            }
            for (int j = 0; j < n; j++) {
                share[i * n + j] = i == j || total == 0 ? 0 : (double) counts[i][j] / total;
            }
        }
        return new TransferTable(ids, share);
    }

    /**
     * From proportions: {@code rows[i][j]} the share of i's ballots whose second choice is j; the rest of each
     * row is exhausted. Rows must be non-negative and sum to at most 1 (with 1e-9 tolerance); the diagonal must
     * be 0.
     */
    public static TransferTable fromShares(List<String> ids, double[][] rows) {
        int n = ids.size();
        double[] share = new double[n * n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double v = rows[i][j];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(
                            "transfer share " + ids.get(i) + " -> " + ids.get(j) + " is " + v + ", expected 0–1");
                }
                if (i == j && v != 0) {
                    throw new IllegalArgumentException(
                            "transfer share " + ids.get(i) + " -> itself is " + v + ", expected 0");
                }
                share[i * n + j] = v;
                sum += v;
            }
            if (sum > 1 + 1e-9) {
                throw new IllegalArgumentException("transfer row " + ids.get(i) + " sums to " + sum + ", over 1");
            }
        }
        return new TransferTable(ids, share);
    }

    public List<String> ids() {
        return ids;
    }

    @Override
    public int size() {
        return n;
    }

    public int index(String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no option '" + id + "' in the transfer table");
        }
        return i;
    }

    /** The share of first choice {@code from}'s ballots whose second choice is {@code to}. */
    @Override
    public double share(int from, int to) {
        return share[from * n + to];
    }

    /** The table's shares of {@code from}'s ballots for {@code a} and {@code b}, out of 1. */
    @Override
    public void split(int from, int a, int b, double[] into) {
        into[0] = share[from * n + a];
        into[1] = share[from * n + b];
        into[2] = 1;
    }

    /** The share of first choice {@code from}'s ballots with no usable second choice. */
    @Override
    public double exhausted(int from) {
        double s = 1;
        for (int j = 0; j < n; j++) {
            s -= share[from * n + j];
        }
        return Math.max(0, s);
    }
}
