package org.pollcast.aggregate;

import java.util.Arrays;

/**
 * House effects by backfitting the model {@code y_ij = μ_j(t_i) + d_hj + ε_ij}: the trend μ is a two-sided
 * exponential-kernel average of house-adjusted polls (half-life as the average's), the house effect of
 * pollster h the shrunk weighted mean of its residuals, {@code d = Σ w r / (Σ w + λ w̄)}, centred so that
 * effects sum to zero over pollsters (the reference is the average pollster). Iterated to a fixed point.
 *
 * <p>A poll's own adjusted value is part of its local average. At the fixed point this makes each poll count
 * with weight {@code w (1 − h)}, h being its share of its own local average: a poll with no other poll near
 * it in time says nothing about its pollster's house effect, as it should. Standard errors use the
 * leave-one-out residuals {@code e / (1 − h)}, pooled over pollsters, and those effective weights, with the
 * prior counted as λ pseudo-polls of the same noise: {@code se = s √(Σω² + (λw̄)²) / (Σω + λw̄)}, then counting
 * the centring ({@link #centredVariances}). With no
 * residual degrees of freedom (one poll per pollster) s² cannot be measured and is the polls' own sampling
 * variance, {@code p(100 − p)/n} averaged with the weights, or the polls' own disagreement where that is larger
 * ({@link #firmsSpread}): sampling alone is too narrow if the firms differ in method too, which {@link
 * Fit#samplingOnly} flags for a note, but not a bare estimate that reads as exact. So is a residual spread of zero
 * (rounded polls that agree exactly).
 */
final class HouseEffectModel {

    /**
     * Effects and standard errors at {@code [h * options + j]}; NaN where pollster h never reports option j.
     * {@code prior} is the shrinkage in weight units, λ w̄, which the lead effects' standard errors use too.
     * {@code samplingOnly[j]}: option j's standard errors count sampling error only (no residual spread to measure,
     * and the firms' polls differ by no more than sampling). {@code weight} and {@code halfLifeDays} are the fit's, for
     * the lead's effects to measure the same disagreement.
     */
    record Fit(
            double[] effect,
            double[] se,
            int[] count,
            double[] looResidual,
            double[] effectiveWeight,
            double prior,
            boolean converged,
            boolean[] samplingOnly,
            double[] weight,
            double halfLifeDays) {}

    /** A residual variance (square points) below which the polls are taken to agree exactly. */
    private static final double ZERO_SPREAD = 1e-9;

    private HouseEffectModel() {}

