package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.pollcast.election.CountRules;
import org.pollcast.election.CountSheet;
import org.pollcast.election.InstantRunoff;
import org.pollcast.election.SupplementaryVote;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * The simulator's count of one simulation ({@link MayorCount}) against the election package's count with the
 * table's means, on random share vectors. Instant-runoff uses the means, so it must agree exactly. The
 * Supplementary Vote draws its transfers from Dirichlet(κ·T); at κ = 10^12 each draw is within about 10^-5 of
 * the table (relative sd 1/√(κ·T) for shares T ≥ 0.01), which checks that each finalist gets its own
 * component whichever of the two leads. Winners are compared only when the table's final margin exceeds
 * 10^-3 points, about 100 standard deviations of the draw's effect: the chance of a false failure is nil.
 */
class MayorCountTest {
    private static final int CASES = 300;

    @RepeatedTest(CASES)
    void theSimulationCountsAsTheElectionPackageDoes(RepetitionInfo info) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(0x5_1A1L + info.getCurrentRepetition());
        int k = 3 + rng.nextInt(6);
        List<String> ids = new ArrayList<>();
        double[] shares = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            ids.add(j == k - 1 ? "other" : "c" + j);
            shares[j] = rng.nextInt(4) == 0 ? 60 * rng.nextDouble() : 20 * rng.nextDouble();
            sum += shares[j];
        }
        for (int j = 0; j < k; j++) {
            shares[j] *= 100 / sum;
        }
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            double left = 0.9 * rng.nextDouble();
            for (int j = 0; j < k; j++) {
                if (j != i && left > 0.01) {
                    rows[i][j] = Math.max(0.01, left * rng.nextDouble());
                    left -= rows[i][j];
                }
            }
        }
        TransferTable table = TransferTable.fromShares(ids, rows);
        int other = k - 1;
        CountSheet expected = new CountSheet(k);

        // transfers pinned to the table's means by a huge concentration
        MayorCount irv = new MayorCount(
                CountRules.of(VotingSystem.INSTANT_RUNOFF), k, other, table, 1e12, RunoffSwing.none(), null);
        irv.startBlock(rng);
        irv.count(shares);
        InstantRunoff.count(shares, other, table, expected);
        assertThat(irv.winner).isEqualTo(expected.winner());
        assertThat(irv.outright).isEqualTo(expected.firstRound());
        if (expected.firstRound()) {
            assertThat(irv.runoffLo).isEqualTo(-1);
        } else {
            // the count taken on to its last two gives the pair (same winner as the count that stops early)
            CountSheet lastTwo = new CountSheet(k);
            InstantRunoff.count(shares, other, table, lastTwo, true);
            assertThat(lastTwo.winner()).isEqualTo(expected.winner());
            assertThat(irv.runoffLo).isEqualTo(Math.min(lastTwo.leader(), lastTwo.runnerUp()));
            assertThat(irv.runoffHi).isEqualTo(Math.max(lastTwo.leader(), lastTwo.runnerUp()));
        }

        MayorCount sv = new MayorCount(
                CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE), k, other, table, 1e12, RunoffSwing.none(), null);
        sv.startBlock(rng);
        sv.count(shares);
        SupplementaryVote.count(shares, other, table, expected);
        assertThat(sv.outright).isEqualTo(expected.firstRound());
        if (expected.firstRound()) {
            assertThat(sv.winner).isEqualTo(expected.winner());
            assertThat(sv.runoffLo).isEqualTo(-1);
            return;
        }
        int lo = Math.min(expected.leader(), expected.runnerUp());
        int hi = Math.max(expected.leader(), expected.runnerUp());
        assertThat(sv.runoffLo).isEqualTo(lo);
        assertThat(sv.runoffHi).isEqualTo(hi);
        double shareLo = 100 * expected.votes(lo) / (expected.votes(lo) + expected.votes(hi));
        assertThat(sv.runoffShareLo).isCloseTo(shareLo, within(1e-3));
        if (Math.abs(expected.votes(lo) - expected.votes(hi)) > 1e-3) {
            assertThat(sv.winner).isEqualTo(expected.winner());
        }
        assertThat(sv.winner).isNotEqualTo(other);
    }
}
