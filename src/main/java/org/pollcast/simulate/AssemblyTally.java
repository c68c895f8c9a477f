package org.pollcast.simulate;

import org.pollcast.election.ListRules;

/** Integer counts of Assembly outcomes; {@link #combine} is exact and order-free. */
final class AssemblyTally {
    final int p;
    final int k;
    final int seats;
    final long[] seatHist;
    final long[] constituencyHist;
    final long[] listHist;
    final long[] constituencyWins;
    final long[] overThreshold;
    /** Per party, the simulations in which it could win list seats; null without a waiver (it is overThreshold). */
    final long[] eligible;
    /**
     * Simulations by the house's overhang, 0 to k seats (a party's seats never pass the house: they are the larger of
     * its constituency seats and its entitlement, each at most the house); null when overhang is absorbed.
     */
    final long[] overhangHist;

    final long[] largest;
    /** Simulations in which two or more parties share the most seats. */
    long ties;

    final long[] blocs;
    final long[] listShareHist;
    /** Each contender's share in its constituency, {@link Tally#BINS} 0.1-point bins per contender. */
    final long[] contenderHist;
    /** The party of each contender, and where each constituency's contenders start (as the model has them). */
    final int[] contenders;

    final int[] contenderStart;
    /** Per region and party (region-major), list seats summed over the kept simulations. */
    final long[] regionListSeats;

    AssemblyTally(
            int p,
            int k,
            int seats,
            int blocCount,
            int[] contenders,
            int[] contenderStart,
            int regions,
            ListRules rules) {
        eligible = rules.waives() ? new long[p] : null;
        overhangHist = rules.keepsOverhang() ? new long[k + 1] : null;
        regionListSeats = new long[regions * p];
        this.p = p;
        this.k = k;
        this.seats = seats;
        seatHist = new long[p * (seats + 1)];
        constituencyHist = new long[p * (seats + 1)];
        listHist = new long[p * (seats + 1)];
        constituencyWins = new long[k * p];
        overThreshold = new long[p];
        largest = new long[p];
        blocs = new long[blocCount];
        listShareHist = new long[p * Tally.BINS];
        this.contenders = contenders.clone();
        this.contenderStart = contenderStart.clone();
        contenderHist = new long[contenders.length * Tally.BINS];
    }

    /** Counts one kept simulation; {@code max} is the largest party's seat count in it. */
    void add(AssemblyModel.Draw d, boolean[] blocHit, int max) {
        for (int j = 0; j < p; j++) {
            seatHist[j * (seats + 1) + d.totalSeats[j]]++;
            constituencyHist[j * (seats + 1) + d.constituencySeats[j]]++;
            listHist[j * (seats + 1) + d.listSeats[j]]++;
            listShareHist[j * Tally.BINS + Tally.bin(d.listShare[j])]++;
            if (d.overThreshold[j]) {
                overThreshold[j]++;
            }
        }
        if (eligible != null || overhangHist != null) {
            addRules(d);
        }
        int atMax = 0;
        for (int j = 0; j < p; j++) {
            if (d.totalSeats[j] == max) {
                largest[j]++;
                atMax++;
            }
        }
        if (atMax > 1) {
            ties++;
        }
        for (int x = 0; x < contenders.length; x++) {
            contenderHist[x * Tally.BINS + Tally.bin(d.contenderVotes[x])]++;
        }
        for (int c = 0; c < k; c++) {
            if (d.constituencyWinner[c] >= 0) {
                constituencyWins[c * p + d.constituencyWinner[c]]++;
            }
        }
        for (int b = 0; b < blocs.length; b++) {
            if (blocHit[b]) {
                blocs[b]++;
            }
        }
        for (int x = 0; x < regionListSeats.length; x++) {
            regionListSeats[x] += d.regionListSeats[x];
        }
    }

    /** What New Zealand's rules add to the count, apart so that a fixed house's {@link #add} stays as it was. */
    private void addRules(AssemblyModel.Draw d) {
        if (eligible != null) {
            for (int j = 0; j < p; j++) {
                if (d.eligible[j]) {
                    eligible[j]++;
                }
            }
        }
        if (overhangHist != null) {
            overhangHist[d.overhang]++;
        }
    }

    void combine(AssemblyTally o) {
        Tally.add(seatHist, o.seatHist);
        Tally.add(constituencyHist, o.constituencyHist);
        Tally.add(listHist, o.listHist);
        Tally.add(constituencyWins, o.constituencyWins);
        Tally.add(overThreshold, o.overThreshold);
        if (eligible != null) {
            Tally.add(eligible, o.eligible);
        }
        if (overhangHist != null) {
            Tally.add(overhangHist, o.overhangHist);
        }
        Tally.add(largest, o.largest);
        ties += o.ties;
        Tally.add(blocs, o.blocs);
        Tally.add(listShareHist, o.listShareHist);
        Tally.add(contenderHist, o.contenderHist);
        Tally.add(regionListSeats, o.regionListSeats);
    }
}
