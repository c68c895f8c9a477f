package org.pollcast.simulate;

/**
 * The election-night model's conditioning, one option at a time: each constituency's share is its prior
 * expectation (the pre-election forecast moved by the constituency's lean at the baseline election) plus a
 * London-wide swing shared by all, plus a local deviation correlated between similar constituencies:
 *
 * <pre>  y_c = e_c + δ + u_c,   δ ~ N(0, S²),   u ~ N(0, D R D),   D = diag(τ_c)</pre>
 *
 * where S is the forecast's own London-wide uncertainty and R the constituencies' similarity (inner or outer
 * London, past voting; unit diagonal). Declared shares, observed with noise {@code obsVar} (a running count's
 * uncounted ballots, or a news report's missing total), condition the joint normal: the posterior mean and
 * covariance of every constituency follow from the usual Gaussian formulas, so one declaration moves the
 * London-wide swing and, more strongly, its similar neighbours. On top of the posterior, an error
 * {@code N(0, ω²)} shared by every constituency still to come is added: declarations do not arrive in random
 * order (a published Swedish election-night model's 90% intervals held 51% of outcomes without such a term and
 * 94% with it), so the late ones may all differ from the early ones in the same way.
 */
public final class SwingPosterior {
    private SwingPosterior() {}

    /**
     * The posterior of one option.
     *
     * @param prior    e_c, the prior expected share of each constituency (percent)
     * @param londonSd S
     * @param localSd  τ_c, each constituency's (a constituency whose lean is unknown has the spread of leans too)
     * @param kernel   R, row-major m × m, symmetric positive semi-definite with unit diagonal
     * @param observed the observed share of each constituency, or NaN where it is not observed
     * @param obsVar   each observation's noise variance
     * @param pending  each constituency's weight in the error shared by those still to come: 1 undeclared,
     *                 the uncounted share for a running count, 0 declared
     * @param sharedSd ω
     * @return the posterior mean (length m) and covariance (m × m), the shared error included
     */
    public static double[][] posterior(
            double[] prior,
            double londonSd,
            double[] localSd,
            double[] kernel,
            double[] observed,
            double[] obsVar,
            double[] pending,
            double sharedSd) {
        int m = prior.length;
        double[] cov = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                cov[a * m + b] = londonSd * londonSd + localSd[a] * localSd[b] * kernel[a * m + b];
            }
        }
        int[] seen = new int[m];
        int d = 0;
        for (int c = 0; c < m; c++) {
            if (!Double.isNaN(observed[c])) {
                seen[d++] = c;
            }
        }
        double[] mean = prior.clone();
        double[] post = cov.clone();
        if (d > 0) {
            double[] a = new double[d * d];
            double[] resid = new double[d];
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    a[i * d + k] = cov[seen[i] * m + seen[k]];
                }
                a[i * d + i] += obsVar[seen[i]];
                resid[i] = observed[seen[i]] - prior[seen[i]];
            }
            double[] chol = Cholesky.factor(a, d);
            double[] alpha = Cholesky.solve(chol, d, resid);
            // W = A⁻¹ Σ_D· (d × m), column by column
            double[] w = new double[d * m];
            double[] col = new double[d];
            for (int c = 0; c < m; c++) {
                for (int i = 0; i < d; i++) {
                    col[i] = cov[seen[i] * m + c];
                }
                double[] x = Cholesky.solve(chol, d, col);
                for (int i = 0; i < d; i++) {
                    w[i * m + c] = x[i];
                }
            }
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += cov[c * m + seen[i]] * alpha[i];
                }
                mean[c] += s;
                for (int c2 = 0; c2 < m; c2++) {
                    double r = 0;
                    for (int i = 0; i < d; i++) {
                        r += cov[c * m + seen[i]] * w[i * m + c2];
                    }
                    post[c * m + c2] -= r;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                post[a * m + b] += sharedSd * sharedSd * pending[a] * pending[b];
            }
        }
        return new double[][] {mean, post};
    }
}
