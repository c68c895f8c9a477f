package org.pollcast.election;

import java.util.List;

/**
 * One Assembly constituency's result as declared on election night: a row per candidate, each under its party's
 * id ({@code other} for a lumped remainder, which can never win).
 *
 * @param parties each row's party id
 * @param labels  each row as the file printed it, for messages and output
 * @param votes   each row's votes
 * @param line    the file line of the constituency's first row, for messages
 */
public record AssemblyDeclaration(
        String constituency, List<String> parties, List<String> labels, long[] votes, int line) {

    public AssemblyDeclaration {
        parties = List.copyOf(parties);
        labels = List.copyOf(labels);
        votes = votes.clone();
        if (parties.size() != votes.length || labels.size() != votes.length) {
            throw new IllegalArgumentException(
                    constituency + ": " + parties.size() + " parties, " + votes.length + " vote counts");
        }
    }

    /**
     * The winning row by {@link FirstPastThePost#winner}, the count the simulator runs (ties to the row listed
     * first); a lumped {@code other} row stands for many candidates and cannot win. −1 when only others are given.
     */
    public int winner() {
        double[] v = new double[votes.length];
        boolean any = false;
        for (int i = 0; i < v.length; i++) {
            boolean other = parties.get(i).equals(Option.OTHER);
            v[i] = other ? -1 : votes[i];
            any |= !other;
        }
        return any ? FirstPastThePost.winner(v, 0, v.length) : -1;
    }

    public long total() {
        long t = 0;
        for (long v : votes) {
            t += v;
        }
        return t;
    }
}
