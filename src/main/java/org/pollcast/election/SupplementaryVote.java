package org.pollcast.election;

import java.util.List;

/**
 * The Supplementary Vote (London Mayor 2000–2021 and from 2028): a candidate with more than half of all
 * valid first preferences wins outright; otherwise every candidate but the top two is eliminated at once,
 * and each eliminated candidate's ballots whose second preference is one of the two are added to that
 * finalist; all other ballots are exhausted. The finalist with more votes wins; on equal votes, the one
 * listed first (a convention: the law settles ties by lot).
 *
 * <p>Allocation-free, so the simulator's hot loop runs this very code with transfers drawn per simulation
 * ({@link RunoffTransfers}); {@link VoteCount#supplementaryVote} runs it with a {@link TransferTable}.
 */
public final class SupplementaryVote {
    private SupplementaryVote() {}

    /**
     * Counts {@code first} onto {@code sheet}. {@code excluded} (−1 for none) can neither win nor reach the
     * run-off (the simulator's "other", many small candidates), though its votes count in the total. Transfers
     * are asked for only from eliminated candidates with votes, in candidate order, and only when there is a
     * second round.
     */
    public static void count(double[] first, int excluded, RunoffTransfers transfers, CountSheet sheet) {
        count(first, excluded, transfers, sheet, List.of());
    }

    /**
     * As {@link #count(double[], int, RunoffTransfers, CountSheet)}, the leader elected in the first round by
     * {@code outright} (a two-round contest's rules; empty: over half).
     */
    public static void count(
            double[] first, int excluded, RunoffTransfers transfers, CountSheet sheet, List<OutrightRule> outright) {
        sheet.start(first);
        sheet.topTwo(excluded);
        int a = sheet.finalistA;
        int b = sheet.finalistB;
        double total = 0;
        for (double v : first) {
            total += v;
        }
        if (b < 0 || OutrightRule.met(outright, first[a], first[b], total)) {
            sheet.winner = a;
            sheet.firstRound = true;
            return;
        }
        double[] votes = sheet.votes;
        double[] split = sheet.split;
        double exhausted = 0;
        for (int i = 0; i < votes.length; i++) {
            if (i == a || i == b) {
                continue;
            }
            double ballots = first[i];
            votes[i] = 0;
            if (ballots <= 0) {
                continue; // nothing to transfer: no transfer is drawn
            }
            transfers.split(i, a, b, split);
            double all = split[2];
            if (all > 0) {
                double toA = ballots * split[0] / all;
                double toB = ballots * split[1] / all;
                votes[a] += toA;
                votes[b] += toB;
                exhausted += ballots - toA - toB;
            } else {
                exhausted += ballots;
            }
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        sheet.winner = votes[hi] > votes[lo] ? hi : lo;
        sheet.firstRound = false;
        sheet.exhausted = exhausted;
    }
}
