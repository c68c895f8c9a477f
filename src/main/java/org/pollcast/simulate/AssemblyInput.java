package org.pollcast.simulate;

import java.util.List;
import org.pollcast.election.Bloc;
import org.pollcast.election.ListRegion;
import org.pollcast.election.ListRules;
import org.pollcast.election.SeatMethod;

/**
 * What the Assembly simulation draws around. Parties are the contest's parties with any support, then
 * {@code other} (many small parties together; never wins a seat).
 *
 * @param constituencyMean London-wide constituency-ballot shares now (percent, sum 100)
 * @param listMean         London-wide list shares now (percent, sum 100)
 * @param constituencySe   own error of each constituency-ballot mean, points (beyond the mayoral shift)
 * @param listSe           own error of each list mean, points
 * @param baselineLondon   the baseline election's London-wide constituency-ballot shares (swing is measured
 *                         from these)
 * @param baseline         per constituency, the baseline's shares (percent), constituency-major
 * @param imputed          per constituency, true when neither the baseline nor an earlier election has a complete
 *                         result there: its start is a lean from other elections, or the whole area's shares
 * @param baselineSd       per constituency and party (constituency-major), how uncertain its baseline share is,
 *                         points: 0 for a result of its own, more for an imputed one; added to the local noise
 * @param mayorOption      per party, the index of its mayoral candidate in the mayoral input, or −1
 * @param sources          how each part was built, for the notes
 * @param regions          the list regions, empty when the list seats are allocated across the whole area
 * @param regionOf         per constituency, the index of its list region (empty without regions)
 * @param regionBaseline   per region, the baseline election's list shares there (percent), region-major
 * @param baselineList     the baseline election's list shares across the whole area (a region's list swings from
 *                         these)
 * @param regionLeanSd     per region and party (region-major), the spread of the region's unknown lean, points for a
 *                         50% party: one draw per simulation, shared by the region's list and by its constituencies
 *                         that {@code leanWithRegion}; all 0 when every region starts from figures of its own (a
 *                         baseline election's)
 * @param leanWithRegion   per constituency (empty without regions), whether it takes its region's lean draw: a
 *                         constituency with no figures of its own, whose lean is then its region's plus its own
 *                         ({@code baselineSd}, the part within the region)
 * @param listRules        the threshold's waiver and what becomes of overhang ({@link ListRules#FIXED_HOUSE}: the
 *                         house is {@link #seats} in every simulation)
 * @param swing            how a constituency's shares follow the whole area's ({@link ConstituencySwing#BY_AREA_SHARE},
 *                         London's, unless the pipeline says otherwise)
 */
