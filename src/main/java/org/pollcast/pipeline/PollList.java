package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;

/**
 * An election's stored polls, with provenance, as a request selected them.
 *
 * @param unmatched when the request's filters matched none of the polls stored, which filter excluded them (and
 *                  how many polls are stored); else null, as when no poll of the election is stored at all
 */
public record PollList(Election election, List<StoredPoll> polls, String unmatched) {
    public PollList {
        polls = List.copyOf(polls);
    }

    public PollList(Election election, List<StoredPoll> polls) {
        this(election, polls, null);
    }
}
