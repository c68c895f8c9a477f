package org.pollcast.election;

/**
 * Where an eliminated candidate's ballots go in a two-candidate run-off (the Supplementary Vote's second
 * round). A {@link TransferTable} gives its fixed shares; the simulator draws them from a Dirichlet
 * distribution for each count.
 */
public interface RunoffTransfers {
    /**
     * Writes the split of candidate {@code from}'s ballots between finalists {@code a}, the first round's leader, and
     * {@code b}:
     * {@code into[0]} to a, {@code into[1]} to b and {@code into[2]} all of them, so that the shares counted
     * are {@code into[0] / into[2]} and {@code into[1] / into[2]} and the rest is exhausted. Weights, not
     * shares, so that a Dirichlet draw passes its gamma variates unnormalised; {@code into[2] ≤ 0} transfers
     * nothing.
     */
    void split(int from, int a, int b, double[] into);
}