    static Fit fit(PollPanel p, double[] weight, AggregateSettings s) {
        int n = p.polls;
        int options = p.optionCount();
        int pollsters = p.pollsters.length;
        int[] uniqueDays = Arrays.stream(p.day).distinct().sorted().toArray();
        int[] dayIndex = new int[n];
        for (int i = 0; i < n; i++) {
            dayIndex[i] = Arrays.binarySearch(uniqueDays, p.day[i]);
        }
        ExponentialKernel kernel = new ExponentialKernel(uniqueDays, s.halfLifeDays());
        int days = uniqueDays.length;
        double[] wDay = new double[days];
        double[] sDay = new double[days];
        double[] kw = new double[days];
        double[] ks = new double[days];
        double[] numer = new double[pollsters];
        double[] denom = new double[pollsters];
        double[] next = new double[pollsters];
        double[] effect = new double[pollsters * options];
        double[] se = new double[pollsters * options];
        int[] count = new int[pollsters * options];
        double[] loo = new double[options * n];
        double[] effWeight = new double[options * n];
        Arrays.fill(loo, Double.NaN);
        double meanWeight = 0;
        for (int i = 0; i < n; i++) {
            meanWeight += weight[i] / n;
        }
        double prior = s.shrinkage() * meanWeight;
        boolean converged = true;
        boolean[] samplingOnly = new boolean[options];
        for (int j = 0; j < options; j++) {
            int base = j * n;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(p.y[base + i])) {
                    count[p.pollster[i] * options + j]++;
                }
            }
            int reporting = 0;
            for (int h = 0; h < pollsters; h++) {
                if (count[h * options + j] > 0) {
                    reporting++;
                }
            }
            int iteration = 0;
            double delta = Double.POSITIVE_INFINITY;
            while (reporting > 1 && delta > s.tolerance() && iteration < s.maxIterations()) {
                iteration++;
                localMeans(p, j, weight, effect, dayIndex, kernel, wDay, sDay, kw, ks);
                Arrays.fill(numer, 0);
                Arrays.fill(denom, 0);
                for (int i = 0; i < n; i++) {
                    double yi = p.y[base + i];
                    if (Double.isNaN(yi)) {
                        continue;
                    }
                    int d = dayIndex[i];
                    double residual = yi - ks[d] / kw[d];
                    numer[p.pollster[i]] += weight[i] * residual;
                    denom[p.pollster[i]] += weight[i];
                }
                double centre = 0;
                for (int h = 0; h < pollsters; h++) {
                    next[h] = denom[h] > 0 ? numer[h] / (denom[h] + prior) : 0;
                    centre += denom[h] > 0 ? next[h] / reporting : 0;
                }
                delta = 0;
                for (int h = 0; h < pollsters; h++) {
                    if (denom[h] > 0) {
                        double v = next[h] - centre;
                        delta = Math.max(delta, Math.abs(v - effect[h * options + j]));
                        effect[h * options + j] = v;
                    }
                }
            }
            converged &= reporting <= 1 || delta <= s.tolerance();
            samplingOnly[j] = standardErrors(
                    p,
                    j,
                    weight,
                    effect,
                    se,
                    count,
                    dayIndex,
                    kernel,
                    wDay,
                    sDay,
                    kw,
                    ks,
                    loo,
                    effWeight,
                    prior,
                    s.halfLifeDays());
        }
        for (int h = 0; h < pollsters; h++) {
            for (int j = 0; j < options; j++) {
                if (count[h * options + j] == 0) {
                    effect[h * options + j] = Double.NaN;
                    se[h * options + j] = Double.NaN;
                }
            }
        }
        return new Fit(effect, se, count, loo, effWeight, prior, converged, samplingOnly, weight, s.halfLifeDays());
    }

    /** ks/kw at each day: the kernel-weighted mean of house-adjusted shares of option j. */
    private static void localMeans(
            PollPanel p,
            int j,
            double[] weight,
            double[] effect,
            int[] dayIndex,
            ExponentialKernel kernel,
            double[] wDay,
            double[] sDay,
            double[] kw,
            double[] ks) {
        int n = p.polls;
        int options = p.optionCount();
        Arrays.fill(wDay, 0);
        Arrays.fill(sDay, 0);
        for (int i = 0; i < n; i++) {
            double yi = p.y[j * n + i];
            if (!Double.isNaN(yi)) {
                wDay[dayIndex[i]] += weight[i];
                sDay[dayIndex[i]] += weight[i] * (yi - effect[p.pollster[i] * options + j]);
            }
        }
        kernel.apply(wDay, kw);
        kernel.apply(sDay, ks);
    }

    /** Fills option j's standard errors; true when they count sampling error only. */
    private static boolean standardErrors(
            PollPanel p,
            int j,
            double[] weight,
            double[] effect,
            double[] se,
            int[] count,
            int[] dayIndex,
            ExponentialKernel kernel,
            double[] wDay,
            double[] sDay,
            double[] kw,
            double[] ks,
            double[] loo,
            double[] effWeight,
            double prior,
            double halfLifeDays) {
        int n = p.polls;
        int options = p.optionCount();
        int pollsters = p.pollsters.length;
        localMeans(p, j, weight, effect, dayIndex, kernel, wDay, sDay, kw, ks);
        double sumW = 0;
        double sumWe2 = 0;
        int used = 0;
        double[] sumOmega = new double[pollsters];
        double[] sumOmega2 = new double[pollsters];
        for (int i = 0; i < n; i++) {
            double yi = p.y[j * n + i];
            if (Double.isNaN(yi)) {
                continue;
            }
            int d = dayIndex[i];
            double leverage = weight[i] / kw[d];
            double omega = weight[i] * (1 - leverage);
            effWeight[j * n + i] = omega;
            int h = p.pollster[i];
            sumOmega[h] += omega;
            sumOmega2[h] += omega * omega;
            if (leverage < 0.999) {
                double e = (yi - effect[h * options + j] - ks[d] / kw[d]) / (1 - leverage);
                loo[j * n + i] = e;
                sumW += omega;
                sumWe2 += omega * e * e;
                used++;
            }
        }
        int reporting = 0;
        for (int h = 0; h < pollsters; h++) {
            reporting += count[h * options + j] > 0 ? 1 : 0;
        }
        // Pooled residual variance with a degrees-of-freedom correction for the effects estimated.
        double variance = used > reporting && sumW > 0 ? sumWe2 / sumW * used / (used - reporting) : Double.NaN;
        boolean samplingOnly = false;
        // A spread below the polls' own sampling variance is not taken as measured, on a few polls: the Finnish trial's
        // Centre
        // Party, polled at 14.1, 14.0, 13.9, ... by three firms in five polls, had house effects of ±0.15 points (90%),
        // a tenth of one poll's sampling error. Agreeing that closely by chance says nothing of how far the next poll
        // may fall, so the pooled spread is never taken below what sampling alone gives.
        double sampling = weightedSamplingVariance(p, j, weight);
        if (variance > ZERO_SPREAD && variance < sampling) {
            variance = sampling;
        }
        // Nor is a spread of exactly zero: whole-number figures agree to the point for a small party
        // (the Welsh Liberal Democrats at 4, 4, 4 and 4 in 2021's list polls), and the effects came out as
        // 0.0 (0.0, 0.0), as if exact. "Zero" allows for rounding in the kernel sums (1e-9 square points: no two real
        // polls, given to a tenth of a point, differ by so little).
        if (!(variance > ZERO_SPREAD) && reporting > 1) {
            variance = sampling;
            // The firms' own disagreement is a floor: two firms' only polls 9 points apart on one candidate (West of
            // England 2025: YouGov's Page 27, More in Common's 18) are no sampling error of 1.3 points, and the effects
            // read +1.4 (+0.2 to +2.7), an interval that ruled out the firm's own gap from the consensus.
            double disagreement = firmsSpread(p, Arrays.copyOfRange(p.y, j * n, (j + 1) * n), weight, halfLifeDays);
            samplingOnly = !(disagreement > variance);
            if (!samplingOnly) {
                variance = disagreement;
            }
        }
        double[] raw = new double[pollsters];
        boolean[] in = new boolean[pollsters];
        for (int h = 0; h < pollsters; h++) {
            double denominator = sumOmega[h] + prior;
            in[h] = count[h * options + j] > 0;
            // The prior counts as `prior` pseudo-polls of the same noise, so a pollster whose polls carry no
            // information gets the spread of a single poll, not a false zero.
            raw[h] = reporting > 1 && denominator > 0 && variance >= 0
                    ? variance * (sumOmega2[h] + prior * prior) / (denominator * denominator)
                    : Double.NaN;
        }
        double[] centred = centredVariances(raw, in);
        for (int h = 0; h < pollsters; h++) {
            se[h * options + j] = Math.sqrt(centred[h]);
        }
        return samplingOnly;
    }

    /**
     * The variance of one poll about the other polls of its weeks, house effects not taken out: the firms' lean and
     * sampling together, which is what one poll a firm can measure. {@code values[i]} is poll i's figure (NaN where
     * it has none). Each poll's residual is from the kernel average of the others, whose spread over K polls is
     * K/(K − 1) times one poll's variance. NaN when fewer than two polls have others near them.
     */
    static double firmsSpread(PollPanel p, double[] values, double[] weight, double halfLifeDays) {
        int n = p.polls;
        int[] days = Arrays.stream(p.day).distinct().sorted().toArray();
        double[] wDay = new double[days.length];
        double[] sDay = new double[days.length];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                int d = Arrays.binarySearch(days, p.day[i]);
                wDay[d] += weight[i];
                sDay[d] += weight[i] * values[i];
            }
        }
        ExponentialKernel kernel = new ExponentialKernel(days, halfLifeDays);
        double[] kw = new double[days.length];
        double[] ks = new double[days.length];
        kernel.apply(wDay, kw);
        kernel.apply(sDay, ks);
        double sw = 0;
        double swr2 = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            int d = Arrays.binarySearch(days, p.day[i]);
            double others = kw[d] - weight[i];
            if (!(others > 1e-9 * kw[d])) {
                continue; // no other poll near it: nothing to differ from
            }
            double r = values[i] - (ks[d] - weight[i] * values[i]) / others;
            sw += weight[i];
            swr2 += weight[i] * r * r;
            used++;
        }
        return used > 1 && sw > 0 ? swr2 / sw * (used - 1) / used : Double.NaN;
    }

    /**
     * The variances of effects once centred on the mean pollster, from each pollster's own ({@code raw}, over
     * the pollsters {@code in}): {@code c_h = d_h − d̄} has variance {@code v_h (1 − 2/K) + Σ v_k / K²}, as the
     * estimates of different firms rest on different polls. Without it the interval of a firm measured against
     * one other firm is √2 too wide (two firms: each effect is half their difference); a synthetic check with
     * known effects covered them 96–97% of the time at a stated 90%.
     */
    static double[] centredVariances(double[] raw, boolean[] in) {
        int k = 0;
        double sum = 0;
        for (int h = 0; h < raw.length; h++) {
            if (in[h]) {
                k++;
                sum += raw[h];
            }
        }
        double[] out = new double[raw.length];
        for (int h = 0; h < raw.length; h++) {
            out[h] = !in[h] || k < 2 ? raw[h] : raw[h] * (1 - 2.0 / k) + sum / ((double) k * k);
        }
        return out;
    }

    /** Option {@code j}'s sampling variance in one poll, {@code p(100 − p)/n}, averaged with the polls' weights. */
    private static double weightedSamplingVariance(PollPanel p, int j, double[] weight) {
        int n = p.polls;
        double sw = 0;
        double sv = 0;
        for (int i = 0; i < n; i++) {
            double yi = p.y[j * n + i];
            if (!Double.isNaN(yi)) {
                sw += weight[i];
                sv += weight[i] * samplingVariance(yi, p.sample[i]);
            }
        }
        return sw > 0 ? sv / sw : Double.NaN;
    }

    /** A share's sampling variance in one poll, {@code p(100 − p)/n}, in squared points. */
    static double samplingVariance(double share, double n) {
        return share * (100 - share) / n;
    }
}
