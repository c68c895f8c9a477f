package org.pollcast.simulate;

/**
 * How often options {@code a} and {@code b} (a listed first) met in the final round, with its MC error, and a's share
 * of the two's votes over the simulations where they met: null when the pair's shares were not tallied (a pair of
 * candidates outside the {@value Tally#PAIR_OPTIONS} leading), or on election night. A candidate's own final-round
 * share mixes its opponents; this is the pair's own split, the figure a pundit quotes and a result is scored against.
 */
public record RunoffPair(String a, String b, double p, double se, ShareDistribution aShare) {}
