package org.pollcast.simulate;

/**
 * What election night knows about the Assembly's constituency ballot, for {@link AssemblyModel}: the declared
 * constituencies' winners and shares, and per party a London-wide estimate from the declared constituencies'
 * swing that the simulation's constituency-ballot share is pulled toward (a normal update of the pre-election
 * draw, built by the pipeline).
 *
 * <p>Per simulation, party j's London-wide constituency-ballot share is {@code w_j (C̄_j + shift_j) + (1 − w_j)
 * x̄_j + sd_j z_j}: the prior's draw (moved by the Mayor's simulated shares as before) weighted against the
 * declarations' estimate x̄. The list ballot, not declared until the end, is {@code w_j (L̄_j + listShift_j) + (1 −
 * w_j)(x̄_j + L̄_j − C̄_j)} plus its own error: the same weights, with the forecast's gap between the two ballots
 * kept in points.
 *
 * @param fixedWinner   per constituency, the declared winner's party index, −1 where not declared
 * @param declaredShare per constituency and party ({@code [c * p + j]}), the declared share (percent); NaN where
 *                      not declared
 * @param priorWeight   w_j, 1 with nothing declared
 * @param observed      x̄_j, the London-wide share the declarations imply (percent)
 * @param sd            the posterior's own spread of the share (points)
 * @param listIsLead    the list vote is the night's projection itself (an election led by its list vote): each
 *                      simulation's list shares are its drawn ones, as before the night, and are not carried over from
 *                      the constituency ballot's update
 */
public record AssemblyNight(
        int[] fixedWinner,
        double[] declaredShare,
        double[] priorWeight,
        double[] observed,
        double[] sd,
        boolean listIsLead) {

    /** The night of an Assembly beside a Mayor: the list moves with the constituency ballot's update. */
    public AssemblyNight(
            int[] fixedWinner, double[] declaredShare, double[] priorWeight, double[] observed, double[] sd) {
        this(fixedWinner, declaredShare, priorWeight, observed, sd, false);
    }

    public AssemblyNight {
        fixedWinner = fixedWinner.clone();
        declaredShare = declaredShare.clone();
        priorWeight = priorWeight.clone();
        observed = observed.clone();
        sd = sd.clone();
        int p = priorWeight.length;
        if (observed.length != p || sd.length != p || declaredShare.length != p * fixedWinner.length) {
            throw new IllegalArgumentException("night arrays do not match " + p + " parties");
        }
    }

    public boolean declared(int c) {
        return fixedWinner[c] >= 0;
    }
}
