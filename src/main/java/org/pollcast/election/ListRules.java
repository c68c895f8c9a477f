package org.pollcast.election;

import java.util.List;
import java.util.Map;

/**
 * Who may win list seats beyond the threshold, and what becomes of overhang: the two ways a mixed-member system such
 * as New Zealand's differs from the London Assembly's. {@link #FIXED_HOUSE} is the London Assembly's, the Scottish
 * Parliament's and the Senedd's: no waiver, overhang absorbed.
 *
 * @param thresholdWaiver the constituency seats that let a party win list seats whatever its list share (New Zealand:
 *                        1 electorate; Germany's basic-mandate clause: 3); 0 when there is no such waiver
 * @param overhang        whether a party's constituency seats beyond its share are absorbed by a fixed house or
 *                        enlarge it
 * @param partyThresholds per party id, a threshold of its own in place of the contest's (percent of valid list votes):
 *                        a coalition's list, as Poland's 8% against 5%, Slovakia's 7% for two or three parties and 10%
 *                        for more, Czechia's 8% and 11%; empty when every list has the contest's
 * @param thresholdAcrossArea where list seats go region by region, whether a list must pass the threshold across the
 *                        whole area (Poland's 5% of the national vote for seats in each of 41 constituencies, Czechia's,
 *                        Austria's) rather than in each region (Spain's 3% of a province's); false: in each region
 * @param surplusAgreements pairs of party ids whose lists share their surplus votes (Israel's Bader-Ofer count): where
 *                        both pass the threshold, the pair takes seats as one list and splits them between its two by
 *                        the same method; empty when none
 * @param bonus           the seats the list with the most votes takes before the rest are shared out (Greece's), or
 *                        null: none
 */
public record ListRules(
        int thresholdWaiver,
        Overhang overhang,
        Map<String, Double> partyThresholds,
        boolean thresholdAcrossArea,
        List<List<String>> surplusAgreements,
        Bonus bonus) {
    /** No waiver, overhang absorbed: the house is the definition's seats in every outcome. */
    public static final ListRules FIXED_HOUSE = new ListRules(0, Overhang.ABSORB);

    /** Every list under the contest's threshold. */
    public ListRules(int thresholdWaiver, Overhang overhang) {
        this(thresholdWaiver, overhang, Map.of(), false);
    }

    /** No surplus agreements. */
    public ListRules(
            int thresholdWaiver, Overhang overhang, Map<String, Double> partyThresholds, boolean thresholdAcrossArea) {
        this(thresholdWaiver, overhang, partyThresholds, thresholdAcrossArea, List.of());
    }

    /** No bonus. */
    public ListRules(
            int thresholdWaiver,
            Overhang overhang,
            Map<String, Double> partyThresholds,
            boolean thresholdAcrossArea,
            List<List<String>> surplusAgreements) {
        this(thresholdWaiver, overhang, partyThresholds, thresholdAcrossArea, surplusAgreements, null);
    }

    /** These rules with {@code bonus} for the first list. */
    public ListRules withBonus(Bonus bonus) {
        return new ListRules(thresholdWaiver, overhang, partyThresholds, thresholdAcrossArea, surplusAgreements, bonus);
    }

    /**
     * The bonus of the first list among {@code eligible} on {@code votes}, whose share is of {@code total} (the valid
     * vote, others included), into {@code out} at its index; returns the seats given (0: no bonus, or under its share).
     */
    public int bonusInto(double[] votes, boolean[] eligible, double total, int[] out) {
        if (bonus == null || !(total > 0)) {
            return 0;
        }
        int first = Bonus.leader(votes, eligible);
        if (first < 0) {
            return 0;
        }
        int b = bonus.seatsAt(100 * votes[first] / total);
        out[first] += b;
        return b;
    }

    public ListRules {
        partyThresholds = Map.copyOf(partyThresholds);
        surplusAgreements = surplusAgreements.stream().map(List::copyOf).toList();
        partyThresholds.forEach((party, t) -> {
            if (!(t >= 0 && t <= 100)) {
                throw new IllegalArgumentException("the threshold of " + party + " is " + t + "%, expected 0–100");
            }
        });
        if (thresholdWaiver < 0) {
            throw new IllegalArgumentException("threshold waiver is " + thresholdWaiver + ", expected ≥ 0");
        }
        if (overhang == null) {
            throw new IllegalArgumentException("overhang is required");
        }
    }

    /** Whether winning {@link #thresholdWaiver} constituency seats admits a party to the list seats. */
    public boolean waives() {
        return thresholdWaiver > 0;
    }

    /** Whether the house grows by overhang, so that its size varies from one outcome to another. */
    public boolean keepsOverhang() {
        return overhang == Overhang.KEEP;
    }

    /** The threshold {@code party} must reach: its own, else the contest's {@code threshold}. */
    public double thresholdOf(String party, double threshold) {
        return partyThresholds.getOrDefault(party, threshold);
    }

    /** {@link #thresholdOf} for each of {@code parties}, in their order (the order of a count's vote arrays). */
    public double[] thresholds(List<String> parties, double threshold) {
        double[] out = new double[parties.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = thresholdOf(parties.get(p), threshold);
        }
        return out;
    }

    /**
     * The surplus agreements as pairs of indices into {@code parties} (the order of a count's vote arrays); a pair with
     * a party not among them is left out.
     */
    public int[][] agreementPairs(List<String> parties) {
        return surplusAgreements.stream()
                .map(a -> new int[] {parties.indexOf(a.get(0)), parties.indexOf(a.get(1))})
                .filter(a -> a[0] >= 0 && a[1] >= 0)
                .toArray(int[][]::new);
    }

    /** Whether some list has a threshold of its own. */
    public boolean variesByParty() {
        return !partyThresholds.isEmpty();
    }
}
