package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExponentialKernelTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void recursionEqualsTheDoubleSum(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int n = 1 + rng.nextInt(40);
        int[] days = rng.ints(n, 0, 200).distinct().sorted().toArray();
        double halfLife = 1 + 30 * rng.nextDouble();
        double[] in = new double[days.length];
        for (int k = 0; k < in.length; k++) {
            in[k] = rng.nextDouble() * 10;
        }
        double[] out = new double[days.length];
        new ExponentialKernel(days, halfLife).apply(in, out);
        for (int d = 0; d < days.length; d++) {
            double expected = 0;
            for (int k = 0; k < days.length; k++) {
                expected += Math.pow(2, -Math.abs(days[d] - days[k]) / halfLife) * in[k];
            }
            assertThat(out[d]).as(Arrays.toString(days)).isCloseTo(expected, within(1e-9 * (1 + expected)));
        }
    }
}
