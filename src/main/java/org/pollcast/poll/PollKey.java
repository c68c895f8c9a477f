package org.pollcast.poll;

import java.time.LocalDate;
import org.pollcast.election.Scope;

/**
 * What makes two poll records the same poll: pollster, client, date (fieldwork end, else publication),
 * contest and scope, within one election.
 */
public record PollKey(String election, String contest, Scope scope, String pollster, String client, LocalDate date) {
    @Override
    public String toString() {
        return pollster + (client.isEmpty() ? "" : "/" + client) + " " + date + " " + contest + " " + scope;
    }
}
