package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AllocationInput;
import org.pollcast.election.Election;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.election.SeatMethod;

/** A list-seat allocation and what it was computed from. */
public record SeatsResult(
        Election election,
        AdditionalMemberContest contest,
        SeatMethod method,
        AllocationInput input,
        ListResult result,
        List<String> notes) {
    public SeatsResult {
        notes = List.copyOf(notes);
    }
}
