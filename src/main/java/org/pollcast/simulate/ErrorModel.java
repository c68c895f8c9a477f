package org.pollcast.simulate;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * First preferences drawn in log-ratio space around the mean shares μ (percent):
 * {@code s = softmax(log μ + c + e_independent + e_shared / m)}, where
 * <ul>
 * <li>e_independent ~ N(0, (se/μ)² + (drift · √days · f / m)²) per option, in log units: the average's own
 * error and the drift until election day;
 * <li>e_shared: multivariate Student-t with {@code df} degrees of freedom and standard deviation
 * {@code shared · f} per option, correlated {@code ρ} between the two leading options (Cholesky factor);
 * one χ² draw scales the whole vector, so a big polling miss hits every option at once; that scale is held to at
 * most {@value #MAX_T_SCALE} times the normal's;
 * <li>f = √(m(100 − m))/50 scales an error quoted for a 50% candidate down to smaller ones;
 * <li>c = −σ²/2 centres each option so that, to first order, the mean share is μ.
 * </ul>
 * Dividing by m = max(μ, {@value #FLAT_BELOW}%) turns points into log-ratio units: shares stay positive and sum
 * to 100, and every candidate below {@value #FLAT_BELOW}% gets the same relative error. Dividing by μ itself
 * made the relative error grow without bound as μ fell (√((100 − μ)/μ)), so with a fat-tailed shared error a
 * candidate on 1% had a better chance of winning than one on 5%; with one relative spread for all small
 * candidates, the win chance rises with the expected share. Precomputed once; {@link #draw} allocates nothing.
 */
final class ErrorModel {
    /** Below this share (percent) every option has the relative error of an option on this share. */
    static final double FLAT_BELOW = ShareScale.FLAT_BELOW;
    /**
     * The largest relative error of the average itself, in log units (a factor of e either way): wide enough for
     * the small-candidate misses learned from past elections (about 0.5 to 0.7), small enough that the normal
     * approximation of a 0.2% candidate's error cannot give it a real chance of winning.
     */
    static final double MAX_RELATIVE_SAMPLING = 1.0;
    /**
     * The most one χ² draw may scale the shared error by, against the normal's 1: the fat tail is there for misses
     * like London 2021's (the lead overstated by 11 points), not for the draws beyond them. With 5 degrees of freedom
     * about 1 draw in 6,000 scaled it by 7 or more, and each option then moved by its own several standard
     * deviations: 1 of 20,000 draws of London 2012 gave Jenny Jones, polled at 3%, 71% of first preferences. Held to
     * 3, about 1 draw in 100 is held, and the shared error's standard deviation is 2% below {@code sharedSd}.
     */
    static final double MAX_T_SCALE = 3;

    private final int k;
    private final double[] logMean;
    private final double[] independentSd;
    private final double[] sharedScale;
    private final double[] cholesky;
    private final double df;
    private final boolean shared;

    ErrorModel(
            double[] mean,
            double[] avgSe,
            double sharedSd,
            double driftSd,
            double studentDf,
            double leaderCorrelation) {
        k = mean.length;
        logMean = new double[k];
        independentSd = new double[k];
        sharedScale = new double[k];
        df = studentDf;
        int first = -1;
        int second = -1;
        for (int j = 0; j < k; j++) {
            if (first < 0 || mean[j] > mean[first]) {
                second = first;
                first = j;
            } else if (second < 0 || mean[j] > mean[second]) {
                second = j;
            }
        }
        boolean anyShared = false;
        for (int j = 0; j < k; j++) {
            double mu = Math.max(mean[j], 0.05); // a share of 0 would be −∞ in log space
            double m = Math.max(mu, FLAT_BELOW);
            double f = ShareScale.of(mu);
            // The average's own error is relative to the option's own share (sampling error is); the drift and the
            // shared error are flat below FLAT_BELOW, where their relative size would otherwise blow up.
            // Capped: for a candidate on 0.2% the normal approximation of the average's error is meaningless (a
            // relative error of 1.5 gave Galloway, on 0.2%, a better chance than candidates on 5%).
            double sampling = Math.min(avgSe[j] / mu, MAX_RELATIVE_SAMPLING);
            double drift = driftSd * f / m;
            double ind = Math.sqrt(sampling * sampling + drift * drift);
            double sh = sharedSd * f / m;
            independentSd[j] = ind;
            // t scale so that the standard deviation is sh: sd = scale √(df / (df − 2)).
            sharedScale[j] = sh * Math.sqrt((df - 2) / df);
            logMean[j] = Math.log(mu) - (ind * ind + sh * sh) / 2;
            anyShared |= sh > 0;
        }
        shared = anyShared;
        double[] corr = new double[k * k];
        for (int j = 0; j < k; j++) {
            corr[j * k + j] = 1;
        }
        if (second >= 0) {
            corr[first * k + second] = leaderCorrelation;
            corr[second * k + first] = leaderCorrelation;
        }
        cholesky = cholesky(corr, k);
    }

    /** Cholesky factor (lower, row-major) of a symmetric positive-definite matrix. */
    static double[] cholesky(double[] a, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * n + m] * l[j * n + m];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("correlation matrix is not positive definite");
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return l;
    }

    /**
     * Draws one vector of shares (percent, summing to 100) into {@code out}; {@code g} is 2k scratch slots.
     * {@code chiSquare} samples χ²(df). The 2k normals (k for the shared error, then k independent ones) are
     * drawn first, in one tight loop: the JIT often finds the sampler too big to inline here, and each call
     * from the loops below would spill their registers.
     */
    void draw(NormalizedGaussianSampler normal, ContinuousSampler chiSquare, double[] g, double[] out) {
        double w = shared ? Math.min(Math.sqrt(df / chiSquare.sample()), MAX_T_SCALE) : 0;
        for (int j = 0; j < 2 * k; j++) {
            g[j] = normal.sample();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double correlated = 0;
            int row = j * k;
            for (int m = 0; m <= j; m++) {
                correlated += cholesky[row + m] * g[m];
            }
            double x = logMean[j] + independentSd[j] * g[k + j] + sharedScale[j] * w * correlated;
            out[j] = x;
            if (x > max) {
                max = x;
            }
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double e = Math.exp(out[j] - max);
            out[j] = e;
            sum += e;
        }
        double scale = 100 / sum;
        for (int j = 0; j < k; j++) {
            out[j] *= scale;
        }
    }
}
