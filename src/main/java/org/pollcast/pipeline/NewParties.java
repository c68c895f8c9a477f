package org.pollcast.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;

/**
 * The options of a contest whose party did not stand at the baseline election (is none of its definition's parties):
 * South Africa's MK, founded in December 2023, beside the parties of 2019. A poll taken before any poll named such a
 * party did not hold it in its "others" where those are too small to ({@code WeightedAverage}). An election with no
 * baseline has none: nothing says which of its options are new. A candidate of no party is not judged.
 */
final class NewParties {
    private NewParties() {}

    static Set<String> since(Workspace ws, Election election, Contest contest) {
        if (election.baseline() == null) {
            return Set.of();
        }
        Election base = ws.catalog().resolve(election.baseline());
        Set<String> out = new HashSet<>();
        for (Option o : contest.options()) {
            if (o.id().equals(Option.OTHER)) {
                continue;
            }
            String party = contest instanceof SingleWinnerContest single
                    ? single.candidate(o.id()).map(Candidate::party).orElse(null)
                    : o.id();
            if (party != null && base.party(party).isEmpty() && !succeedsOneOf(election, party, base)) {
                out.add(o.id());
            }
        }
        return Set.copyOf(out);
    }

    /** Whether {@code party} carries on a party that stood at {@code base} (a joint list of parties that stood apart). */
    private static boolean succeedsOneOf(Election election, String party, Election base) {
        return election.party(party).stream()
                .flatMap(p -> p.succeeds().stream())
                .anyMatch(pred -> base.party(pred).isPresent());
    }
}
