package org.pollcast.simulate;

import java.util.Arrays;
import org.pollcast.election.CountSheet;

/**
 * One block's election-night tallies: the forecast's {@link Tally} (wins, run-offs, share histograms) plus the
 * first-preference and vote sums, each option's smallest and largest share, and for each constituency the sums
 * that give the correlation of its leader-minus-runner-up margin with the leader winning. Blocks merge in block
 * order, so the floating-point sums do not depend on the number of threads.
 */
final class LiveTally {
    final Tally tally;
    final double[] shareSum;
    final double[] voteSum;
    final double[] min;
    final double[] max;
    /** Final-round votes summed over the simulations in which the option reached the run-off. */
    final double[] runoffVotes;
    /** Per constituency: Σx, Σx², Σxw, with x the margin and w 1 when the leader wins; Σw is {@code leaderWins}. */
    final double[] margin;
    /** Per constituency and option, {@code [c * k + j]}: simulations it led in, and its summed share there. */
    final long[] leads;

    final double[] localShareSum;

    long leaderWins;
    /** The Assembly's counts, or null when it is not projected. */
    final AssemblyTally assembly;

    private final int k;
    private final int m;

    LiveTally(int k, int m) {
        this(k, m, null);
    }

    LiveTally(int k, int m, AssemblyTally assembly) {
        this.k = k;
        this.m = m;
        this.assembly = assembly;
        tally = new Tally(k);
        shareSum = new double[k];
        voteSum = new double[k];
        min = new double[k];
        max = new double[k];
        runoffVotes = new double[k];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        margin = new double[3 * m];
        leads = new long[m * k];
        localShareSum = new double[m * k];
    }

    void add(double[] totals, CountSheet sheet, double[] y, LiveModel model) {
        double all = 0;
        for (int j = 0; j < k; j++) {
            all += totals[j];
        }
        tally.sims++;
        tally.kept++;
        for (int j = 0; j < k; j++) {
            double s = 100 * totals[j] / all;
            shareSum[j] += s;
            voteSum[j] += totals[j];
            min[j] = Math.min(min[j], s);
            max[j] = Math.max(max[j], s);
            tally.firstHist[j * Tally.BINS + Tally.bin(s)]++;
        }
        int winner = sheet.winner();
        tally.wins[winner]++;
        if (sheet.firstRound()) {
            tally.firstRoundWins[winner]++;
        }
        int a = sheet.leader();
        int b = sheet.runnerUp();
        if (!sheet.firstRound() && a >= 0 && b >= 0) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            tally.runoffs[lo]++;
            tally.runoffs[hi]++;
            tally.pairs[lo * k + hi]++;
            runoffVotes[lo] += sheet.votes(lo);
            runoffVotes[hi] += sheet.votes(hi);
            double two = sheet.votes(lo) + sheet.votes(hi);
            double shareLo = 100 * sheet.votes(lo) / two;
            tally.runoffHist[lo * Tally.BINS + Tally.bin(shareLo)]++;
            tally.runoffHist[hi * Tally.BINS + Tally.bin(100 - shareLo)]++;
        }
        double w = winner == model.leader() ? 1 : 0;
        leaderWins += (long) w;
        for (int c = 0; c < m; c++) {
            double x = y[model.leader() * m + c] - y[model.runnerUp() * m + c];
            margin[3 * c] += x;
            margin[3 * c + 1] += x * x;
            margin[3 * c + 2] += x * w;
            int lead = 0;
            for (int j = 0; j < k; j++) {
                localShareSum[c * k + j] += y[j * m + c];
                if (j != model.other() && (lead == model.other() || y[j * m + c] > y[lead * m + c])) {
                    lead = j;
                }
            }
            leads[c * k + lead]++;
        }
    }

    /** Adds {@code o}, a later block: integer counts exactly, sums in block order. */
    void combine(LiveTally o) {
        tally.combine(o.tally);
        for (int j = 0; j < k; j++) {
            shareSum[j] += o.shareSum[j];
            voteSum[j] += o.voteSum[j];
            runoffVotes[j] += o.runoffVotes[j];
            min[j] = Math.min(min[j], o.min[j]);
            max[j] = Math.max(max[j], o.max[j]);
        }
        for (int i = 0; i < margin.length; i++) {
            margin[i] += o.margin[i];
        }
        for (int i = 0; i < leads.length; i++) {
            leads[i] += o.leads[i];
            localShareSum[i] += o.localShareSum[i];
        }
        leaderWins += o.leaderWins;
        if (assembly != null) {
            assembly.combine(o.assembly);
        }
    }
}
