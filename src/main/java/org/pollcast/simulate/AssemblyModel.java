package org.pollcast.simulate;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.pollcast.election.Bonus;
import org.pollcast.election.FirstPastThePost;
import org.pollcast.election.ListRegion;
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
 * <li>each constituency: baseline shares moved by the change from the baseline London-wide share by the input's
 * {@link ConstituencySwing} (London's: uniform for parties at 10% or more and proportional below, a 3% party cannot
 * lose 5 points; a body of constituencies only: proportional where the party is weaker than across the whole area,
 * uniform where it is stronger), plus local noise
 * {@code σ_local · √(b(100 − b))/50} at the party's baseline share b there (σ_local:
 * {@link SimulationSettings#constituencyNoiseSd()}); the winner by first past the post among parties that can plausibly win
 * there (baseline 2% or more locally, or 5% London-wide); then the shares, floored at 0, are scaled to sum to 100 with
 * the other parties' swung shares there, so that what is tallied is a share of the constituency's vote (the winner
 * is the same);
 * <li>list seats by the contest's modified divisor method and threshold, counting this simulation's
 * constituency seats; under {@link org.pollcast.election.ListRules} a party with enough constituency seats is spared
 * the threshold ({@link SeatAllocation#waiveInto}), and with overhang kept the whole house is allocated and grows by
 * any party's constituency seats beyond its entitlement ({@link SeatAllocation#keepInto}): the seats then sum to the
 * house plus that simulation's overhang.
 * </ol>
 * A region whose lean is unknown (a first election's: {@link AssemblyInput#regionLeanSd()}) draws it once per
 * simulation, {@code ℓ_rP ~ N(0, s_rP · √(b(100 − b))/50)} at the party's share b on each ballot; its list shares and
 * the constituencies that take it ({@link AssemblyInput#leanWithRegion()}) move by it together, so a party strong in a
 * region wins its constituencies and fewer of its list seats, as in a real election, rather than both at once.
 * The counts are the election package's: {@link FirstPastThePost#winner} per constituency,
 * {@link SeatAllocation#thresholdInto} and {@link SeatAllocation#allocateInto} for the list.
 *
 * <p>On election night ({@link AssemblyNight}) a declared constituency's winner is the declared one in every
 * simulation, and each party's London-wide constituency-ballot share is pulled toward what the declared
 * constituencies imply (the list ballot with it); the undeclared constituencies swing from there as above.
 */
final class AssemblyModel {
    static final double BALLOT_CORRELATION = 0.7;
    static final double UNIFORM_FROM = 10;

    final AssemblyInput in;
    final int p;
    final int k;
    private final double[] shiftScale;
    /** The most a mayoral miss is multiplied by on the list (Greens 2021: list 11.8%, Mayor 7.8%; 2008: 2.6). */
    private static final double MAX_LIST_SCALE = 3;

    private final double[] listShiftScale;
    /** Per constituency c, its contenders are {@code contenders[contenderStart[c] .. contenderStart[c + 1])}. */
    private final int[] contenders;

    private final int[] contenderStart;
    /** Per contender: its party's baseline share in the constituency. */
    private final double[] contenderBase;
    /** Per party: its baseline London-wide constituency share (swing is measured from it). */
    private final double[] baselineLondon;
    /**
     * Per contender: where its swing is in {@link Draw#swingTimes} and {@link Draw#swingPlus}, by {@link
     * ConstituencySwing}: its party's index j for the uniform form, p + j for the proportional one.
     */
    private final int[] contenderSwing;
    /** Per bystander: the same, for {@link #bystanders}. */
    private final int[] bystanderSwing;
    /**
     * Per constituency c, the parties that stand there but cannot win it (not contenders), at {@code
     * bystanders[bystanderStart[c] .. bystanderStart[c + 1])}, and their baseline shares there: their swung shares
     * complete the constituency's 100.
     */
    private final int[] bystanders;

    private final int[] bystanderStart;
    private final double[] bystanderBase;
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
    /** Per party, the list threshold it must reach (percent): the contest's, or its own (a coalition's). */
    private final double[] thresholds;
    /** Whether a region's list seats go to the lists over the threshold across the whole area, not in the region. */
    private final boolean thresholdAcrossArea;

    private final int listSeats;
    private final SeatMethod method;
    /** The constituency seats that spare a party the threshold; 0: no waiver. */
    private final int waiver;
    /** The house allocated when overhang is kept; 0 when it is absorbed (the list seats alone are allocated). */
    private final int keptHouse;
    /** Surplus agreements, as pairs of party indices (none: London's and every house without them). */
    private final int[][] agreementPairs;
    /** The first list's bonus (Greece's), or null: none. */
    private final Bonus bonus;
    /** Others' index (-1: none): never the first list, whatever its share. */
    private final int othersIndex;
    /**
     * Whether eligibility is more than the threshold (a waiver, or overhang kept, which seats no independent): then the
     * threshold's own test is kept apart in {@link Draw#overThreshold}, which is otherwise {@link Draw#eligible}.
     */
    private final boolean eligibleApart;

    private final boolean localNoise;
    /** List regions (0: the list seats are allocated across the whole area). */
    private final int regionCount;
    /** Per region r, its constituencies are {@code regionConstituencies[regionStart[r] .. regionStart[r + 1])}. */
    private final int[] regionConstituencies;

    private final int[] regionStart;
    private final int[] regionListSeats;
    /** Per region and party (region-major), the baseline's list share there. */
    private final double[] regionBase;
    /** Per party, the baseline's list share across the whole area: a region's list swings from it. */
    private final double[] baselineList;
    /**
     * Per region and party (region-major): no list votes in the region's baseline rows, yet some across the whole
     * area. The rows are silent on the party, not a zero to multiply (the Welsh kit's South Wales Central lists no
     * Reform UK, which then won no list seat there at 28% in the polls): it starts at its whole-area share, as a new
     * party does.
     */
    private final boolean[] regionSilent;
    /**
     * Per party, over the regions not silent: the sum of its baseline shares where weaker than across the whole area,
     * how many regions those are, and how many at least as strong; for a falling large party's swing, which must keep
     * the regions' mean where a uniform fall puts it ({@link #fallingStrong}).
     */
    private final double[] weakBaseSum;

    private final int[] weakRegions;
    private final int[] strongRegions;
    /**
     * Per region, the sd of its list shares about uniform swing for a 50% party: the constituencies' local noise
     * averaged over the region's k constituencies, σ_local/√k. A floor: regions drift apart for reasons that are not
     * independent constituency by constituency.
     */
    private final double[] regionNoise;
    /** Per region and party (region-major), the spread of the region's unknown lean for a 50% party; null if none. */
    private final double[] regionLeanSd;
    /** Per contender: its region's lean spread at its share there (points), 0 when it takes no region lean. */
    private final double[] contenderRegionLean;
    /** Per contender: the index of its region's lean draw in {@link Draw#normals}, or −1. */
    private final int[] contenderLeanAt;

    /** Election night's fixed winners (−1 undeclared), or null before the night. */
    private final int[] fixedWinner;

    private final double[] declaredShare;
    private final double[] priorWeight;
    private final double[] observed;
    private final double[] nightSd;
    /** The list is the night's own projection (a list-led election): drawn as before the night, never carried over. */
    private final boolean listIsLead;
    /**
     * Per party, the spread of the gap between its two ballots that the pre-election draw implies: {@code √(σ_L² +
     * σ_C² − 2ρσ_Lσ_C)}. On the night, once the constituency ballot is known, this is what is left of the list's
     * own uncertainty; the rest of the list's pre-election error was the constituency ballot's too.
     */
    private final double[] gapSd;

    AssemblyModel(AssemblyInput in, double[] mayorMean, double localNoiseSd) {
        this(in, mayorMean, localNoiseSd, null);
    }

    /** @param night what is declared so far, or null for the pre-election model */
    AssemblyModel(AssemblyInput in, double[] mayorMean, double localNoiseSd, AssemblyNight night) {
        this.in = in;
        this.localNoise =
                localNoiseSd > 0 || Arrays.stream(in.baselineSd()).anyMatch(v -> v > 0) || in.drawsRegionLeans();
        this.p = in.size();
        this.k = in.constituencies().size();
        shiftScale = new double[p];
        listShiftScale = new double[p];
        seatable = new boolean[p];
        thresholds = in.listRules().thresholds(in.parties(), in.threshold());
        boolean othersSeated = othersSeatedAsLists(in, thresholds);
        for (int j = 0; j < p; j++) {
            int m = in.mayorOption()[j];
            shiftScale[j] = m < 0 || mayorMean[m] <= 0
                    ? 0
                    : Math.min(2, Math.max(0.3, in.constituencyMean()[j] / mayorMean[m]));
            // The list by its own ratio: a small party's list vote runs at two or three times its mayoral
            // candidate's (Greens 2008: 3.2% and 8.4%), so a miss in the mayoral share moves the list as much more.
            listShiftScale[j] = m < 0 || mayorMean[m] <= 0
                    ? 0
                    : Math.min(MAX_LIST_SCALE, Math.max(0.3, in.listMean()[j] / mayorMean[m]));
            seatable[j] = othersSeated || !in.parties().get(j).equals("other");
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
        bystanderStart = new int[k + 1];
        int[] by = new int[k * p];
        double[] byBase = new double[k * p];
        int m = 0;
        for (int c = 0; c < k; c++) {
            bystanderStart[c] = m;
            int x = start[c];
            for (int j = 0; j < p; j++) {
                if (x < start[c + 1] && list[x] == j) {
                    x++;
                } else if (baseline[c * p + j] > 0 || !proportional(in.swing(), 0, in.baselineLondon()[j])) {
                    // A party with none of the vote here that swings in proportion has none after: left out, most
                    // of the list-only parties are, and this runs for every constituency of every simulation.
                    by[m] = j;
                    byBase[m++] = baseline[c * p + j];
                }
            }
        }
        bystanderStart[k] = m;
        bystanders = Arrays.copyOf(by, m);
        bystanderBase = Arrays.copyOf(byBase, m);
        bystanderSwing = new int[m];
        for (int y = 0; y < m; y++) {
            bystanderSwing[y] = swingSlot(in, bystanders[y], bystanderBase[y]);
        }
        contenderBase = new double[n];
        baselineLondon = in.baselineLondon().clone();
        contenderNoise = new double[n];
        contenderSwing = new int[n];
        for (int c = 0; c < k; c++) {
            for (int x = start[c]; x < start[c + 1]; x++) {
                int j = list[x];
                contenderBase[x] = baseline[c * p + j];
                contenderSwing[x] = swingSlot(in, j, contenderBase[x]);
                double b = Math.min(Math.max(baseline[c * p + j], in.constituencyMean()[j]), 99.5);
                b = Math.max(b, 0.5);
                // An imputed baseline is a guess at where the party starts there, its error added to the swing's.
                double swing = localNoiseSd * Math.sqrt(b * (100 - b)) / 50;
                double guess = in.baselineSd()[c * p + j];
                contenderNoise[x] = Math.sqrt(swing * swing + guess * guess);
            }
        }
        independent = in.independent().clone();
        mayorOption = in.mayorOption().clone();
        constituencyMean = in.constituencyMean().clone();
        listMean = in.listMean().clone();
        constituencySe = in.constituencySe().clone();
        listSe = in.listSe().clone();
        listNoiseOwn = Math.sqrt(1 - BALLOT_CORRELATION * BALLOT_CORRELATION);
        thresholdAcrossArea = in.listRules().thresholdAcrossArea();
        listSeats = in.listSeats();
        method = in.method();
        waiver = in.listRules().thresholdWaiver();
        keptHouse = in.listRules().keepsOverhang() ? in.seats() : 0;
        agreementPairs = in.listRules().agreementPairs(in.parties());
        bonus = in.listRules().bonus();
        othersIndex = in.parties().indexOf("other");
        eligibleApart = waiver > 0 || keptHouse > 0;
        if (night != null && (night.fixedWinner().length != k || night.priorWeight().length != p)) {
            throw new IllegalArgumentException(
                    "the night's Assembly arrays do not match " + p + " parties and " + k + " constituencies");
        }
        regionCount = in.regions().size();
        regionListSeats = in.regions().stream().mapToInt(ListRegion::listSeats).toArray();
        regionBase = in.regionBaseline().clone();
        baselineList = in.baselineList().clone();
        regionSilent = new boolean[regionBase.length];
        for (int x = 0; x < regionBase.length; x++) {
            regionSilent[x] = regionBase[x] <= 0.01 && baselineList[x % p] > 0.01;
        }
        weakBaseSum = new double[p];
        weakRegions = new int[p];
        strongRegions = new int[p];
        for (int x = 0; x < regionBase.length; x++) {
            int j = x % p;
            if (regionSilent[x]) {
                continue;
            }
            if (regionBase[x] < baselineList[j]) {
                weakBaseSum[j] += regionBase[x];
                weakRegions[j]++;
            } else {
                strongRegions[j]++;
            }
        }
        regionStart = new int[regionCount + 1];
        regionConstituencies = new int[regionCount == 0 ? 0 : k];
        regionNoise = new double[regionCount];
        int at = 0;
        for (int r = 0; r < regionCount; r++) {
            regionStart[r] = at;
            for (int c = 0; c < k; c++) {
                if (in.regionOf()[c] == r) {
                    regionConstituencies[at++] = c;
                }
            }
            int size = at - regionStart[r];
            // A region with no constituencies (a pure list body's) is one local area: a constituency's noise.
            regionNoise[r] = localNoiseSd / Math.sqrt(Math.max(size, 1));
        }
        regionStart[regionCount] = at;
        regionLeanSd = in.drawsRegionLeans() ? in.regionLeanSd().clone() : null;
        contenderRegionLean = new double[n];
        contenderLeanAt = new int[n];
        Arrays.fill(contenderLeanAt, -1);
        for (int c = 0; regionLeanSd != null && c < k; c++) {
            if (!in.leanWithRegion()[c]) {
                continue;
            }
            int r = in.regionOf()[c];
            for (int x = start[c]; x < start[c + 1]; x++) {
                int j = list[x];
                double b = Math.min(Math.max(Math.max(baseline[c * p + j], in.constituencyMean()[j]), 0.5), 99.5);
                contenderRegionLean[x] = regionLeanSd[r * p + j] * Math.sqrt(b * (100 - b)) / 50;
                contenderLeanAt[x] = leanAt() + r * p + j;
            }
        }
        fixedWinner = night == null ? null : night.fixedWinner();
        declaredShare = night == null ? null : night.declaredShare();
        priorWeight = night == null ? null : night.priorWeight();
        observed = night == null ? null : night.observed();
        nightSd = night == null ? null : night.sd();
        listIsLead = night != null && night.listIsLead();
        gapSd = new double[p];
        for (int j = 0; j < p; j++) {
            double l = listSe[j];
            double c = constituencySe[j];
            gapSd[j] = Math.sqrt(Math.max(0, l * l + c * c - 2 * BALLOT_CORRELATION * l * c));
        }
    }

    /** Per-thread scratch and results of one simulation. */
    static final class Draw {
        final double[] constituencyShare;
        final double[] listShare;
        final int[] constituencySeats;
        final int[] listSeats;
        final int[] totalSeats;
        final int[] constituencyWinner;
        /** Per party, whether it may win list seats: over the threshold, or spared it by the waiver. */
        final boolean[] eligible;
        /** Per party, whether its list share reached the threshold: {@link #eligible} itself without a waiver. */
        final boolean[] overThreshold;
        /** The seats by which the house grew in this simulation (0 unless overhang is kept). */
        int overhang;
        /** Overhang kept: all 0 (the plain method counts no seat as held), and each party's entitlement. */
        final int[] noSeats;

        final int[] entitled;
        /**
         * Each contender's share in its constituency: swung, then with local noise, then (once the winner is found)
         * floored at 0 and scaled with the other parties' swung shares there to sum to 100.
         */
        final double[] contenderVotes;
        /** This simulation's standard normal draws: two per party, then one per contender (with local noise). */
        final double[] normals;
        /**
         * This simulation's swing: a constituency share b of party j becomes {@code b · swingTimes[s] + swingPlus[s]},
         * s = j for the uniform form and p + j for the proportional one (see {@link ConstituencySwing}).
         */
        final double[] swingTimes;

        final double[] swingPlus;
        final SeatAllocation.Quotients quotients;
        /** Where a house's surplus agreements are counted again (SeatAllocation.agreementsInto), reused each draw. */
        final SeatAllocation.Agreements agreements;
        /** One region's list shares, constituency seats and list seats (scratch, with regions). */
        final double[] regionShare;
        /** Per party, this simulation's list swing from the whole area's baseline: see {@link #swing}. */
        final double[] listSwingTimes;

        final double[] listSwingPlus;
        /** Per region and party (region-major), this simulation's list seats there. */
        final int[] regionListSeats;

        final int[] regionConstituencySeats;
        final int[] regionSeats;

        Draw(int p, int k, int contenders, int regions, boolean eligibleApart) {
            regionShare = new double[p];
            listSwingTimes = new double[p];
            listSwingPlus = new double[p];
            regionListSeats = new int[regions * p];
            regionConstituencySeats = new int[p];
            regionSeats = new int[p];
            quotients = new SeatAllocation.Quotients(p);
            agreements = new SeatAllocation.Agreements(p);
            constituencyShare = new double[p];
            listShare = new double[p];
            constituencySeats = new int[p];
            listSeats = new int[p];
            totalSeats = new int[p];
            constituencyWinner = new int[k];
            eligible = new boolean[p];
            overThreshold = eligibleApart ? new boolean[p] : eligible;
            noSeats = new int[p];
            entitled = new int[p];
            contenderVotes = new double[contenders];
            normals = new double[2 * p + contenders + 2 * regions * p];
            swingTimes = new double[2 * p];
            swingPlus = new double[2 * p];
        }
    }

    /** Each constituency's contenders, as party indexes: those of c are {@code contenderRange(c)}. */
    int[] contenders() {
        return contenders.clone();
    }

    /** Where each constituency's contenders start in {@link #contenders()}, with the end as a last entry. */
    int[] contenderStart() {
        return contenderStart.clone();
    }

    Draw newDraw() {
        return new Draw(p, k, contenders.length, regionCount, eligibleApart);
    }

    void draw(NormalizedGaussianSampler normal, double[] mayorShares, double[] mayorMean, Draw d) {
        // All of this simulation's normals in one tight loop, in the order they are used: the JIT often finds
        // the sampler too big to inline here, and each call from the loops below would spill their registers.
        double[] normals = d.normals;
        int needed = 2 * p
                + (localNoise ? contenders.length + regionCount * p : 0)
                + (regionLeanSd == null ? 0 : regionCount * p);
        for (int i = 0; i < needed; i++) {
            normals[i] = normal.sample();
        }
        double sumC = 0;
        double sumL = 0;
        for (int j = 0; j < p; j++) {
            int m = mayorOption[j];
            double miss = m < 0 ? 0 : mayorShares[m] - mayorMean[m];
            double shift = miss * shiftScale[j];
            double listShift = miss * listShiftScale[j];
            double z = normals[2 * j];
            double z2 = normals[2 * j + 1];
            double c;
            double l;
            if (fixedWinner == null) {
                c = constituencyMean[j] + shift + constituencySe[j] * z;
                l = listMean[j] + listShift + listSe[j] * (BALLOT_CORRELATION * z + listNoiseOwn * z2);
            } else {
                // The normal update of this draw's prior share by the declarations' estimate: prior + (1 − w)(x̄ −
                // prior). The list is not declared until every constituency is in: it weighs its own pre-election
                // draw the same way against x̄ plus the forecast's gap between the two ballots, in points. A ratio
                // taken at a small base multiplies a rising party's gain by it (Reform UK 2024: 0.97% of the list
                // on 2.4% of the constituency vote in 2021 made its 7.4% on the night 3.7% of the list, not 5.9%).
                //
                // Its error likewise: the pre-election list error weighted by w, and weighted by 1 − w the night's
                // remaining error in the constituency ballot plus the gap between the ballots, with the spread the
                // pre-election draw implies. With every constituency in, the list is no longer as unsure as before
                // the count (Labour 2024: a 90% range 12 points wide with all 14 declared): only the gap is left.
                double w = priorWeight[j];
                double prior = constituencyMean[j] + shift;
                c = prior + (1 - w) * (observed[j] - prior) + nightSd[j] * z;
                // A list-led night's list is its projection: the simulated list vote, which the declared list votes
                // have already moved. Carried over from the constituency ballot as well, the declarations would
                // count twice and the list would be drawn toward the other ballot.
                l = listIsLead
                        ? listMean[j] + listShift + listSe[j] * (BALLOT_CORRELATION * z + listNoiseOwn * z2)
                        : w * (listMean[j] + listShift)
                                + (1 - w) * (observed[j] + listMean[j] - constituencyMean[j])
                                + w * listSe[j] * (BALLOT_CORRELATION * z + listNoiseOwn * z2)
                                + (1 - w) * (nightSd[j] * z + gapSd[j] * z2);
            }
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
            bothSwings(j, baselineLondon[j], d.constituencyShare[j], d.swingTimes, d.swingPlus);
        }
        for (int c = 0; c < k; c++) {
            int winner = constituencyWinner(c, d);
            d.constituencyWinner[c] = winner;
            if (winner >= 0) {
                d.constituencySeats[winner]++;
            }
        }
        for (int c = 0; c < k; c++) {
            scaleToShares(c, d);
        }
        if (regionCount == 0) {
            SeatAllocation.thresholdInto(d.listShare, seatable, 0, thresholds, d.eligible);
            if (eligibleApart) {
                // New Zealand's rules in a method of their own: the London Assembly's path stays as small as it was.
                allocateUnderRules(d);
            } else {
                allocateFixedHouse(d);
            }
        } else {
            allocateByRegion(d);
        }
        for (int j = 0; j < p; j++) {
            d.totalSeats[j] = d.constituencySeats[j] + d.listSeats[j];
        }
    }

    /**
     * Whether a forecast's "others" (the parties no poll names) win seats as a list would: under a quota method with no
     * threshold (South Africa's National Assembly, where a party needs a quarter of a percent for a seat, and the
     * unpolled PA, ACDP, UDM and a dozen more won 27 seats in 2024). Never seated there, the seats their quotas took went
     * to the named parties by their remainders, a dozen each where the polls named three (the ANC 235 seats a day before
     * 2019 from 55.6% of the vote). Their seats are the "Others" row's; a threshold, or a divisor method, leaves them
     * unseated as before (London's path unchanged).
     */
    private static boolean othersSeatedAsLists(AssemblyInput in, double[] thresholds) {
        return !in.method().isDivisor() && SeatAllocation.noThreshold(thresholds);
    }

    /** The list seats across the whole area in a house of fixed size, to the parties {@code d.eligible} marks. */
    private void allocateFixedHouse(Draw d) {
        // The first list's bonus (Greece's) comes off the house before the method shares out the rest; its share is of
        // the draw's valid vote, whose list shares sum to 100.
        int first = bonus == null ? -1 : Bonus.leader(d.listShare, d.eligible, othersIndex);
        int given = first < 0 ? 0 : bonus.seatsAt(d.listShare[first]);
        SeatAllocation.allocateInto(
                method,
                d.listShare,
                d.constituencySeats,
                listSeats - given,
                d.eligible,
                independent,
                d.listSeats,
                null,
                null,
                d.quotients,
                0);
        if (agreementPairs.length > 0) {
            SeatAllocation.agreementsInto(method, d.listShare, d.eligible, agreementPairs, d.listSeats, d.agreements);
        }
        if (given > 0) {
            d.listSeats[first] += given;
        }
    }

    /** The list seats across the whole area under a waiver, kept overhang, or both (the threshold already applied). */
    private void allocateUnderRules(Draw d) {
        waive(d);
        if (keptHouse > 0) {
            d.overhang = SeatAllocation.keepInto(
                    method,
                    d.listShare,
                    d.constituencySeats,
                    keptHouse,
                    d.eligible,
                    independent,
                    d.noSeats,
                    d.entitled,
                    d.listSeats,
                    null,
                    null,
                    d.quotients);
        } else {
            allocateFixedHouse(d);
        }
    }

    /**
     * Keeps the threshold's own test apart, then spares it a party with the waiver's constituency seats across the whole
     * area (where the list goes region by region too, as Germany's basic-mandate clause counts seats nationwide).
     */
    private void waive(Draw d) {
        System.arraycopy(d.eligible, 0, d.overThreshold, 0, p);
        if (waiver > 0) {
            SeatAllocation.waiveInto(waiver, d.constituencySeats, seatable, d.eligible);
        }
    }

    /**
     * The list seats region by region: each region's list shares are its baseline there moved by this simulation's
     * change in the whole area's list share (uniform for parties at {@value #UNIFORM_FROM}% or more, proportional
     * below, the whole-area share for a party new since the baseline or with no list votes in the region's baseline),
     * plus the region's noise; its seats go by the contest's method and threshold against the constituency seats won
     * within it. A party at {@value #UNIFORM_FROM}% or more that lost share swings proportionally where it was weaker
     * than across the whole area ({@link ConstituencySwing#BY_LOCAL_STRENGTH}'s rule for a falling party: a region
     * cannot lose more of a party than it had), and loses the rest evenly where it was at least as strong.
     */
    private void allocateByRegion(Draw d) {
        double[] z = d.normals;
        int noise = 2 * p + contenders.length;
        for (int j = 0; j < p; j++) {
            d.listSeats[j] = 0;
            swing(j, baselineList[j], d.listShare[j], d.listSwingTimes, d.listSwingPlus);
        }
        if (thresholdAcrossArea) {
            // Poland's 5% is of the national vote, for the seats of every constituency: one eligibility for all.
            eligibleInRegion(d, d.listShare);
        }
        for (int r = 0; r < regionCount; r++) {
            for (int j = 0; j < p; j++) {
                double b = regionBase[r * p + j];
                double base = baselineList[j];
                boolean falling = base >= UNIFORM_FROM && d.listShare[j] < base;
                double v = regionSilent[r * p + j]
                        ? d.listShare[j]
                        // A large party that lost share, where it was weaker than across the whole area, loses in
                        // proportion: a uniform fall of 13 points took the Conservatives' 12% in Glasgow to nothing
                        // (Scotland 2021 to 2026), the points it lost where it was strong. Where it was stronger it
                        // loses the rest, so that the regions' mean falls as a uniform swing's would.
                        : falling && (b < base || strongRegions[j] == 0)
                                ? b * d.listShare[j] / base
                                : falling
                                        ? b - fallingStrong(j, base, d.listShare[j])
                                        : b * d.listSwingTimes[j] + d.listSwingPlus[j];
                if (localNoise) {
                    double m = v < 0.5 ? 0.5 : v > 99.5 ? 99.5 : v;
                    v += regionNoise[r] * Math.sqrt(m * (100 - m)) / 50 * z[noise + r * p + j];
                    if (regionLeanSd != null) {
                        v += regionLeanSd[r * p + j] * Math.sqrt(m * (100 - m)) / 50 * z[leanAt() + r * p + j];
                    }
                }
                d.regionShare[j] = v < 0 ? 0 : v;
                d.regionConstituencySeats[j] = 0;
            }
            for (int x = regionStart[r]; x < regionStart[r + 1]; x++) {
                int winner = d.constituencyWinner[regionConstituencies[x]];
                if (winner >= 0) {
                    d.regionConstituencySeats[winner]++;
                }
            }
            if (!thresholdAcrossArea) {
                eligibleInRegion(d, d.regionShare); // Spain's 3% is a province's
            }
            SeatAllocation.allocateInto(
                    method,
                    d.regionShare,
                    d.regionConstituencySeats,
                    regionListSeats[r],
                    d.eligible,
                    independent,
                    d.regionSeats,
                    null,
                    null,
                    d.quotients,
                    0);
            for (int j = 0; j < p; j++) {
                d.listSeats[j] += d.regionSeats[j];
                d.regionListSeats[r * p + j] = d.regionSeats[j];
            }
        }
        // What is tallied as "over the threshold" is the whole area's list share, not the last region's.
        SeatAllocation.thresholdInto(d.listShare, seatable, 0, thresholds, d.eligible);
        if (eligibleApart) {
            waive(d);
        }
    }

    /** Which lists may take a region's seats: those over their threshold on {@code shares}, or waived through. */
    private void eligibleInRegion(Draw d, double[] shares) {
        SeatAllocation.thresholdInto(shares, seatable, 0, thresholds, d.eligible);
        if (waiver > 0) {
            SeatAllocation.waiveInto(waiver, d.constituencySeats, seatable, d.eligible);
        }
    }

    /**
     * Where the regions' lean draws start in {@link Draw#normals}: after the two per party, the contenders' and the
     * regions' noise. Drawn last, so an input without them draws exactly the normals it drew before they existed.
     */
    private int leanAt() {
        return 2 * p + contenders.length + regionCount * p;
    }

    /** Constituency c's winner (party index), or −1 when nobody stands. */
    private int constituencyWinner(int c, Draw d) {
        int from = contenderStart[c];
        int to = contenderStart[c + 1];
        double[] votes = d.contenderVotes;
        if (fixedWinner != null && fixedWinner[c] >= 0) {
            // Declared: counted from the declared votes, never simulated.
            for (int x = from; x < to; x++) {
                votes[x] = declaredShare[c * p + contenders[x]];
            }
            return fixedWinner[c];
        }
        if (from == to) {
            return -1;
        }
        double[] times = d.swingTimes;
        double[] plus = d.swingPlus;
        double[] z = d.normals;
        int noise = 2 * p;
        for (int x = from; x < to; x++) {
            int s = contenderSwing[x];
            double v = contenderBase[x] * times[s] + plus[s];
            v = v < 0 ? 0 : v;
            if (localNoise) {
                v += contenderNoise[x] * z[noise + x];
            }
            votes[x] = v;
        }
        if (regionLeanSd != null) {
            // A first election's unknown region leans, in a pass of their own: the loop above is the hot one of every
            // London simulation, and kept small it stays fast.
            for (int x = from; x < to; x++) {
                if (contenderLeanAt[x] >= 0) {
                    votes[x] += contenderRegionLean[x] * z[contenderLeanAt[x]];
                }
            }
        }
        return contenders[FirstPastThePost.winner(votes, from, to)];
    }

    /**
     * Constituency {@code c}'s contenders' shares of its vote, once its winner is found; a declared constituency's are
     * the declared shares already. Uniform swing for the big parties and proportional swing for the small do not keep
     * a constituency's total at 100: Reform UK, proportional from 7.4% London-wide in 2024, gains 1.8 times London's
     * gain in Bexley and Bromley (13.6% there) while the others lose only London's points, so the shares there summed
     * past 100, and below it where the party was weak; local noise could take a share below 0. Scaling leaves the
     * winner as it is. Apart from the count, so the count's loop stays small.
     */
    private void scaleToShares(int c, Draw d) {
        if (fixedWinner != null && fixedWinner[c] >= 0) {
            return;
        }
        int from = contenderStart[c];
        int to = contenderStart[c + 1];
        double[] votes = d.contenderVotes;
        double[] times = d.swingTimes;
        double[] plus = d.swingPlus;
        double total = 0;
        for (int x = from; x < to; x++) {
            votes[x] = votes[x] < 0 ? 0 : votes[x];
            total += votes[x];
        }
        for (int y = bystanderStart[c]; y < bystanderStart[c + 1]; y++) {
            int s = bystanderSwing[y];
            double v = bystanderBase[y] * times[s] + plus[s];
            total += v < 0 ? 0 : v;
        }
        if (total > 0) {
            double scale = 100 / total;
            for (int x = from; x < to; x++) {
                votes[x] *= scale;
            }
        }
    }

    /**
     * Whether a constituency share {@code b} of a party of whole-area baseline share {@code base} moves in proportion
     * (plus 0) under {@code rule}; a party new since the baseline takes its whole-area share, in neither form.
     */
    private static boolean proportional(ConstituencySwing rule, double b, double base) {
        return base > 0.01 && !rule.uniformAt(b, base);
    }

    /** Where the swing of party j at a constituency share {@code b} is in {@link Draw#swingTimes}: j or p + j. */
    private static int swingSlot(AssemblyInput in, int j, double b) {
        return proportional(in.swing(), b, in.baselineLondon()[j]) ? in.size() + j : j;
    }

    /**
     * Party j's swing in both forms, uniform at j and proportional at p + j ({@link #swingSlot} picks one for each
     * constituency); for a party new since the baseline, its whole-area share in both.
     */
    private void bothSwings(int j, double base, double now, double[] times, double[] plus) {
        if (base <= 0.01) {
            times[j] = 0;
            plus[j] = now;
            times[p + j] = 0;
            plus[p + j] = now;
        } else {
            times[j] = 1;
            plus[j] = now - base;
            times[p + j] = now / base;
            plus[p + j] = 0;
        }
    }

    /**
     * How far a falling large party falls in each region where it was at least as strong as across the whole area,
     * when it falls in proportion where weaker: the regions' mean (equal weights, silent regions aside) must fall by
     * {@code base − now}, as under a uniform swing, and the weaker regions' proportional fall, {@code (1 − now / base)}
     * of their baseline, is less than that in each. Left at the uniform fall, a Scottish Conservative list vote falling
     * 13 points summed over the regions to 1.5 to 2 points more than the forecast's whole-area share (review).
     */
    private double fallingStrong(int j, double base, double now) {
        return fallingStrong(base, now, weakRegions[j] + strongRegions[j], weakBaseSum[j], strongRegions[j]);
    }

    /**
     * As above, from the party's whole-area baseline and share now, its regions (silent ones aside), the sum of its
     * baseline shares in those where it was weaker, and how many were at least as strong.
     */
    static double fallingStrong(double base, double now, int regions, double weakBaseSum, int strong) {
        return (base - now) * (regions - weakBaseSum / base) / strong;
    }

    /**
     * Party j's swing from its whole-area baseline share {@code base} to {@code now}, as a share b somewhere becoming
     * {@code b · times[j] + plus[j]}, by London's rule ({@link ConstituencySwing#BY_AREA_SHARE}, the list regions'):
     * uniform at 10% or more (b + now − base), proportional below (b · now / base; a 3% party cannot lose 5 points),
     * and for a party new since the baseline its whole-area share everywhere. Once per party, so each region costs
     * one multiply-add.
     */
    private static void swing(int j, double base, double now, double[] times, double[] plus) {
        if (base <= 0.01) {
            times[j] = 0;
            plus[j] = now;
        } else if (ConstituencySwing.BY_AREA_SHARE.uniformAt(base, base)) {
            times[j] = 1;
            plus[j] = now - base;
        } else {
            times[j] = now / base;
            plus[j] = 0;
        }
    }
}
