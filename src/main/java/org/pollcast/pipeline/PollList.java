package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;

/** An election's stored polls, with provenance, as a request selected them. */
public record PollList(Election election, List<StoredPoll> polls) {
    public PollList {
        polls = List.copyOf(polls);
    }
}
