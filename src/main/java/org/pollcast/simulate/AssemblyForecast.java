package org.pollcast.simulate;

import java.util.List;

/**
 * The Assembly's forecast over the kept simulations.
 *
 * @param parties        per party: seat distribution and probabilities
 * @param constituencies per constituency: each party's probability of winning it, and whether its baseline
 *                       was imputed
 * @param blocs          each bloc's probability
 * @param pTie           the share of kept simulations in which two or more parties share the most seats (the
 *                       {@link PartySeats#pLargest} of every party sum past 1 by more than this when three tie)
 * @param seats          the house: every seat, or with overhang kept the seats before any overhang
 * @param house          how many seats the house had over the simulations, when overhang is kept and it varies; null
 *                       when it is {@code seats} in every simulation
 */
public record AssemblyForecast(
        String contest,
        int seats,
        List<PartySeats> parties,
        List<ConstituencyForecast> constituencies,
        List<BlocForecast> blocs,
        List<String> notes,
        List<RegionSeats> regions,
        double pTie,
        House house) {

    /**
     * The size of a house that grows by overhang: {@code seats} plus each simulation's overhang.
     *
     * @param seats     the house before overhang (the definition's seats)
     * @param mean      its mean size
     * @param p05       5th percentile of its size
     * @param p95       95th percentile
     * @param max       the largest it was in any simulation
     * @param pOverhang the chance it grows at all
     */
    public record House(int seats, double mean, int p05, int p95, int max, double pOverhang) {}

    /**
     * Whether this is a body of constituencies only (the House of Commons): every seat a constituency, no list and so
     * no overhang.
     */
    public boolean constituenciesOnly() {
        return !constituencies.isEmpty() && constituencies.size() == seats && house == null;
    }

    /** This forecast with other parties' rows (the same parties, other figures). */
    public AssemblyForecast withParties(List<PartySeats> parties) {
        return new AssemblyForecast(contest, seats, parties, constituencies, blocs, notes, regions, pTie, house);
    }

    /** This forecast with other notes (election night's added to the model's). */
    public AssemblyForecast withNotes(List<String> notes) {
        return new AssemblyForecast(contest, seats, parties, constituencies, blocs, notes, regions, pTie, house);
    }

    /**
     * One list region's expected list seats.
     *
     * @param listSeatsMean per party (indexed as {@link #parties}), the mean of its list seats there
     */
    public record RegionSeats(String id, String name, int listSeats, double[] listSeatsMean) {}

    /** The smallest seat count s with P(seats ≤ s) ≥ q, from P(seats = s) for s = 0, 1, …. */
    public static int seatQuantile(double[] dist, double q) {
        double c = 0;
        for (int s = 0; s < dist.length; s++) {
            c += dist[s];
            if (c >= q - 1e-12) {
                return s;
            }
        }
        return dist.length - 1;
    }

    public AssemblyForecast {
        parties = List.copyOf(parties);
        constituencies = List.copyOf(constituencies);
        blocs = List.copyOf(blocs);
        notes = List.copyOf(notes);
        regions = List.copyOf(regions);
    }

    /**
     * @param seatDistribution P(total seats = s) for s = 0..seats
     * @param pLargest         P(most seats, ties included)
     * @param pOverThreshold   P(list share at or above the threshold)
     * @param pEligible        P(it could win list seats: over the threshold, or spared it by the waiver's constituency
     *                         seats); NaN when the contest has no waiver, where it is {@code pOverThreshold}
     */
    public record PartySeats(
            String id,
            String name,
            double seatsMean,
            double seatsP05,
            double seatsP95,
            double constituencyMean,
            double listMean,
            double[] seatDistribution,
            double pLargest,
            double pOverThreshold,
            ShareDistribution listShare,
            double pEligible) {
        /** This party's seats with {@code share} for its vote (the night's projection of it, in place of the seats' own). */
        public PartySeats withListShare(ShareDistribution share) {
            return new PartySeats(
                    id,
                    name,
                    seatsMean,
                    seatsP05,
                    seatsP95,
                    constituencyMean,
                    listMean,
                    seatDistribution,
                    pLargest,
                    pOverThreshold,
                    share,
                    pEligible);
        }
    }

    /**
     * @param share each party's simulated vote share in the constituency (indexed as {@code parties}), or null
     *              for a party the model does not run there (under 2% there and 5% London-wide)
     */
    public record ConstituencyForecast(
            String name, boolean imputed, List<String> parties, double[] pWin, ShareDistribution[] share) {
        public ConstituencyForecast {
            parties = List.copyOf(parties);
        }
    }

    public record BlocForecast(String id, String label, double p, double se) {}
}
