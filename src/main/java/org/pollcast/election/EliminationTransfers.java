package org.pollcast.election;

/**
 * Where an eliminated candidate's ballots go in an instant-runoff count: the share of candidate i's ballots whose
 * next choice is j, and the share with none. A {@link TransferTable} gives fixed shares; the simulator draws each
 * row afresh for every count, as it does the Supplementary Vote's {@link RunoffTransfers}.
 */
public interface EliminationTransfers {
    /** The share of {@code from}'s ballots whose next choice is {@code to}, out of 1. */
    double share(int from, int to);

    /** The share of {@code from}'s ballots with no usable next choice. */
    double exhausted(int from);

    /** The number of options. */
    int size();
}
