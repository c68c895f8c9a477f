package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;

/**
 * A list-seat allocation and what it was computed from.
 *
 * @param region the list region whose seats these are, or null for the whole area's
 * @param uniform whether every list region was allocated at the same whole-area shares and these are their sums (a
 *                body of lists alone given no region): the quotients are then each region's, where all are alike
 */
public record SeatsResult(
        Election election,
        AdditionalMemberContest contest,
        ListRegion region,
        SeatMethod method,
        AllocationInput input,
        ListResult result,
        List<String> notes,
        boolean uniform) {

    /** The list seats allocated: the region's, else the contest's. */
    public int listSeats() {
        return region == null ? contest.listSeats() : region.listSeats();
    }

    public SeatsResult {
        notes = List.copyOf(notes);
    }
}
