package org.pollcast.simulate;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.pollcast.election.FirstPastThePost;
import org.pollcast.election.SeatAllocation;
import org.pollcast.election.SeatMethod;

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
 * The counts are the election package's: {@link FirstPastThePost#winner} per constituency,
 * {@link SeatAllocation#thresholdInto} and {@link SeatAllocation#allocateInto} for the list.
 */
final class AssemblyModel {
    static final double BALLOT_CORRELATION = 0.7;
    private static final double UNIFORM_FROM = 10;

    final AssemblyInput in;
    final int p;
    final int k;
    private final double[] shiftScale;
    /** Per constituency c, its contenders are {@code contenders[contenderStart[c] .. contenderStart[c + 1])}. */
    private final int[] contenders;
    private final int[] contenderStart;
    /** Per contender: its party's baseline share in the constituency and London-wide (swing is measured from these). */
    private final double[] contenderBase;
    private final double[] contenderLondonBase;
    /** Local noise sd of contender x: σ_local · √(b(100 − b))/50 at its baseline share b (precomputed). */
    private final double[] contenderNoise;
    private final boolean[] independent;
    private final boolean[] seatable;
    private final int[] mayorOption;
    private final double[] constituencyMean;
    private final double[] listMean;
    private final double[] constituencySe;
    private final double[] listSe;
    private final double listNoiseOwn;
    private final double threshold;
    private final int listSeats;
    private final SeatMethod method;
    private final boolean localNoise;

    AssemblyModel(AssemblyInput in, double[] mayorMean, double localNoiseSd) {
        this.in = in;
        this.localNoise = localNoiseSd > 0;
        this.p = in.size();
        this.k = in.constituencies().size();
        shiftScale = new double[p];
        seatable = new boolean[p];
        for (int j = 0; j < p; j++) {
            int m = in.mayorOption()[j];
            shiftScale[j] = m < 0 || mayorMean[m] <= 0 ? 0
                    : Math.min(2, Math.max(0.3, in.constituencyMean()[j] / mayorMean[m]));
            seatable[j] = !in.parties().get(j).equals("other");
        }
        double[] baseline = in.baseline();
        int[] start = new int[k + 1];
        int[] list = new int[k * p];
        int n = 0;
        for (int c = 0; c < k; c++) {
            start[c] = n;
            for (int j = 0; j < p; j++) {
                if (seatable[j] && (baseline[c * p + j] >= 2 || in.constituencyMean()[j] >= 5)) {
                    list[n++] = j;
                }
            }
        }
        start[k] = n;
        contenders = Arrays.copyOf(list, n);
        contenderStart = start;
        contenderBase = new double[n];
        contenderLondonBase = new double[n];
        contenderNoise = new double[n];
        for (int c = 0; c < k; c++) {
            for (int x = start[c]; x < start[c + 1]; x++) {
                int j = list[x];
                contenderBase[x] = baseline[c * p + j];
                contenderLondonBase[x] = in.baselineLondon()[j];
                double b = Math.min(Math.max(baseline[c * p + j], in.constituencyMean()[j]), 99.5);
                b = Math.max(b, 0.5);
                contenderNoise[x] = localNoiseSd * Math.sqrt(b * (100 - b)) / 50;
            }
        }
        independent = in.independent().clone();
        mayorOption = in.mayorOption().clone();
        constituencyMean = in.constituencyMean().clone();
        listMean = in.listMean().clone();
        constituencySe = in.constituencySe().clone();
        listSe = in.listSe().clone();
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
        /** Each contender's share in its constituency, before and then after local noise. */
        final double[] contenderVotes;
        final SeatAllocation.Quotients quotients;

        Draw(int p, int k, int contenders) {
            quotients = new SeatAllocation.Quotients(p);
            constituencyShare = new double[p];
            listShare = new double[p];
            constituencySeats = new int[p];
            listSeats = new int[p];
            totalSeats = new int[p];
            constituencyWinner = new int[k];
            eligible = new boolean[p];
            contenderVotes = new double[contenders];
        }
    }

    Draw newDraw() {
        return new Draw(p, k, contenders.length);
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
            int winner = constituencyWinner(normal, c, d);
            d.constituencyWinner[c] = winner;
            if (winner >= 0) {
                d.constituencySeats[winner]++;
            }
        }
        SeatAllocation.thresholdInto(d.listShare, seatable, 0, threshold, d.eligible);
        SeatAllocation.allocateInto(method, d.listShare, d.constituencySeats, listSeats, d.eligible, independent, d.listSeats,
                null, null, d.quotients);
        for (int j = 0; j < p; j++) {
            d.totalSeats[j] = d.constituencySeats[j] + d.listSeats[j];
        }
    }

    /** Constituency c's winner (party index), or −1 when nobody stands. */
    private int constituencyWinner(NormalizedGaussianSampler normal, int c, Draw d) {
        int from = contenderStart[c];
        int to = contenderStart[c + 1];
        if (from == to) {
            return -1;
        }
        double[] votes = d.contenderVotes;
        for (int x = from; x < to; x++) {
            double v = swung(x, d.constituencyShare[contenders[x]]);
            votes[x] = localNoise ? v + contenderNoise[x] * normal.sample() : v;
        }
        return contenders[FirstPastThePost.winner(votes, from, to)];
    }

    /**
     * Contender x's share before local noise: its baseline moved by the change in its party's London-wide
     * share {@code now}, uniform at 10% or more, proportional below, and never below 0.
     */
    private double swung(int x, double now) {
        double base = contenderBase[x];
        double londonBase = contenderLondonBase[x];
        double v;
        if (londonBase <= 0.01) {
            v = now; // a party new since the baseline: its London-wide share everywhere
        } else if (londonBase >= UNIFORM_FROM) {
            v = base + (now - londonBase);
        } else {
            v = base * now / londonBase;
        }
        return v < 0 ? 0 : v;
    }
}
