package org.pollcast.store;

import java.util.List;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;

/**
 * What adding one file's polls did. When {@code conflicts} is not empty and the caller did not ask to skip
 * them, nothing was stored ({@code committed} is false).
 */
public record AddOutcome(int added, int duplicates, List<Conflict> conflicts, boolean committed) {

    /** A poll with the same key as a stored one but other figures: reported, never silently replaced. */
    public record Conflict(Poll incoming, String location, StoredPoll stored) {}

    public AddOutcome {
        conflicts = List.copyOf(conflicts);
    }
}
