package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The Assembly model on election night: fixed winners, the pull toward the declarations, and no change without. */
class AssemblyNightTest {
    private static final int P = 6;
    private static final int K = 6;
    private final AssemblyInput in = AssemblySimulationTest.assembly(
            new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
    private final ShareInput mayor = AssemblySimulationTest.mayor(2);

    private static AssemblyNight night(int[] fixed, double[] weight, double[] observed, double sd) {
        double[] share = new double[K * P];
        Arrays.fill(share, Double.NaN);
        for (int c = 0; c < K; c++) {
            if (fixed[c] >= 0) {
                Arrays.fill(share, c * P, c * P + P, 0);
                share[c * P + fixed[c]] = 100;
            }
        }
        double[] sds = new double[P];
        Arrays.fill(sds, sd);
        return new AssemblyNight(fixed, share, weight, observed, sds);
    }

    private static int[] none() {
        int[] f = new int[K];
        Arrays.fill(f, -1);
        return f;
    }

    private static double[] filled(double v) {
        double[] a = new double[P];
        Arrays.fill(a, v);
        return a;
    }

    /** Runs n draws with the mayor's shares at their means plus noise; calls back after each. */
    private void run(AssemblyModel model, int n, java.util.function.Consumer<AssemblyModel.Draw> each) {
        ZigguratSampler.NormalizedGaussian normal =
                ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_SHI_RO_256_PP.create(11L));
        AssemblyModel.Draw d = model.newDraw();
        double[] shares = mayor.mean().clone();
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < shares.length; j++) {
                shares[j] = mayor.mean()[j] + 3 * normal.sample();
            }
            model.draw(normal, shares, mayor.mean(), d);
            each.accept(d);
        }
    }

    @Test
    void nothingDeclaredDrawsExactlyAsBeforeTheNight() {
        StringBuilder before = new StringBuilder();
        StringBuilder night = new StringBuilder();
        run(
                new AssemblyModel(in, mayor.mean(), 3),
                2000,
                d -> before.append(Arrays.toString(d.totalSeats)).append(Arrays.toString(d.listShare)));
        run(
                new AssemblyModel(in, mayor.mean(), 3, night(none(), filled(1), filled(0), 2)),
                2000,
                d -> night.append(Arrays.toString(d.totalSeats)).append(Arrays.toString(d.listShare)));
        assertThat(night.toString()).isEqualTo(before.toString());
    }

    @Test
    void declaredWinnersHoldTheirSeatsInEverySimulation() {
        int[] fixed = none();
        fixed[0] = 1; // c0 leans Labour at the baseline; declared Conservative
        fixed[3] = 2; // c3 declared Green
        AssemblyModel model = new AssemblyModel(in, mayor.mean(), 3, night(fixed, filled(1), filled(0), 2));
        int[] otherWinners = new int[P];
        run(model, 5000, d -> {
            assertThat(d.constituencyWinner[0]).isEqualTo(1);
            assertThat(d.constituencyWinner[3]).isEqualTo(2);
            assertThat(Arrays.stream(d.constituencySeats).sum()).isEqualTo(K);
            assertThat(Arrays.stream(d.totalSeats).sum()).isEqualTo(in.seats());
            otherWinners[d.constituencyWinner[2]]++;
        });
        // An undeclared marginal is still simulated.
        assertThat(otherWinners[0]).isPositive();
        assertThat(otherWinners[1]).isPositive();
    }

    @Test
    void theDeclarationsPullTheLondonWideShareAndTheListWithIt() {
        double[] weight = filled(1);
        double[] observed = new double[P];
        weight[0] = 0; // Labour: all weight on the declarations' 30%, 10 points under the forecast
        observed[0] = 30;
        AssemblyModel model = new AssemblyModel(in, mayor.mean(), 3, night(none(), weight, observed, 0.5));
        double[] sums = new double[2];
        run(model, 5000, d -> {
            sums[0] += d.constituencyShare[0];
            sums[1] += d.listShare[0];
        });
        // Renormalised to 100 after the pull, so near (not at) 30; the list moves by the same 10 points.
        assertThat(sums[0] / 5000).isCloseTo(30 * 100 / 90.0, within(1.0));
        assertThat(sums[1] / 5000).isCloseTo(26 * 100 / 90.0, within(1.5));
    }

    @Test
    void aRisingSmallPartysGainGoesOntoTheListPointForPoint() {
        // Reform UK's night in 2024: the forecast had it at 2.4% of the constituency vote and 1% of the list, and
        // the declarations at 7.4%. As a ratio (0.42) the list would gain 2.1 points; in points it gains 5.
        AssemblyInput rising = AssemblySimulationTest.assembly(
                new double[] {40, 32, 11, 10, 2.4, 4.6}, new double[] {37, 30, 12, 9, 1.0, 11}, 2);
        double[] weight = filled(1);
        double[] observed = new double[P];
        weight[4] = 0;
        observed[4] = 7.4;
        AssemblyModel model = new AssemblyModel(rising, mayor.mean(), 3, night(none(), weight, observed, 0.5));
        double[] sum = new double[1];
        run(model, 5000, d -> sum[0] += d.listShare[4]);
        // The other parties keep their draws (weight 1), so the list adds up to about 105 before it is
        // renormalised. The list's own error is 2 points, so the margin is ten standard errors of the mean.
        assertThat(sum[0] / 5000).isCloseTo(6.0 * 100 / 105, within(0.3));
    }
}
