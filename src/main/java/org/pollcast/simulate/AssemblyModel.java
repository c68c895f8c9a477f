package org.pollcast.simulate;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.pollcast.election.SeatAllocation;

/**
 * One Assembly outcome per call, in primitive arrays, allocation-free:
 * <ol>
 * <li>London-wide shift of party P: its mayoral candidate's simulated share minus its mean (points), scaled
 * by the ratio of the party's Assembly to mayoral support; 0 for a party with no candidate;
 * <li>constituency ballot {@code C_P = C̄_P + shift + σ_C z_P}, list ballot {@code L_P = L̄_P + shift + σ_L
 * (ρ z_P + √(1 − ρ²) z'_P)}: the two ballots move together but split tickets add their own noise; both
 * renormalised to 100;
 * <li>each constituency: baseline shares moved by the change from the baseline London-wide share, uniform
 * for parties at 10% or more and proportional below (a 3% party cannot lose 5 points), plus local noise
 * {@code σ_local · √(b(100 − b))/50} at the party's baseline share b there (σ_local:
 * {@link SimulationSettings#constituencyNoiseSd()}); the winner by first past the post among parties that can plausibly win
 * there (baseline 2% or more locally, or 5% London-wide);
 * <li>list seats by the contest's modified divisor method and threshold, counting this simulation's
 * constituency seats.
 * </ol>
 */
final class AssemblyModel {
    static final double BALLOT_CORRELATION = 0.7;
    private static final double UNIFORM_FROM = 10;

    final AssemblyInput in;
    final int p;
    final int k;
    private final double[] shiftScale;
    private final int[] contenders;
    private final int[] contenderStart;
    private final boolean[] independent;
    private final boolean[] isOther;
    private final int[] mayorOption;
    private final double[] constituencyMean;
    private final double[] listMean;
    private final double[] constituencySe;
    private final double[] listSe;
    private final double[] baselineLondon;
    private final double[] baseline;
    /** Local noise sd of contender x: σ_local · √(b(100 − b))/50 at its baseline share b (precomputed). */
    private final double[] contenderNoise;
    private final double listNoiseOwn;
    private final double threshold;
    private final int listSeats;
    private final org.pollcast.election.SeatMethod method;

    private final double localNoise;

    AssemblyModel(AssemblyInput in, double[] mayorMean, double localNoise) {
        this.in = in;
        this.localNoise = localNoise;
        this.p = in.size();
        this.k = in.constituencies().size();
        shiftScale = new double[p];
        for (int j = 0; j < p; j++) {
            int m = in.mayorOption()[j];
            shiftScale[j] = m < 0 || mayorMean[m] <= 0 ? 0
                    : Math.min(2, Math.max(0.3, in.constituencyMean()[j] / mayorMean[m]));
        }
        int[] start = new int[k + 1];
        int[] list = new int[k * p];
        int n = 0;
        for (int c = 0; c < k; c++) {
            start[c] = n;
            for (int j = 0; j < p; j++) {
                boolean isOther = in.parties().get(j).equals("other");
                if (!isOther && (in.baseline()[c * p + j] >= 2 || in.constituencyMean()[j] >= 5)) {
                    list[n++] = j;
                }
            }
        }
        start[k] = n;
        contenders = java.util.Arrays.copyOf(list, n);
        contenderStart = start;
        independent = in.independent().clone();
        isOther = new boolean[p];
        for (int j = 0; j < p; j++) {
            isOther[j] = in.parties().get(j).equals("other");
        }
        mayorOption = in.mayorOption().clone();
        constituencyMean = in.constituencyMean().clone();
        listMean = in.listMean().clone();
        constituencySe = in.constituencySe().clone();
        listSe = in.listSe().clone();
        baselineLondon = in.baselineLondon().clone();
        baseline = in.baseline().clone();
        contenderNoise = new double[n];
        for (int c = 0; c < k; c++) {
            for (int x = start[c]; x < start[c + 1]; x++) {
                double b = Math.min(Math.max(baseline[c * p + list[x]], in.constituencyMean()[list[x]]), 99.5);
                b = Math.max(b, 0.5);
                contenderNoise[x] = localNoise * Math.sqrt(b * (100 - b)) / 50;
            }
        }
        listNoiseOwn = Math.sqrt(1 - BALLOT_CORRELATION * BALLOT_CORRELATION);
        threshold = in.threshold();
        listSeats = in.listSeats();
        method = in.method();
    }

    /** Per-thread scratch and results of one simulation. */
    static final class Draw {
        final double[] constituencyShare;
        final double[] listShare;
        final int[] constituencySeats;
        final int[] listSeats;
        final int[] totalSeats;
        final int[] constituencyWinner;
        final boolean[] eligible;
        final SeatAllocation.Quotients quotients;

        Draw(int p, int k) {
            quotients = new SeatAllocation.Quotients(p);
            constituencyShare = new double[p];
            listShare = new double[p];
            constituencySeats = new int[p];
            listSeats = new int[p];
            totalSeats = new int[p];
            constituencyWinner = new int[k];
            eligible = new boolean[p];
        }
    }

    void draw(NormalizedGaussianSampler normal, double[] mayorShares, double[] mayorMean, Draw d) {
        double sumC = 0;
        double sumL = 0;
        for (int j = 0; j < p; j++) {
            int m = mayorOption[j];
            double shift = m < 0 ? 0 : (mayorShares[m] - mayorMean[m]) * shiftScale[j];
            double z = normal.sample();
            double z2 = normal.sample();
            double c = constituencyMean[j] + shift + constituencySe[j] * z;
            double l = listMean[j] + shift + listSe[j] * (BALLOT_CORRELATION * z + listNoiseOwn * z2);
            c = c < 0.01 ? 0.01 : c;
            l = l < 0.01 ? 0.01 : l;
            d.constituencyShare[j] = c;
            d.listShare[j] = l;
            sumC += c;
            sumL += l;
        }
        double scaleC = 100 / sumC;
        double scaleL = 100 / sumL;
        for (int j = 0; j < p; j++) {
            d.constituencyShare[j] *= scaleC;
            d.listShare[j] *= scaleL;
            d.constituencySeats[j] = 0;
        }
        for (int c = 0; c < k; c++) {
            int best = -1;
            double bestV = -1;
            for (int x = contenderStart[c]; x < contenderStart[c + 1]; x++) {
                int j = contenders[x];
                double base = baseline[c * p + j];
                double londonBase = baselineLondon[j];
                double now = d.constituencyShare[j];
                double v;
                if (londonBase <= 0.01) {
                    v = now; // a party new since the baseline: its London-wide share everywhere
                } else if (londonBase >= UNIFORM_FROM) {
                    v = base + (now - londonBase);
                } else {
                    v = base * now / londonBase;
                }
                if (v < 0) {
                    v = 0;
                }
                if (localNoise > 0) {
                    v += contenderNoise[x] * normal.sample();
                }
                if (v > bestV) {
                    bestV = v;
                    best = j;
                }
            }
            d.constituencyWinner[c] = best;
            if (best >= 0) {
                d.constituencySeats[best]++;
            }
        }
        for (int j = 0; j < p; j++) {
            d.eligible[j] = !isOther[j] && d.listShare[j] >= threshold;
        }
        SeatAllocation.allocateInto(method, d.listShare, d.constituencySeats, listSeats, d.eligible, independent, d.listSeats,
                null, null, d.quotients);
        for (int j = 0; j < p; j++) {
            d.totalSeats[j] = d.constituencySeats[j] + d.listSeats[j];
        }
    }
}
