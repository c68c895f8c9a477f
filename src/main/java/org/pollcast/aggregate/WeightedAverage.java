package org.pollcast.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * The weighted average at the as-of date. Poll i of pollster h gets
 * {@code w_i = 2^(−age_i / halfLife) × √min(n_i, cap) × q_h / max(1, k_h)^e}, where age is days from the end
 * of fieldwork to the as-of date, q_h the pollster weight and k_h the pollster's recency-weighted number of
 * polls (so a firm's total weight grows as k^(1−e), see {@link AggregateSettings}).
 *
 * <p>Each option is averaged over the polls that report it, after subtracting house effects when asked.
 * "Other" is what the named options leave of 100, so shares always sum to 100. The standard error follows a
 * random-effects meta-analysis: each poll's variance is its sampling variance p(100 − p)/n plus the excess
 * spread τ² beyond sampling: the weighted method-of-moments estimate, floored at zero, pooled with a stated prior
 * ({@link #PRIOR_TAU}, worth {@link #PRIOR_POLLS} polls against the estimate's n_eff − 1 degrees of freedom; with
 * one poll, the prior), and {@code se² = Σ w² (v + τ²) / (Σ w)²}.
 */
final class WeightedAverage {
    /**
     * The prior for the polls' excess spread beyond sampling (house and method differences left after the house
     * effects are taken out), in points for a 50% candidate: a stated prior, not learned.
     */
    static final double PRIOR_TAU = 2.0;
    /** How many polls' worth of evidence that prior carries against the spread the polls show. */
    static final double PRIOR_POLLS = 2.0;

    private WeightedAverage() {}

    /** The weight of every poll at {@code asOfDay}; never negative or NaN. */
    static double[] weights(PollPanel p, int asOfDay, double[] pollsterQuality, AggregateSettings s) {
        int n = p.polls;
        double[] recency = new double[n];
        double[] count = new double[p.pollsters.length];
        for (int i = 0; i < n; i++) {
            recency[i] = Math.pow(2, -Math.max(0, asOfDay - p.day[i]) / s.halfLifeDays());
            count[p.pollster[i]] += recency[i];
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double share = Math.pow(Math.max(1, count[p.pollster[i]]), s.pollsterShareExponent());
            w[i] = recency[i] * sizeWeight(p.sample[i], s) * pollsterQuality[p.pollster[i]] / share;
        }
        return w;
    }

    /**
     * How many pollsters the weights {@code w} rest on in effect: {@code (Σ W_h)² / Σ W_h²}, W_h the sum of firm h's
     * weights. Polls of one firm share its house effect, so ten of its polls are one firm's reading, not ten.
     */
    static double effectiveFirms(PollPanel p, double[] w) {
        double[] firm = new double[p.pollsters.length];
        for (int i = 0; i < p.polls; i++) {
            firm[p.pollster[i]] += w[i];
        }
        double sum = 0;
        double squares = 0;
        for (double f : firm) {
            sum += f;
            squares += f * f;
        }
        return squares > 0 ? sum * sum / squares : Double.NaN;
    }

    /** √min(n, cap): the size part of a poll's weight, also used for house effects (no recency there). */
    static double sizeWeight(double sample, AggregateSettings s) {
        return Math.sqrt(Math.min(sample, s.sampleCap()));
    }

    /**
     * Averages option j over the polls reporting it: poll i's value is {@code values[offset + i]}, less
     * {@code adjust[offset + i]} unless {@code adjust} is null. Returns {share, se, polls, effectivePolls, τ²}.
     */
    static double[] option(PollPanel p, double[] values, int offset, double[] w, double[] adjust) {
        int n = p.polls;
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        int polls = 0;
        for (int i = 0; i < n; i++) {
            double y = values[offset + i];
            if (Double.isNaN(y) || w[i] <= 0) {
                continue;
            }
            double v = adjust == null ? y : y - adjust[offset + i];
            sw += w[i];
            sw2 += w[i] * w[i];
            swy += w[i] * v;
            polls++;
        }
        if (polls == 0) {
            return new double[] {Double.NaN, Double.NaN, 0, 0, 0};
        }
        double mean = swy / sw;
        double p01 = Math.min(Math.max(mean, 0.5), 99.5);
        double spread = 0;
        double sampling = 0;
        double sumW2V = 0;
        for (int i = 0; i < n; i++) {
            double y = values[offset + i];
            if (Double.isNaN(y) || w[i] <= 0) {
                continue;
            }
            double v = adjust == null ? y : y - adjust[offset + i];
            // A poll scaled by an unknown part of its remainder carries that scale's error too (PollPanel).
            double samplingVar = p01 * (100 - p01) / p.sample[i] + Math.pow(p.rescaleSd[i] * v, 2);
            spread += w[i] * (v - mean) * (v - mean);
            sampling += w[i] * samplingVar;
            sumW2V += w[i] * w[i] * samplingVar;
        }
        // The polls' excess spread, τ², estimated from them and pooled with a prior worth PRIOR_POLLS polls. The
        // estimate rests on n_eff − 1 degrees of freedom: with two polls weighted 93 to 7 (Tees Valley 2024: a
        // 47-47 tie and an older 19-45 printed with its don't-knows), n_eff is 1.15, the bias correction divides by
        // 0.13, and the estimate alone put one candidate's average at ±17 points. With many polls the data speak.
        double neff = sw * sw / sw2;
        double prior = PRIOR_TAU * PRIOR_TAU * p01 * (100 - p01) / 2500;
        double tau2 = prior;
        double correction = 1 - sw2 / (sw * sw);
        if (polls > 1 && correction > 1e-12) {
            double estimated = Math.max(0, spread / sw / correction - sampling / sw);
            double df = Math.max(0, neff - 1);
            tau2 = (PRIOR_POLLS * prior + df * estimated) / (PRIOR_POLLS + df);
        }
        double variance = (sumW2V + tau2 * sw2) / (sw * sw);
        return new double[] {mean, Math.sqrt(variance), polls, neff, tau2};
    }

    /**
     * How many times the polls naming an option the newer polls must outweigh before those hold it: only an option
     * whose polls have all but aged out of the average (under a twentieth of the newer ones' weight, about four
     * half-lives behind them), so that a candidate a firm stopped naming a fortnight ago keeps its average.
     */
    static final double STALE_RATIO = 20;

    /**
     * What the polls taken after the last one naming option j can hold of it, where they outweigh every poll naming
     * it {@value #STALE_RATIO} times over; infinite where no such polls do. Each of them printed an "others" figure
     * with j inside it, beside the other options it left out (their averages, {@code est}) and the parties no poll
     * names: what is left of its remainder once those options take their averages holds j and those parties in a
     * proportion no newer poll gives, so j is held to half of it, the middle of what the newer polls allow. An option
     * is averaged over the polls naming it only, its weights scaled among those polls, so a poll of any age stood for
     * it at full weight: Alberta's blind trial, where one May 2020 poll alone named Wildrose Independence (10%), gave it
     * 9.1% of the average a week before the 2023 vote, whose eleven polls of May printed others of 2 to 5 without it,
     * and took 4 points off each leader. Held to the whole of those remainders, it took the Alberta Party's and the
     * Greens' unnamed shares as well, and "others" showed 0.0.
     */
    private static double heldByNewerOthers(PollPanel p, int j, double[] w, double[][] est) {
        int n = p.polls;
        int lastNamed = Integer.MIN_VALUE;
        double named = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(p.y[j * n + i])) {
                lastNamed = Math.max(lastNamed, p.day[i]);
                named += w[i];
            }
        }
        double newer = 0;
        double held = 0;
        for (int i = 0; i < n; i++) {
            if (p.day[i] > lastNamed && p.printedOther[i] && !Double.isNaN(p.impliedOther[i]) && w[i] > 0) {
                double left = p.impliedOther[i];
                for (int k = 0; k < p.optionCount(); k++) {
                    if (k != j && Double.isNaN(p.y[k * n + i])) {
                        left -= est[k][0];
                    }
                }
                newer += w[i];
                held += w[i] * Math.max(0, left);
            }
        }
        return newer > STALE_RATIO * named ? held / newer / 2 : Double.POSITIVE_INFINITY;
    }

    /** For each option, the day of the first poll naming it (Integer.MAX_VALUE when none does). */
    private static int[] firstNamed(PollPanel p) {
        int n = p.polls;
        int[] first = new int[p.optionCount()];
        for (int j = 0; j < first.length; j++) {
            first[j] = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(p.y[j * n + i])) {
                    first[j] = Math.min(first[j], p.day[i]);
                }
            }
        }
        return first;
    }

    /** Estimates for the named options then "other", summing to 100. */
    static List<ShareEstimate> shares(PollPanel p, double[] w, double[] effectsByPoll) {
        int options = p.optionCount();
        int n = p.polls;
        double[][] est = new double[options][];
        double named = 0;
        for (int j = 0; j < options; j++) {
            est[j] = option(p, p.y, j * n, w, effectsByPoll);
            est[j][0] = Math.max(0, est[j][0]);
        }
        // Held against the other options' own averages, so that two stale options each see the other unheld.
        double[] held = new double[options];
        for (int j = 0; j < options; j++) {
            held[j] = heldByNewerOthers(p, j, w, est);
        }
        for (int j = 0; j < options; j++) {
            if (est[j][0] > held[j]) {
                est[j][0] = held[j];
                // The newer polls allow anything from none of their remainder to all of it.
                est[j][1] = Math.max(est[j][1], 2 * held[j] / Math.sqrt(12));
            }
            named += est[j][0];
        }
        // "Others" from the polls' own figures: each poll's remainder less the average of the tracked options it
        // did not name (those sit inside its "others"). Taking 100 minus the named averages instead let "others"
        // collapse to nothing, since each small candidate is averaged only over the polls that name them.
        double[] residual = new double[n];
        int[] firstNamed = firstNamed(p);
        for (int i = 0; i < n; i++) {
            double r = p.impliedOther[i];
            double later = 0;
            for (int j = 0; j < options && !Double.isNaN(r); j++) {
                if (!Double.isNaN(p.y[j * n + i])) {
                    continue;
                }
                if (p.newOption[j] && firstNamed[j] > p.day[i]) {
                    later += est[j][0];
                } else {
                    r -= est[j][0];
                }
            }
            // A party new since the baseline election, first named after this poll, that the "others" it printed
            // cannot hold, stood only after it: South Africa's MK, founded in December 2023, beside Ipsos's poll of
            // October–November 2023, whose printed others of 8.6 were read as holding MK's 9 to 11. Read so, its
            // "others" became the average's 0, and every
            // named party was scaled up to fill 100 (the ANC 44 → 47.5 from a poll of 44). Its "others" are then read
            // without it. Where they can hold it (a late entrant's few points inside an earlier poll's others), or the
            // poll printed no "others" (its remainder may be its undecided), they are read as before.
            if (!Double.isNaN(r) && (r - later >= 0 || !p.printedOther[i])) {
                r -= later;
            }
            residual[i] = Double.isNaN(r) ? Double.NaN : Math.max(0, r);
        }
        double[] o = option(p, residual, 0, w, null);
        double other = o[2] > 0 ? o[0] : Math.max(0, 100 - named);
        double scale = named + other > 0 ? 100 / (named + other) : 1;
        List<ShareEstimate> out = new ArrayList<>(options + 1);
        for (int j = 0; j < options; j++) {
            out.add(estimate(p.options[j], p.optionNames[j], est[j][0] * scale, est[j][1], (int) est[j][2], est[j][3]));
        }
        double otherSe =
                o[2] > 0 ? o[1] : Math.sqrt(Math.max(other, 0.5) * (100 - Math.max(other, 0.5)) / meanSample(p));
        // With no poll saying what the options left out get, "other" is a remainder of unknown make-up (undecided and
        // those options in any proportion): its error spans the remainder, not one poll's sampling (Greater
        // Manchester 2017: 31 ± 0.8 from one partial poll, 13.9 in the result).
        double[] rest = option(p, p.unknownRest, 0, w, null);
        if (o[2] == 0 && rest[2] > 0 && rest[0] > 0) {
            otherSe = Math.max(otherSe, rest[0] / Math.sqrt(12));
        }
        out.add(estimate("other", "Others", other * scale, otherSe, (int) o[2], o[3]));
        return out;
    }

    /** An estimate with its effective sample size, p(100 − p)/se² (0 when se is not positive). */
    static ShareEstimate estimate(String id, String name, double share, double se, int polls, double effectivePolls) {
        double p = Math.min(Math.max(share, 0.5), 99.5);
        double effectiveSample = se > 0 ? p * (100 - p) / (se * se) : 0;
        return new ShareEstimate(id, name, share, se, polls, effectivePolls, effectiveSample);
    }

    private static double meanSample(PollPanel p) {
        double s = 0;
        for (double n : p.sample) {
            s += n;
        }
        return p.polls == 0 ? 1000 : s / p.polls;
    }
}
