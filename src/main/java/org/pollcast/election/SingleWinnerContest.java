package org.pollcast.election;

import java.util.ArrayList;
import java.util.List;

/** A contest with one winner (a mayor), counted by {@link #system()}. */
public record SingleWinnerContest(String id, VotingSystem system, List<Candidate> candidates) implements Contest {

    public SingleWinnerContest {
        candidates = List.copyOf(candidates);
    }

    @Override
    public List<Option> options() {
        List<Option> options = new ArrayList<>(candidates.size() + 1);
        for (Candidate c : candidates) {
            options.add(new Option(c.id(), c.name(), c.party()));
        }
        options.add(Option.other());
        return List.copyOf(options);
    }
}
