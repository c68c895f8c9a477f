package org.pollcast.store;

import java.time.LocalDate;

/**
 * Which polls to read: an election, optionally one pollster and polls dated on or after {@code since} and on
 * or before {@code until}. Built with {@link #of(String)} and {@code with...}.
 */
public record PollQuery(String election, String pollster, LocalDate since, LocalDate until) {

    public static PollQuery of(String election) {
        return new PollQuery(election, null, null, null);
    }

    public PollQuery withPollster(String p) {
        return new PollQuery(election, p, since, until);
    }

    public PollQuery withSince(LocalDate d) {
        return new PollQuery(election, pollster, d, until);
    }

    public PollQuery withUntil(LocalDate d) {
        return new PollQuery(election, pollster, since, d);
    }
}
