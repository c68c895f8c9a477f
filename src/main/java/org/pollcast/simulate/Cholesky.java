package org.pollcast.simulate;

/**
 * Cholesky factors of small symmetric positive (semi-)definite matrices, row-major. A tiny ridge keeps a
 * semi-definite matrix (a constituency fixed by its declaration) factorable; its draws are then zero.
 */
public final class Cholesky {
    private static final double RIDGE = 1e-10;

    private Cholesky() {}

    /** Lower-triangular L with L Lᵀ = a (plus the ridge), row-major n × n. */
    public static double[] factor(double[] a, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    l[i * n + i] = Math.sqrt(Math.max(s + RIDGE, RIDGE));
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return l;
    }

    /** x with (L Lᵀ) x = b. */
    public static double[] solve(double[] l, int n, double[] b) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * y[k];
            }
            y[i] = s / l[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        return x;
    }
}
