package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The election-night conditioning on small cases worked by hand, and the chances in words. */
class SwingPosteriorTest {
    private static final double NAN = Double.NaN;

    private static double[] identity(int m) {
        double[] r = new double[m * m];
        for (int i = 0; i < m; i++) {
            r[i * m + i] = 1;
        }
        return r;
    }

    @Test
    void nothingDeclaredLeavesThePriorWithItsSharedErrorAdded() {
        double[][] p = SwingPosterior.posterior(
                new double[] {40, 30},
                2,
                new double[] {1, 1},
                identity(2),
                new double[] {NAN, NAN},
                new double[2],
                new double[] {1, 1},
                0.5);
        assertThat(p[0]).containsExactly(40, 30);
        // S² + τ² + ω² on the diagonal, S² + ω² off it
        assertThat(p[1]).containsExactly(4 + 1 + 0.25, 4 + 0.25, 4 + 0.25, 4 + 1 + 0.25);
    }

    @Test
    void oneExactDeclarationMovesTheOtherByTheSharedSwingOnly() {
        // y1 observed 4 above its prior; with S² = 4, τ² = 1 (independent), the other moves by
        // S² / (S² + τ²) × 4 = 3.2, and its variance falls to S² + τ² − S⁴ / (S² + τ²) = 5 − 3.2 = 1.8.
        double[][] p = SwingPosterior.posterior(
                new double[] {40, 30},
                2,
                new double[] {1, 1},
                identity(2),
                new double[] {44, NAN},
                new double[] {0, 0},
                new double[] {0, 1},
                0);
        assertThat(p[0][0]).isCloseTo(44, within(1e-9));
        assertThat(p[0][1]).isCloseTo(33.2, within(1e-9));
        assertThat(p[1][0]).isCloseTo(0, within(1e-9));
        assertThat(p[1][3]).isCloseTo(1.8, within(1e-9));
    }

    /**
     * A constituency whose lean is unknown (no figures of its own, beside others with them) has the spread of leans in
     * its own deviation: its declaration says less of the shared swing. With S² = 4 and τ² = 1 the other constituency
     * moves by 4/5 of a declared 4 points; with that constituency's τ² = 1 + 100 (a 10-point spread of leans), by 4/105.
     */
    @Test
    void aConstituencyWhoseLeanIsUnknownMovesTheOthersLess() {
        double[][] p = SwingPosterior.posterior(
                new double[] {40, 30},
                2,
                new double[] {Math.sqrt(101), 1},
                identity(2),
                new double[] {44, NAN},
                new double[] {0, 0},
                new double[] {0, 1},
                0);
        assertThat(p[0][1]).isCloseTo(30 + 4 * 4.0 / 105, within(1e-9));
    }

    @Test
    void similarConstituenciesLearnMoreFromEachOther() {
        double[] kernel = {1, 0.8, 0, 0.8, 1, 0, 0, 0, 1};
        double[][] p = SwingPosterior.posterior(
                new double[] {40, 40, 40},
                1,
                new double[] {3, 3, 3},
                kernel,
                new double[] {46, NAN, NAN},
                new double[3],
                new double[] {0, 1, 1},
                0);
        assertThat(p[0][1] - 40).isGreaterThan(p[0][2] - 40).isGreaterThan(0);
    }

    @Test
    void choleskyReproducesTheMatrix() {
        double[] a = {4, 2, 0.6, 2, 5, 1, 0.6, 1, 3};
        double[] l = Cholesky.factor(a, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += l[i * 3 + k] * l[j * 3 + k];
                }
                assertThat(s).isCloseTo(a[i * 3 + j], within(1e-9));
            }
        }
        double[] x = Cholesky.solve(l, 3, new double[] {1, 2, 3});
        assertThat(4 * x[0] + 2 * x[1] + 0.6 * x[2]).isCloseTo(1, within(1e-12));
    }

    @Test
    void chancesInWords() {
        assertThat(LiveForecast.chance(0.9)).isEqualTo("9 in 10");
        assertThat(LiveForecast.chance(0.31)).isEqualTo("3 in 10");
        assertThat(LiveForecast.chance(0.05)).isEqualTo("1 in 20");
        assertThat(LiveForecast.chance(0.97)).isEqualTo("97 in 100");
        assertThat(LiveForecast.chance(0.001)).isEqualTo("less than 1 in 100");
        assertThat(LiveForecast.chance(0.999)).isEqualTo("more than 99 in 100");
        assertThat(LiveForecast.chance(1)).isEqualTo("certain");
        assertThat(LiveForecast.chance(0)).isEqualTo("none");
    }
}
