package org.pollcast.election;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * Why this declaration names no winner when a lumped {@code other} row has more votes than its winning named row
     * (the winner would be a party that lost, with a negative majority), or empty. Others stand for many candidates,
     * so the one who won must be named; a tie is left to {@link #winner()}.
     */
    public Optional<String> othersLead() {
        int w = winner();
        for (int i = 0; w >= 0 && i < votes.length; i++) {
            if (parties.get(i).equals(Option.OTHER) && votes[i] > votes[w]) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "Others have the most votes in %s (%,d to %s's %,d): name the winner as a party of the"
                                + " definition, an independent as one marked `independent: true`",
                        constituency,
                        votes[i],
                        labels.get(w),
                        votes[w]));
            }
        }
        return Optional.empty();
    }

    public long total() {
        long t = 0;
        for (long v : votes) {
            t += v;
        }
        return t;
    }
}
