package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pollcast.ingest.Problem;

/**
 * Checks the Kalman filter + RTS smoother against the exact Gaussian posterior computed densely (joint
 * precision matrix of all daily levels, solved with commons-math3) and the exact multivariate normal density of
 * the observation vector. Small random problems from fixed seeds (XO_SHI_RO_256_PP), so deterministic.
 */
class LocalLevelSmootherTest {
    private static final double REL_TOL = 1e-8;

    /** One random problem; arrays are longer than m and padded with invalid entries that must be ignored. */
    private record Problem(
            int days,
            int[] obsDay,
            double[] obsValue,
            double[] obsVariance,
            int m,
            double driftVariance,
            double initialMean,
            double initialVariance) {

        SmoothedLevel smooth() {
            return LocalLevelSmoother.smooth(
                    days, obsDay, obsValue, obsVariance, m, driftVariance, initialMean, initialVariance);
        }

        static Problem random(UniformRandomProvider rng) {
            int days = 1 + rng.nextInt(12);
            int m = rng.nextInt(16);
            int pad = rng.nextInt(3);
            int[] day = new int[m + pad];
            double[] value = new double[m + pad];
            double[] variance = new double[m + pad];
            for (int i = 0; i < m; i++) {
                day[i] = rng.nextInt(days);
                value[i] = 40 + 10 * gaussian(rng);
                variance[i] = logUniform(rng, 0.1, 20);
            }
            for (int i = m; i < m + pad; i++) {
                day[i] = -1;
                value[i] = Double.NaN;
                variance[i] = -1;
            }
            return new Problem(
                    days,
                    day,
                    value,
                    variance,
                    m,
                    logUniform(rng, 0.01, 5),
                    40 + 5 * gaussian(rng),
                    logUniform(rng, 0.5, 1e4));
        }
    }

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 50).mapToObj(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesDensePosteriorAndLikelihood(long seed) {
        Problem p = Problem.random(RandomSource.XO_SHI_RO_256_PP.create(seed));
        SmoothedLevel s = p.smooth();

        // Joint precision of level[0..days-1] and information vector.
        RealMatrix precision = MatrixUtils.createRealMatrix(p.days, p.days);
        RealVector information = new ArrayRealVector(p.days);
        precision.addToEntry(0, 0, 1 / p.initialVariance);
        information.addToEntry(0, p.initialMean / p.initialVariance);
        for (int t = 1; t < p.days; t++) {
            double w = 1 / p.driftVariance;
            precision.addToEntry(t - 1, t - 1, w);
            precision.addToEntry(t, t, w);
            precision.addToEntry(t - 1, t, -w);
            precision.addToEntry(t, t - 1, -w);
        }
        for (int i = 0; i < p.m; i++) {
            int d = p.obsDay[i];
            precision.addToEntry(d, d, 1 / p.obsVariance[i]);
            information.addToEntry(d, p.obsValue[i] / p.obsVariance[i]);
        }
        RealMatrix covariance = new LUDecomposition(precision).getSolver().getInverse();
        RealVector mean = covariance.operate(information);

        assertThat(s.mean()).hasSize(p.days);
        assertThat(s.variance()).hasSize(p.days);
        for (int t = 0; t < p.days; t++) {
            assertClose(s.mean()[t], mean.getEntry(t), "mean[" + t + "] (seed " + seed + ")");
            double v = covariance.getEntry(t, t);
            assertThat(s.variance()[t])
                    .as("variance[" + t + "] (seed " + seed + ")")
                    .isCloseTo(v, within(REL_TOL * v));
        }
        assertClose(s.logLikelihood(), denseLogLikelihood(p), "logLikelihood (seed " + seed + ")");
    }

    /** The random problems do cover days with several observations and days with none. */
    @Test
    void randomProblemsCoverCrowdedAndEmptyDays() {
        int crowded = 0;
        int empty = 0;
        for (long seed = 1; seed <= 50; seed++) {
            Problem p = Problem.random(RandomSource.XO_SHI_RO_256_PP.create(seed));
            int[] count = new int[p.days];
            for (int i = 0; i < p.m; i++) {
                count[p.obsDay[i]]++;
            }
            for (int c : count) {
                crowded += c >= 2 ? 1 : 0;
                empty += c == 0 ? 1 : 0;
            }
        }
        assertThat(crowded).isGreaterThan(20);
        assertThat(empty).isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resultDoesNotDependOnObservationOrder(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        // Few days, many observations: most days carry several.
        int days = 1 + rng.nextInt(4);
        int m = 5 + rng.nextInt(20);
        int[] day = new int[m];
        double[] value = new double[m];
        double[] variance = new double[m];
        for (int i = 0; i < m; i++) {
            day[i] = rng.nextInt(days);
            value[i] = 40 + 10 * gaussian(rng);
            variance[i] = logUniform(rng, 0.01, 20);
        }
        double drift = logUniform(rng, 0.01, 5);
        SmoothedLevel reference = LocalLevelSmoother.smooth(days, day, value, variance, m, drift, 35, 100);
        for (int k = 0; k < 5; k++) {
            for (int i = m - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int d = day[i];
                day[i] = day[j];
                day[j] = d;
                double v = value[i];
                value[i] = value[j];
                value[j] = v;
                double r = variance[i];
                variance[i] = variance[j];
                variance[j] = r;
            }
            SmoothedLevel s = LocalLevelSmoother.smooth(days, day, value, variance, m, drift, 35, 100);
            for (int t = 0; t < days; t++) {
                assertThat(s.mean()[t])
                        .isCloseTo(
                                reference.mean()[t],
                                within(1e-12 * Math.abs(reference.mean()[t])));
                assertThat(s.variance()[t])
                        .isCloseTo(
                                reference.variance()[t],
                                within(1e-12 * reference.variance()[t]));
            }
            assertThat(s.logLikelihood())
                    .isCloseTo(reference.logLikelihood(), within(1e-12 * Math.abs(reference.logLikelihood())));
        }
    }

    @Test
    void preciseObservationPinsTheLevelOnItsDay() {
        SmoothedLevel s = LocalLevelSmoother.smooth(
                30, new int[] {12, 3, 25}, new double[] {42, 30, 50}, new double[] {1e-10, 4, 4}, 3, 0.5, 0, 1e6);
        assertThat(s.mean()[12]).isCloseTo(42, within(1e-6));
        assertThat(s.variance()[12]).isPositive().isLessThanOrEqualTo(1e-10);
        // Neighbouring days are one drift step away from the pinned value.
        assertThat(s.variance()[11]).isGreaterThan(0.4).isLessThan(0.5);
        assertThat(s.variance()[13]).isGreaterThan(0.4).isLessThan(0.5);
    }

    @Test
    void withoutDriftTheSmoothedMeanIsConstant() {
        int[] day = {12, 3, 25, 25};
        double[] value = {42, 30, 50, 47};
        double[] variance = {1e-10, 4, 4, 9};
        SmoothedLevel s = LocalLevelSmoother.smooth(30, day, value, variance, 4, 0, 0, 1e6);
        for (int t = 0; t < 30; t++) {
            assertThat(s.mean()[t]).isCloseTo(42, within(1e-6));
            assertThat(s.mean()[t]).isCloseTo(s.mean()[0], within(1e-12));
            assertThat(s.variance()[t]).isCloseTo(s.variance()[0], within(1e-20));
        }
        // Without drift all observations measure one level: the mean is their precision-weighted average.
        SmoothedLevel loose = LocalLevelSmoother.smooth(
                10, new int[] {0, 9, 4}, new double[] {30, 50, 40}, new double[] {1, 4, 2}, 3, 0, 20, 10);
        double weights = 1.0 / 10 + 1 + 1.0 / 4 + 1.0 / 2;
        double expected = (20.0 / 10 + 30 + 50.0 / 4 + 40.0 / 2) / weights;
        for (int t = 0; t < 10; t++) {
            assertThat(loose.mean()[t]).isCloseTo(expected, within(1e-12));
            assertThat(loose.variance()[t]).isCloseTo(1 / weights, within(1e-14));
        }
    }

    @Test
    void withoutObservationsTheVarianceGrowsByTheDrift() {
        SmoothedLevel s = LocalLevelSmoother.smooth(365, new int[0], new double[0], new double[0], 0, 0.3, 41.5, 2);
        for (int t = 0; t < 365; t++) {
            assertThat(s.mean()[t]).isEqualTo(41.5);
            assertThat(s.variance()[t]).isCloseTo(2 + 0.3 * t, within(1e-12 * (2 + 0.3 * t)));
        }
        assertThat(s.logLikelihood()).isZero();
        SmoothedLevel one = LocalLevelSmoother.smooth(1, new int[] {7}, new double[] {1}, new double[] {1}, 0, 0, 5, 3);
        assertThat(one.mean()).containsExactly(5);
        assertThat(one.variance()).containsExactly(3);
    }

    static Stream<Arguments> invalidInputs() {
        int[] d = {0, 1};
        double[] y = {40, 41};
        double[] r = {1, 1};
        return Stream.of(
                invalid("days is 0", () -> LocalLevelSmoother.smooth(0, d, y, r, 0, 1, 0, 1)),
                invalid("m is -1", () -> LocalLevelSmoother.smooth(3, d, y, r, -1, 1, 0, 1)),
                invalid("obsDay.length 2", () -> LocalLevelSmoother.smooth(3, d, y, r, 3, 1, 0, 1)),
                invalid("obsValue.length 1", () -> LocalLevelSmoother.smooth(3, d, new double[] {4}, r, 2, 1, 0, 1)),
                invalid("obsVariance.length 1", () -> LocalLevelSmoother.smooth(3, d, y, new double[] {4}, 2, 1, 0, 1)),
                invalid("obsDay[1] is 3", () -> LocalLevelSmoother.smooth(3, new int[] {0, 3}, y, r, 2, 1, 0, 1)),
                invalid("obsDay[0] is -1", () -> LocalLevelSmoother.smooth(3, new int[] {-1, 0}, y, r, 2, 1, 0, 1)),
                invalid(
                        "obsValue[1] is NaN",
                        () -> LocalLevelSmoother.smooth(3, d, new double[] {1, Double.NaN}, r, 2, 1, 0, 1)),
                invalid(
                        "obsValue[0] is Infinity",
                        () -> LocalLevelSmoother.smooth(
                                3, d, new double[] {Double.POSITIVE_INFINITY, 1}, r, 2, 1, 0, 1)),
                invalid(
                        "obsVariance[1] is 0.0, expected finite and > 0",
                        () -> LocalLevelSmoother.smooth(3, d, y, new double[] {1, 0}, 2, 1, 0, 1)),
                invalid(
                        "obsVariance[0] is NaN",
                        () -> LocalLevelSmoother.smooth(3, d, y, new double[] {Double.NaN, 1}, 2, 1, 0, 1)),
                invalid(
                        "obsVariance[0] is Infinity",
                        () -> LocalLevelSmoother.smooth(
                                3, d, y, new double[] {Double.POSITIVE_INFINITY, 1}, 2, 1, 0, 1)),
                invalid("driftVariance is -0.1", () -> LocalLevelSmoother.smooth(3, d, y, r, 2, -0.1, 0, 1)),
                invalid("driftVariance is NaN", () -> LocalLevelSmoother.smooth(3, d, y, r, 2, Double.NaN, 0, 1)),
                invalid(
                        "driftVariance is Infinity",
                        () -> LocalLevelSmoother.smooth(3, d, y, r, 2, Double.POSITIVE_INFINITY, 0, 1)),
                invalid("initialMean is NaN", () -> LocalLevelSmoother.smooth(3, d, y, r, 2, 1, Double.NaN, 1)),
                invalid("initialVariance is 0.0", () -> LocalLevelSmoother.smooth(3, d, y, r, 2, 1, 0, 0)),
                invalid("initialVariance is NaN", () -> LocalLevelSmoother.smooth(3, d, y, r, 2, 1, 0, Double.NaN)),
                invalid(
                        "initialVariance is Infinity",
                        () -> LocalLevelSmoother.smooth(3, d, y, r, 2, 1, 0, Double.POSITIVE_INFINITY)));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void invalidInputsAreRejectedByName(String message, Executable call) {
        assertThatIllegalArgumentException().isThrownBy(call::execute).withMessageContaining(message);
    }

    private static Arguments invalid(String message, Executable call) {
        return Arguments.of(message, call);
    }

    /** log N(y; initialMean 1, initialVariance 11' + driftVariance min(d_i, d_j) + diag(obsVariance)). */
    private static double denseLogLikelihood(Problem p) {
        if (p.m == 0) {
            return 0;
        }
        RealMatrix sigma = MatrixUtils.createRealMatrix(p.m, p.m);
        RealVector residual = new ArrayRealVector(p.m);
        for (int i = 0; i < p.m; i++) {
            residual.setEntry(i, p.obsValue[i] - p.initialMean);
            for (int j = 0; j < p.m; j++) {
                double c = p.initialVariance + p.driftVariance * Math.min(p.obsDay[i], p.obsDay[j]);
                sigma.setEntry(i, j, i == j ? c + p.obsVariance[i] : c);
            }
        }
        CholeskyDecomposition chol = new CholeskyDecomposition(sigma);
        double logDet = 0;
        RealMatrix l = chol.getL();
        for (int i = 0; i < p.m; i++) {
            logDet += 2 * Math.log(l.getEntry(i, i));
        }
        double quad = residual.dotProduct(chol.getSolver().solve(residual));
        return -0.5 * (p.m * Math.log(2 * Math.PI) + logDet + quad);
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(REL_TOL * Math.max(1, Math.abs(expected))));
    }

    private static double gaussian(UniformRandomProvider rng) {
        // Box–Muller; enough for test data.
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static double logUniform(UniformRandomProvider rng, double lo, double hi) {
        return Math.exp(Math.log(lo) + rng.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }
}
