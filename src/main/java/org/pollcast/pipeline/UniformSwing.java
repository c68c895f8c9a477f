package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.Declaration;

/**
 * The plain projection the election-night model must beat: declared constituencies as declared; every other one
 * at its baseline shares plus the declared constituencies' London-wide swing (their votes against the same
 * constituencies' baseline shares, vote-weighted), with its baseline votes moved by their turnout change. No
 * prior: with nothing declared, it is the baseline result.
 */
final class UniformSwing {
    private UniformSwing() {}

    /** London-wide first-preference shares (percent) by option. */
    static double[] project(LivePrior prior, List<Declaration> declared) {
        int k = prior.k();
        int m = prior.m();
        double[] now = new double[k];
        double[] before = new double[k];
        double votesNow = 0;
        double votesBefore = 0;
        boolean[] done = new boolean[m];
        double[] totals = new double[k];
        for (Declaration d : declared) {
            int c = prior.constituencies().indexOf(d.constituency());
            done[c] = true;
            double n = d.total();
            votesNow += n;
            votesBefore += prior.baseVotes()[c];
            for (var e : d.votes().entrySet()) {
                int j = prior.option().get(e.getKey());
                now[j] += e.getValue();
                totals[j] += e.getValue();
            }
            for (int j = 0; j < k; j++) {
                before[j] += prior.baseVotes()[c] * prior.baseline()[c * k + j] / 100;
            }
        }
        double turnout = votesBefore > 0 ? votesNow / votesBefore : 1;
        for (int c = 0; c < m; c++) {
            if (done[c]) {
                continue;
            }
            double v = prior.baseVotes()[c] * turnout;
            double sum = 0;
            double[] share = new double[k];
            for (int j = 0; j < k; j++) {
                double swing = votesNow > 0 ? 100 * (now[j] / votesNow - before[j] / votesBefore) : 0;
                share[j] = Math.max(0, prior.baseline()[c * k + j] + swing);
                sum += share[j];
            }
            for (int j = 0; j < k; j++) {
                totals[j] += v * share[j] / sum;
            }
        }
        double all = 0;
        for (double t : totals) {
            all += t;
        }
        double[] out = new double[k];
        for (int j = 0; j < k; j++) {
            out[j] = 100 * totals[j] / all;
        }
        return out;
    }
}
