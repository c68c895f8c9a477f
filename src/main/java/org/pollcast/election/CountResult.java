package org.pollcast.election;

/**
 * The outcome of counting one contest.
 *
 * @param winner     index of the winner
 * @param firstRound true when the winner had more than half of the first round's votes (or the system has
 *                   only one round)
 * @param finalists  the candidates in the last round (two under the Supplementary Vote; for FPTP the top
 *                   two)
 * @param finalVotes the last round's votes of each candidate, indexed like the input (0 for eliminated
 *                   ones); under the Supplementary Vote, first preferences plus counted transfers
 * @param exhausted  votes that reached no finalist
 */
public record CountResult(int winner, boolean firstRound, int[] finalists, double[] finalVotes, double exhausted) {}
