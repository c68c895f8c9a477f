package org.pollcast.simulate;

/**
 * How a constituency's baseline share {@code b} of a party moves when the party's whole-area share goes from its
 * baseline {@code B} to {@code N} in a simulation. Either way a party new since the baseline ({@code B} ≈ 0) takes
 * {@code N} everywhere, and the constituency's shares are then scaled to sum to 100 ({@link AssemblyModel}).
 *
 * <p>Measured on the UK general elections of 2017 and 2019 in Scotland (59 constituencies on unchanged boundaries; a
 * blind-trial kit, docs/forecast-model.md "How a constituency follows the whole area"), each constituency's 2017
 * shares moved by the actual Scotland-wide change: the Liberal Democrats (6.8% to 9.5% Scotland-wide, 2% to 49% by
 * constituency) are followed with a spread of 3.9 points about the proportional rule and 2.3 about a uniform one; the
 * three large parties fit uniform swing (a regression of the change on the 2017 share has slopes of −0.07 to +0.03).
 * Proportional swing for a party small across the whole area multiplies the area's change by its concentration: the
 * Greens, who stood in 2 constituencies in 2017 (0.2% of Scotland) and polled 1.5%, took Glasgow North from 9.7% to
 * over 60% in the forecast.
 */
public enum ConstituencySwing {
    /**
     * London's: uniform for a party at {@value AssemblyModel#UNIFORM_FROM}% or more of the whole area's baseline vote,
     * proportional below (a 3% party cannot lose 5 points). The London Assembly's 14 constituencies are large and its
     * small parties spread about evenly (the largest constituency share of a party under 10% London-wide, the Greens, the
     * Liberal Democrats, UKIP and Reform UK in 2004–2024, was 1.3 to 2.5 times its London share, bar UKIP's 1% of 2012),
     * where the two rules differ little.
     */
    BY_AREA_SHARE,
    /**
     * Proportional where the party is weaker than across the whole area ({@code b < B}: {@code b · N/B}), uniform where
     * it is at least as strong ({@code b + N − B}): the two agree at {@code b = B}. A party's strongholds gain or lose
     * the area's points, not a multiple of them, and where it is weak it cannot lose more than it has. For a body of
     * single-member constituencies only (the House of Commons), whose small parties are concentrated: on the Scottish
     * kit it follows the Liberal Democrats with a spread of 2.4 points (3.9 by area share), Labour with 3.3 (3.7: a uniform
     * −8.5 all but emptied Labour's 8.6% to 11% seats, where it kept 3.7% to 4.6%) and the SNP with 2.8 (3.6).
     */
    BY_LOCAL_STRENGTH;

    /** Whether a constituency share {@code b} of a party with whole-area baseline share {@code base} swings uniformly. */
    boolean uniformAt(double b, double base) {
        return this == BY_AREA_SHARE ? base >= AssemblyModel.UNIFORM_FROM : b >= base;
    }
}
