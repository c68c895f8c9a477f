package org.pollcast.poll;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.pollcast.election.Scope;

/**
 * What makes two poll records the same poll: pollster, client, date (fieldwork end, else publication),
 * contest and scope, within one election, and for a run-off the pair it asks about. One survey may ask several
 * run-off pairings (France's pollsters ask "Macron v Le Pen" and "Macron v Mélenchon" of the same sample; Pollster's
 * Polish survey of 31 March–1 April 2025 asked Trzaskowski v Nawrocki and Trzaskowski v Mentzen): each is a poll of
 * its own, where without the pair the second was refused as the first with other figures.
 *
 * @param pair for a run-off, its option ids in sorted order joined by {@value #PAIR_SEPARATOR} ({@link #pairOf});
 *             empty for every other scope. The store's UNIQUE key holds the same text (column {@code runoff_pair}).
 */
public record PollKey(
        String election, String contest, Scope scope, String pollster, String client, LocalDate date, String pair) {

    /** Between the option ids of a run-off's pair: option ids are lower-case letters, digits, '-' and '_' only. */
    public static final String PAIR_SEPARATOR = " v ";

    public PollKey {
        Objects.requireNonNull(pair, "pair");
    }

    /**
     * The pair a poll of {@code scope} naming {@code options} asks about: for a run-off its option ids sorted (the
     * order a table prints them in is no part of the question) and joined, else empty. Sorted as SQLite's default
     * collation sorts the ids, byte by byte: the migration that filled the column for polls stored before it sorts
     * them there, and the ids are ASCII, where the two orders agree.
     */
    public static String pairOf(Scope scope, Collection<String> options) {
        if (scope != Scope.RUNOFF) {
            return "";
        }
        return String.join(PAIR_SEPARATOR, options.stream().sorted().toList());
    }

    @Override
    public String toString() {
        return pollster + (client.isEmpty() ? "" : "/" + client) + " " + date + " " + contest + " " + scope
                + (pair.isEmpty() ? "" : " " + pair);
    }
}
