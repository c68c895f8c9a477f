package org.pollcast.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * House effects on the lead of option a over option b: {@code d_a − d_b}, with a standard error from the
 * pooled leave-one-out residuals of the difference, over polls that report both (the two residuals of one
 * poll are correlated, so the difference is not the sum of two separate errors). With one poll per pollster, the
 * polls' sampling variance of the lead stands in for the residuals', or their disagreement on the lead where that
 * is larger (see {@link HouseEffectModel}).
 */
final class LeadEffects {
    private LeadEffects() {}

    static List<HouseEffect> of(PollPanel p, HouseEffectModel.Fit fit, int a, int b) {
        int n = p.polls;
        int options = p.optionCount();
        int pollsters = p.pollsters.length;
        double[] sumOmega = new double[pollsters];
        double[] sumOmega2 = new double[pollsters];
        int[] count = new int[pollsters];
        double sumW = 0;
        double sumWe2 = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(p.y[a * n + i]) || Double.isNaN(p.y[b * n + i])) {
                continue;
            }
            int h = p.pollster[i];
            count[h]++;
            double omega = 0.5 * (fit.effectiveWeight()[a * n + i] + fit.effectiveWeight()[b * n + i]);
            sumOmega[h] += omega;
            sumOmega2[h] += omega * omega;
            double ea = fit.looResidual()[a * n + i];
            double eb = fit.looResidual()[b * n + i];
            if (!Double.isNaN(ea) && !Double.isNaN(eb)) {
                sumW += omega;
                sumWe2 += omega * (ea - eb) * (ea - eb);
                used++;
            }
        }
        int reporting = 0;
        for (int c : count) {
            reporting += c > 0 ? 1 : 0;
        }
        double prior = fit.prior();
        double variance = used > reporting && sumW > 0 ? sumWe2 / sumW * used / (used - reporting) : Double.NaN;
        if (Double.isNaN(variance) && reporting > 1) {
            // No residual spread to measure (one poll per pollster): the polls' sampling variance of the lead,
            // (a(100 − a) + b(100 − b) + 2ab)/n, as the effects of each option fall back to theirs.
            double sw = 0;
            double sv = 0;
            for (int i = 0; i < n; i++) {
                double ya = p.y[a * n + i];
                double yb = p.y[b * n + i];
                if (!Double.isNaN(ya) && !Double.isNaN(yb)) {
                    double omega = 0.5 * (fit.effectiveWeight()[a * n + i] + fit.effectiveWeight()[b * n + i]);
                    double w = omega > 0 ? omega : 1e-12;
                    sw += w;
                    sv += w
                            * (HouseEffectModel.samplingVariance(ya, p.sample[i])
                                    + HouseEffectModel.samplingVariance(yb, p.sample[i])
                                    + 2 * ya * yb / p.sample[i]);
                }
            }
            variance = sw > 0 ? sv / sw : Double.NaN;
            // As for each option, the firms' own disagreement on the lead is a floor (HouseEffectModel.firmsSpread).
            double[] lead = new double[n];
            for (int i = 0; i < n; i++) {
                lead[i] = p.y[a * n + i] - p.y[b * n + i];
            }
            double disagreement = HouseEffectModel.firmsSpread(p, lead, fit.weight(), fit.halfLifeDays());
            if (disagreement > variance) {
                variance = disagreement;
            }
        }
        String option = "lead:" + p.options[a] + ">" + p.options[b];
        double[] raw = new double[pollsters];
        boolean[] in = new boolean[pollsters];
        for (int h = 0; h < pollsters; h++) {
            in[h] = count[h] > 0;
            double denominator = sumOmega[h] + prior;
            raw[h] = variance >= 0
                    ? variance * (sumOmega2[h] + prior * prior) / (denominator * denominator)
                    : Double.NaN;
        }
        double[] centred = HouseEffectModel.centredVariances(raw, in);
        List<HouseEffect> out = new ArrayList<>();
        for (int h = 0; h < pollsters; h++) {
            if (count[h] == 0) {
                continue;
            }
            double estimate = fit.effect()[h * options + a] - fit.effect()[h * options + b];
            out.add(new HouseEffect(p.pollsters[h], option, "average", estimate, Math.sqrt(centred[h]), count[h]));
        }
        return out;
    }
}
