package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pollcast.election.CountRules;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * What the election-night simulation draws from: k options ({@code other} included) in m constituencies. Built
 * by the pipeline from the pre-election forecast, the baseline results and the declarations; arrays are shared,
 * never written.
 *
 * @param rules         how the contest is counted: its system and any rules of an outright first-round win
 * @param mean          posterior mean share, option j in constituency c at {@code [j * m + c]} (percent)
 * @param chol          lower Cholesky factor of option j's posterior covariance at {@code [j * m * m + a * m + b]}
 * @param known         votes counted so far at {@code [c * k + j]}: where not given 0, or for {@code other} a floor,
 *                      the votes of the candidates it lumps that a declaration naming only some candidates names
 * @param isKnown       whether option j's count in constituency c is given
 * @param counted       the share of constituency c's ballots counted: 0 undeclared, 1 declared
 * @param totalCounted  the ballots counted so far in constituency c when the figures give the total (every
 *                      candidate, or an Others row), else 0
 * @param baseVotes     constituency c's expected valid votes at the baseline's turnout
 * @param turnoutMean   posterior mean of the London-wide log turnout ratio to the baseline
 * @param turnoutSd     its posterior standard deviation
 * @param localTurnout  each constituency's own log turnout deviation's standard deviation
 * @param transfers     second-preference table for a simulated Supplementary Vote run-off, or null
 * @param swing         a two-round contest's common lean between the finalists (as the forecast's), else none
 * @param countedRunoff the declared second preferences when the run-off is counted, not simulated, or null
 * @param leader        the option leading on the posterior mean (for which constituencies decide it)
 * @param runnerUp      the second
 */
public record LiveModel(
        String election,
        String contest,
        CountRules rules,
        List<String> options,
        List<String> names,
        List<String> parties,
        int other,
        List<String> constituencies,
        double[] mean,
        double[] chol,
        double[] known,
        boolean[] isKnown,
        double[] counted,
        double[] totalCounted,
        double[] baseVotes,
        double turnoutMean,
        double turnoutSd,
        double localTurnout,
        TransferTable transfers,
        double concentration,
        RunoffSwing swing,
        RunoffTransfers countedRunoff,
        int leader,
        int runnerUp) {

    public LiveModel {
        options = List.copyOf(options);
        names = List.copyOf(names);
        parties = Collections.unmodifiableList(new ArrayList<>(parties));
        constituencies = List.copyOf(constituencies);
        int k = options.size();
        int m = constituencies.size();
        if (mean.length != k * m
                || chol.length != k * m * m
                || known.length != m * k
                || isKnown.length != m * k
                || counted.length != m
                || totalCounted.length != m
                || baseVotes.length != m) {
            throw new IllegalArgumentException(
                    "live model arrays do not match " + k + " options × " + m + " constituencies");
        }
        if (rules.system().topTwoGoOn() && transfers == null && countedRunoff == null) {
            throw new IllegalArgumentException(
                    rules.system().code() + " needs second preferences (or a counted final round)");
        }
    }

    public VotingSystem system() {
        return rules.system();
    }

    public int k() {
        return options.size();
    }

    public int m() {
        return constituencies.size();
    }

    /** Constituency c is declared with every option's figure: nothing to draw there. */
    public boolean fixed(int c) {
        if (counted[c] < 1) {
            return false;
        }
        for (int j = 0; j < k(); j++) {
            if (!isKnown[c * k() + j]) {
                return false;
            }
        }
        return true;
    }
}
