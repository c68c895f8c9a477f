package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.OfficialCount;

/**
 * Whether a whole-area list rule reproduces the seats its baseline election published. A country whose seats are won
 * district by district (Spain's 52 provinces, each with its own 3%), defined as one national list because its
 * districts' results are not at hand, is forecast by a rule that is not its own: a blind trial's Spain 2023 put
 * 48 seats each on Vox and Sumar (they won 33 and 31) and none on the regional parties (28), with nothing on the
 * forecast to say so. Counted on the baseline's own votes, the rule's miss is measured, and the forecast says it.
 */
final class SeatRuleCheck {
    /** The parties named in the note, largest differences first. */
    private static final int NAMED = 5;

    private SeatRuleCheck() {}

    /** The note on the baseline's seats under this rule, when they differ from the published ones; else empty. */
    static Optional<String> ofBaseline(Workspace ws, Election baseline) {
        OfficialCount.Assembly count;
        try {
            count = AssemblyCounts.count(ws, baseline, new ArrayList<>());
        } catch (BadInputException e) {
            return Optional.empty(); // `count` reports a result it cannot read; the forecast goes on without it
        }
        if (count == null || count.listCheck() == null || count.listCheck().matches()) {
            return Optional.empty();
        }
        return Optional.of(note(baseline.id(), count.listCheck()));
    }

    static String note(String baseline, OfficialCount.Check check) {
        long[] counted = check.counted();
        long[] published = check.published();
        long moved = 0;
        long seats = 0;
        for (int p = 0; p < counted.length; p++) {
            moved += Math.abs(counted[p] - published[p]);
            seats += published[p];
        }
        List<String> named = IntStream.range(0, counted.length)
                .filter(p -> counted[p] != published[p])
                .boxed()
                .sorted(Comparator.comparingLong((Integer p) -> -Math.abs(counted[p] - published[p])))
                .limit(NAMED)
                .map(p -> check.ids().get(p) + " " + counted[p] + " (won " + published[p] + ")")
                .toList();
        long differing = IntStream.range(0, counted.length)
                .filter(p -> counted[p] != published[p])
                .count();
        return "seat rule checked on " + baseline + ": counted by it, " + baseline + "'s own votes give "
                + String.join(", ", named) + (differing > NAMED ? " and " + (differing - NAMED) + " more" : "")
                + ": " + (moved / 2) + " of " + seats + " seats in other hands, so these seats are the rule's, not"
                + " the country's (where seats are won district by district, list the districts as regions with"
                + " their results: docs/election-definitions.md)";
    }
}
