package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.election.CountSheet;
import org.pollcast.election.InstantRunoff;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.RunoffSwing;

/** One pull a candidate, fitted to several pairs' final rounds; each pair's final round as the contest counts it. */
class CandidatePullsTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "other");
    private static final TransferTable PRIOR = TransferTable.fromShares(IDS, new double[][] {
        {0, 0.30, 0.15, 0.10, 0.05},
        {0.25, 0, 0.10, 0.20, 0.05},
        {0.20, 0.15, 0, 0.25, 0.05},
        {0.10, 0.30, 0.20, 0, 0.05},
        {0.15, 0.15, 0.10, 0.10, 0}
    });
    private static final double[] MEAN = {30, 35, 18, 12, 5};
    private static final int OTHER = 4;
    private static final boolean[] ABC = {true, true, true, false, false};

    /**
     * Where a and b would be the last two anyway, the final round with the others eliminated is the instant-runoff
     * count's own (InstantRunoff, counted on to its last two), ballot chains and all.
     */
    @Test
    void theInstantRunoffFinalRoundIsTheCountsOwnWhereThePairIsItsLastTwo() {
        CountSheet sheet = new CountSheet(IDS.size());
        InstantRunoff.count(MEAN, OTHER, PRIOR, sheet, true);
        assertThat(List.of(sheet.leader(), sheet.runnerUp())).containsExactlyInAnyOrder(0, 1);
        double counted = 100 * sheet.votes(0) / (sheet.votes(0) + sheet.votes(1));
        assertThat(CandidatePulls.finalShare(PRIOR, MEAN, 0, 1, OTHER, VotingSystem.INSTANT_RUNOFF, RunoffSwing.none()))
                .isCloseTo(counted, within(1e-9));
    }

    /**
     * Three pairs round a cycle whose final rounds one set of pulls made: the fit finds those pulls again (up to a
     * constant, which changes nothing), however the pairs are weighted.
     */
    @Test
    void pairsThatAgreeRoundACycleGiveBackThePullsThatMadeThem() {
        double[] truth = {-0.4, 0.1, 0.5, 0, 0};
        TransferTable made = CandidatePulls.pulled(PRIOR, ABC, truth);
        for (VotingSystem system : List.of(VotingSystem.SUPPLEMENTARY_VOTE, VotingSystem.INSTANT_RUNOFF)) {
            List<CandidatePulls.Aim> aims =
                    List.of(aim(made, 1, 0, system, 3), aim(made, 0, 2, system, 2.2), aim(made, 1, 2, system, 5));
            double[] fitted = CandidatePulls.centred(
                    CandidatePulls.fit(PRIOR, MEAN, OTHER, system, RunoffSwing.none(), aims), aims);
            double[] centred = CandidatePulls.centred(truth, aims);
            for (int j = 0; j < IDS.size(); j++) {
                assertThat(fitted[j]).as("%s, %s", system, IDS.get(j)).isCloseTo(centred[j], within(1e-6));
            }
        }
    }

    /**
     * Round a cycle whose pairs disagree, no pulls meet them all: the fit is the weighted least-squares compromise, so
     * no small move of any pull lowers the weighted squared misses, and the best-supported pair is missed least.
     */
    @Test
    void pairsThatDisagreeRoundACycleMeetInTheWeightedLeastSquares() {
        VotingSystem system = VotingSystem.SUPPLEMENTARY_VOTE;
        double ba = CandidatePulls.finalShare(PRIOR, MEAN, 1, 0, OTHER, system, RunoffSwing.none());
        double ac = CandidatePulls.finalShare(PRIOR, MEAN, 0, 2, OTHER, system, RunoffSwing.none());
        double bc = CandidatePulls.finalShare(PRIOR, MEAN, 1, 2, OTHER, system, RunoffSwing.none());
        // b gains on a and a on c, yet c gains on b.
        List<CandidatePulls.Aim> aims = List.of(
                new CandidatePulls.Aim(1, 0, ba + 3, 6),
                new CandidatePulls.Aim(0, 2, ac + 3, 3),
                new CandidatePulls.Aim(1, 2, bc - 3, 2));
        double[] pull = CandidatePulls.fit(PRIOR, MEAN, OTHER, system, RunoffSwing.none(), aims);
        double best = misses(pull, aims, system);
        for (int j = 0; j < 3; j++) {
            for (double h : new double[] {-0.01, 0.01}) {
                double[] moved = pull.clone();
                moved[j] += h;
                assertThat(misses(moved, aims, system)).isGreaterThan(best);
            }
        }
        double[] miss = new double[3];
        TransferTable t = CandidatePulls.pulled(PRIOR, ABC, pull);
        for (int i = 0; i < 3; i++) {
            CandidatePulls.Aim p = aims.get(i);
            miss[i] = Math.abs(
                    CandidatePulls.finalShare(t, MEAN, p.a(), p.b(), OTHER, system, RunoffSwing.none()) - p.share());
        }
        assertThat(miss[0]).isGreaterThan(0.1).isLessThan(miss[1]).isLessThan(miss[2]);
    }

    private static CandidatePulls.Aim aim(TransferTable t, int a, int b, VotingSystem system, double weight) {
        return new CandidatePulls.Aim(
                a, b, CandidatePulls.finalShare(t, MEAN, a, b, OTHER, system, RunoffSwing.none()), weight);
    }

    private static double misses(double[] pull, List<CandidatePulls.Aim> aims, VotingSystem system) {
        TransferTable t = CandidatePulls.pulled(PRIOR, ABC, pull);
        double s = 0;
        for (CandidatePulls.Aim p : aims) {
            double d = CandidatePulls.finalShare(t, MEAN, p.a(), p.b(), OTHER, system, RunoffSwing.none()) - p.share();
            s += p.weight() * d * d;
        }
        return s;
    }
}
