package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;

/** A list-seat allocation and what it was computed from. */
public record SeatsResult(
        Election election,
        AdditionalMemberContest contest,
        SeatMethod method,
        AllocationInput input,
        ListResult result,
        List<String> notes,
        ListRegion region) {
    public SeatsResult {
        notes = List.copyOf(notes);
    }

    /** The list seats allocated: the region's, else the contest's. */
    public int listSeats() {
        return region == null ? contest.listSeats() : region.listSeats();
    }

    /** The constituencies the list seats are allocated against: the region's, else the contest's. */
    public int constituencySeats() {
        return region == null
                ? contest.constituencySeats()
                : (int) contest.constituencies().stream()
                        .filter(c -> region.id().equals(c.region()))
                        .count();
    }
}
