package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.pollcast.election.CountRules;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * A two-round contest's other candidates' voters lean together between the finalists ({@link RunoffSwing}): the
 * split of the run-off varies from count to count by what one log-odds step on every eliminated candidate's ballots
 * gives, the ballots reaching either finalist stay as drawn, and a contest with no swing counts as before.
 */
class RunoffSwingTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d");
    // c's and d's voters split evenly between a and b, and four in ten stay at home
    private static final TransferTable TABLE = TransferTable.fromShares(
            IDS, new double[][] {{0, 0.5, 0.1, 0.1}, {0.5, 0, 0.1, 0.1}, {0.3, 0.3, 0, 0.1}, {0.3, 0.3, 0.1, 0}});
    private static final double[] SHARES = {35, 30, 20, 15};

    private static SummaryStatistics runoffShares(RunoffSwing swing, int counts) {
        return runoffShares(swing, counts, SHARES);
    }

    /** Option a's share of the run-off in each of {@code counts} counts of first round {@code shares}. */
    private static SummaryStatistics runoffShares(RunoffSwing swing, int counts, double[] shares) {
        MayorCount count = new MayorCount(CountRules.of(VotingSystem.TWO_ROUND), 4, -1, TABLE, 1e12, swing, null);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261205L);
        count.startBlock(rng);
        SummaryStatistics lo = new SummaryStatistics();
        for (int n = 0; n < counts; n++) {
            count.count(shares);
            assertThat(count.runoffLo).isEqualTo(0);
            assertThat(count.runoffHi).isEqualTo(1);
            lo.addValue(count.runoffShareLo);
        }
        return lo;
    }

    @Test
    void withoutASwingTheRunoffIsTheTablesSplit() {
        SummaryStatistics none = runoffShares(RunoffSwing.none(), 200);
        // a: 35 + 0.3·35 = 45.5, b: 30 + 0.3·35 = 40.5
        assertThat(none.getMean()).isCloseTo(100 * 45.5 / 86, within(1e-3));
        assertThat(none.getStandardDeviation()).isLessThan(1e-3);
    }

    @Test
    void theEliminatedVotersLeanTogetherByTheSwing() {
        SummaryStatistics swung = runoffShares(RunoffSwing.uniform(4, 1.0), 20_000);
        // 21 of the run-off's 86 points come from c and d; at an even split one log-odds step of sd 1 moves them by
        // about 21·0.25·1 = 5.3 points, i.e. a's share by 6.1 points of 86 (the logistic's curvature makes it less)
        assertThat(swung.getStandardDeviation()).isBetween(4.5, 6.2);
        // symmetric on the log-odds scale about an even split: the mean stays the table's
        assertThat(swung.getMean()).isCloseTo(100 * 45.5 / 86, within(0.15));
        // never more than everything c and d send
        assertThat(swung.getMax()).isLessThanOrEqualTo(100 * (35 + 21) / 86.0 + 1e-9);
        assertThat(swung.getMin()).isGreaterThanOrEqualTo(100 * 35 / 86.0 - 1e-9);
    }

    /**
     * The lean moves the eliminated voters towards the first round's runner-up, whichever finalist that is: c's and d's
     * 21 points, split evenly by the table, go about 69 to 31 to the runner-up at a lean of 1 (the logistic of a step
     * of 1 about a standard normal's draws), so a, leading 35 to 30, falls from 52.9% of the run-off to about 48%, and,
     * trailing 30 to 35, rises from 47.1% to about 52%.
     */
    @Test
    void theLeanMovesTheEliminatedVotersTowardsTheRunnerUp() {
        SummaryStatistics leading = runoffShares(RunoffSwing.uniform(4, 1.0, 1.0, 0), 20_000);
        assertThat(leading.getMean()).isBetween(47.0, 49.5);
        SummaryStatistics trailing =
                runoffShares(RunoffSwing.uniform(4, 1.0, 1.0, 0), 20_000, new double[] {30, 35, 20, 15});
        assertThat(trailing.getMean()).isBetween(50.5, 53.0);
        // the ballots reaching either finalist stay as drawn: the lean moves them between the two, never away
        assertThat(leading.getMax()).isLessThanOrEqualTo(100 * (35 + 21) / 86.0 + 1e-9);
        assertThat(leading.getMin()).isGreaterThanOrEqualTo(100 * 35 / 86.0 - 1e-9);
        // no swing, no lean: a lean narrows with its pair's swing, so none is left to lean
        assertThat(RunoffSwing.uniform(4, 0, 1.0, 0).any()).isFalse();
        assertThat(RunoffSwing.uniform(4, 1.4, 1.0, 0).narrowed(0, 1, 0.5).lean(1, 0))
                .isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(() -> RunoffSwing.uniform(4, 1.4, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A second round's voters choose between the finalists whatever their second preference was: c's table sends 0.3
     * to each finalist, 0.1 to d and leaves 0.3 unused (a Supplementary Vote ballot exhausted), and with every voter
     * coming back all of c's and d's 35 points divide between a and b as 0.3 to 0.3 does. Before, a two-round count
     * took only 0.6 of them, and in a field of many far fewer (a table's shares to third candidates): Ukraine 2019's
     * Zelensky, 30.6 to Poroshenko's 16.1 with 53.3 for the rest, could reach the 75.0 of the run-off he won only if
     * every other voter who came back chose him, and the ranges of such landslides stopped short of them.
     */
    @Test
    void aSecondRoundsVotersComeBackAndChooseBetweenTheTwo() {
        SummaryStatistics all = runoffShares(RunoffSwing.uniform(4, 0, 0, 1.0), 200);
        assertThat(all.getMean()).isCloseTo(100 * (35 + 17.5) / 100, within(1e-3));
        assertThat(RunoffSwing.uniform(4, 0, 0, 1.0).any()).isTrue();
        // nine in ten coming back: a 35 + 0.45·35, b 30 + 0.45·35
        SummaryStatistics most = runoffShares(RunoffSwing.uniform(4, 0, 0, 0.9), 200);
        assertThat(most.getMean()).isCloseTo(100 * (35 + 15.75) / 96.5, within(1e-3));
        // the swing then moves all of them: a's share can reach everything c and d had
        SummaryStatistics swung = runoffShares(RunoffSwing.uniform(4, 1.0, 0, 1.0), 20_000);
        assertThat(swung.getMax()).isGreaterThan(100 * (35 + 21) / 86.0 + 1);
        assertThat(swung.getMax()).isLessThanOrEqualTo(100 * (35 + 35) / 100.0 + 1e-9);
        RunoffSwing back = RunoffSwing.uniform(4, 0, 0, 1.0);
        assertThat(back.toFinalist(2, 0.3, 0.1)).isCloseTo(0.75, within(1e-12));
        assertThat(back.toFinalist(2, 0, 0)).isZero();
        assertThat(RunoffSwing.none().toFinalist(2, 0.3, 0.1)).isEqualTo(0.3);
        // a row a count gave says itself who came back
        RunoffSwing counted = back.withCounted(new boolean[] {false, false, true, false});
        assertThat(counted.toFinalist(2, 0.3, 0.1)).isEqualTo(0.3);
        assertThat(counted.toFinalist(3, 0.3, 0.1)).isCloseTo(0.75, within(1e-12));
        assertThat(counted.returns()).isTrue();
        assertThat(back.withCounted(new boolean[] {true, true, true, true}).returns())
                .isFalse();
        assertThatThrownBy(() -> RunoffSwing.uniform(4, 1.0, 0, 1.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPairsSwingIsNarrowedOnItsOwn() {
        RunoffSwing swing = RunoffSwing.uniform(4, 1.4).narrowed(1, 0, 0.5);
        assertThat(swing.sd(0, 1)).isCloseTo(0.7, within(1e-12));
        assertThat(swing.sd(1, 0)).isCloseTo(0.7, within(1e-12));
        assertThat(swing.sd(0, 2)).isCloseTo(1.4, within(1e-12));
        assertThat(RunoffSwing.uniform(4, 0).any()).isFalse();
        assertThat(RunoffSwing.none().narrowed(0, 1, 0.5).any()).isFalse();
        assertThatThrownBy(() -> RunoffSwing.uniform(4, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