public record AssemblyInput(
        String contest,
        List<String> parties,
        List<String> names,
        boolean[] independent,
        double[] constituencyMean,
        double[] listMean,
        double[] constituencySe,
        double[] listSe,
        double[] baselineLondon,
        List<String> constituencies,
        double[] baseline,
        boolean[] imputed,
        double[] baselineSd,
        int[] mayorOption,
        SeatMethod method,
        double threshold,
        int listSeats,
        List<Bloc> blocs,
        List<String> sources,
        List<ListRegion> regions,
        int[] regionOf,
        double[] regionBaseline,
        double[] baselineList,
        double[] regionLeanSd,
        boolean[] leanWithRegion,
        ListRules listRules,
        ConstituencySwing swing) {

    /**
     * An input of a fixed house ({@link ListRules#FIXED_HOUSE}) whose constituencies follow the whole area by {@link
     * ConstituencySwing#BY_AREA_SHARE}, London's ({@link #withListRules} and {@link #withSwing} set the others).
     */
    public AssemblyInput(
            String contest,
            List<String> parties,
            List<String> names,
            boolean[] independent,
            double[] constituencyMean,
            double[] listMean,
            double[] constituencySe,
            double[] listSe,
            double[] baselineLondon,
            List<String> constituencies,
            double[] baseline,
            boolean[] imputed,
            double[] baselineSd,
            int[] mayorOption,
            SeatMethod method,
            double threshold,
            int listSeats,
            List<Bloc> blocs,
            List<String> sources,
            List<ListRegion> regions,
            int[] regionOf,
            double[] regionBaseline,
            double[] baselineList,
            double[] regionLeanSd,
            boolean[] leanWithRegion) {
        this(
                contest,
                parties,
                names,
                independent,
                constituencyMean,
                listMean,
                constituencySe,
                listSe,
                baselineLondon,
                constituencies,
                baseline,
                imputed,
                baselineSd,
                mayorOption,
                method,
                threshold,
                listSeats,
                blocs,
                sources,
                regions,
                regionOf,
                regionBaseline,
                baselineList,
                regionLeanSd,
                leanWithRegion,
                ListRules.FIXED_HOUSE,
                ConstituencySwing.BY_AREA_SHARE);
    }

    /** This input under {@code rules}: the contest's threshold waiver and overhang. */
    public AssemblyInput withListRules(ListRules rules) {
        return with(mayorOption, rules, swing);
    }

    /**
     * This input with party j's share moved by the lead's option {@code option[j]} (−1: by none): election night's
     * body of constituencies only, whose "others" follow the projection's as its parties do.
     */
    public AssemblyInput withMayorOption(int[] option) {
        return with(option.clone(), listRules, swing);
    }

    /** This input with its constituencies following the whole area by {@code rule}. */
    public AssemblyInput withSwing(ConstituencySwing rule) {
        return with(mayorOption, listRules, rule);
    }

    /** This input with these three fields changed: the one copy of every other field the withers share. */
    private AssemblyInput with(int[] option, ListRules rules, ConstituencySwing rule) {
        return new AssemblyInput(
                contest,
                parties,
                names,
                independent,
                constituencyMean,
                listMean,
                constituencySe,
                listSe,
                baselineLondon,
                constituencies,
                baseline,
                imputed,
                baselineSd,
                option,
                method,
                threshold,
                listSeats,
                blocs,
                sources,
                regions,
                regionOf,
                regionBaseline,
                baselineList,
                regionLeanSd,
                leanWithRegion,
                rules,
                rule);
    }

    /** An input whose regions, if any, all start from figures of their own: no region's lean is drawn. */
    public AssemblyInput(
            String contest,
            List<String> parties,
            List<String> names,
            boolean[] independent,
            double[] constituencyMean,
            double[] listMean,
            double[] constituencySe,
            double[] listSe,
            double[] baselineLondon,
            List<String> constituencies,
            double[] baseline,
            boolean[] imputed,
            double[] baselineSd,
            int[] mayorOption,
            SeatMethod method,
            double threshold,
            int listSeats,
            List<Bloc> blocs,
            List<String> sources,
            List<ListRegion> regions,
            int[] regionOf,
            double[] regionBaseline,
            double[] baselineList) {
        this(
                contest,
                parties,
                names,
                independent,
                constituencyMean,
                listMean,
                constituencySe,
                listSe,
                baselineLondon,
                constituencies,
                baseline,
                imputed,
                baselineSd,
                mayorOption,
                method,
                threshold,
                listSeats,
                blocs,
                sources,
                regions,
                regionOf,
                regionBaseline,
                baselineList,
                new double[regionBaseline.length],
                new boolean[regionOf.length]);
    }

    /** An input whose list seats are allocated across the whole area. */
    public AssemblyInput(
            String contest,
            List<String> parties,
            List<String> names,
            boolean[] independent,
            double[] constituencyMean,
            double[] listMean,
            double[] constituencySe,
            double[] listSe,
            double[] baselineLondon,
            List<String> constituencies,
            double[] baseline,
            boolean[] imputed,
            int[] mayorOption,
            SeatMethod method,
            double threshold,
            int listSeats,
            List<Bloc> blocs,
            List<String> sources) {
        this(
                contest,
                parties,
                names,
                independent,
                constituencyMean,
                listMean,
                constituencySe,
                listSe,
                baselineLondon,
                constituencies,
                baseline,
                imputed,
                new double[baseline.length],
                mayorOption,
                method,
                threshold,
                listSeats,
                blocs,
                sources,
                List.of(),
                new int[0],
                new double[0],
                new double[parties.size()]);
    }

    public AssemblyInput {
        if (listRules == null) {
            throw new IllegalArgumentException("list rules are required");
        }
        if (swing == null) {
            throw new IllegalArgumentException("a constituency swing rule is required");
        }
        if (listRules.keepsOverhang() && !regions.isEmpty()) {
            throw new IllegalArgumentException("overhang is kept across the whole area only, not region by region");
        }
        regions = List.copyOf(regions);
        int r = regions.size();
        if (regionBaseline.length != r * parties.size()
                || regionLeanSd.length != regionBaseline.length
                || baselineList.length != parties.size()
                || regionOf.length != (r == 0 ? 0 : constituencies.size())
                || leanWithRegion.length != regionOf.length) {
            throw new IllegalArgumentException("assembly input region arrays do not match " + r + " regions, "
                    + parties.size() + " parties and " + constituencies.size() + " constituencies");
        }
        parties = List.copyOf(parties);
        names = List.copyOf(names);
        constituencies = List.copyOf(constituencies);
        blocs = List.copyOf(blocs);
        sources = List.copyOf(sources);
        int p = parties.size();
        if (names.size() != p
                || independent.length != p
                || constituencyMean.length != p
                || listMean.length != p
                || constituencySe.length != p
                || listSe.length != p
                || baselineLondon.length != p
                || mayorOption.length != p
                || baseline.length != p * constituencies.size()
                || imputed.length != constituencies.size()
                || baselineSd.length != baseline.length) {
            throw new IllegalArgumentException("assembly input arrays do not match " + p + " parties and "
                    + constituencies.size() + " constituencies");
        }
    }

    public int size() {
        return parties.size();
    }

    /** The house: every seat when overhang is absorbed; before any overhang when it is kept. */
    public int seats() {
        return constituencies.size() + listSeats;
    }

    public int index(String party) {
        return parties.indexOf(party);
    }

    /** Whether some region's lean is unknown and drawn in each simulation (a first election's). */
    public boolean drawsRegionLeans() {
        for (double sd : regionLeanSd) {
            if (sd > 0) {
                return true;
            }
        }
        return false;
    }
}
