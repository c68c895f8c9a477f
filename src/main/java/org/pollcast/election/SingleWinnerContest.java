package org.pollcast.election;

import java.util.ArrayList;
import java.util.List;

/**
 * A contest with one winner (a mayor), counted by {@link #system()}. {@code withdrawn} lists candidates who
 * withdrew: polls may give them a share (kept with the poll) but they are not options of the count.
 */
public record SingleWinnerContest(String id, VotingSystem system, List<Candidate> candidates, List<WithdrawnCandidate> withdrawn)
        implements Contest {

    public SingleWinnerContest {
        candidates = List.copyOf(candidates);
        withdrawn = List.copyOf(withdrawn);
    }

    public SingleWinnerContest(String id, VotingSystem system, List<Candidate> candidates) {
        this(id, system, candidates, List.of());
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

    @Override
    public List<Option> pollOptions() {
        List<Option> options = new ArrayList<>(options());
        int at = options.size() - 1; // before "other"
        for (WithdrawnCandidate w : withdrawn) {
            options.add(at++, new Option(w.id(), w.name(), w.party()));
        }
        return List.copyOf(options);
    }
}
