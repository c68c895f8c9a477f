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
        // A list the rule's threshold shuts out that the result seated was seated by something the rule does not
        // state: a district of its own, or the law's exemption (Germany's Die Linke on 4.9% in 2021 through three
        // constituencies, the SSW as a minority's list). A blind trial's note told such a user only to list districts,
        // though `partyThresholds: {linke: 0}` states the exemption; the note now names these lists and that field.
        List<String> shutOut = count.list().stream()
                .filter(s -> !s.passedThreshold()
                        && !Boolean.TRUE.equals(s.eligible())
                        && s.listSeats() == 0
                        && s.publishedListSeats() > 0)
                .map(OfficialCount.ListSeats::party)
                .toList();
        return Optional.of(note(baseline.id(), count.listCheck(), shutOut));
    }

    static String note(String baseline, OfficialCount.Check check) {
        return note(baseline, check, List.of());
    }

    /**
     * @param shutOut the parties the rule's threshold leaves out that the baseline's result seated, in definition order
     */
    static String note(String baseline, OfficialCount.Check check, List<String> shutOut) {
        long[] counted = check.counted();
        long[] published = check.published();
        long moved = 0;
        long seats = 0;
        long ruled = 0;
        for (int p = 0; p < counted.length; p++) {
            moved += Math.abs(counted[p] - published[p]);
            seats += published[p];
            ruled += counted[p];
        }
        // A result that seated more than the rule fills (Hamburg 2020's 123 for a house of 121: an overhang seat and
        // its balance) moved no seat to other hands: the Hamburg trial's note said "1 of 123 seats in other hands".
        String how = seats == ruled
                ? (moved / 2) + " of " + seats + " seats in other hands"
                : "the result seated " + seats + " where the rule fills " + ruled + " (overhang or balance seats, which"
                        + " no rule here adds)";
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
                + ": " + how + ", so these seats are the rule's, not"
                // The Serbian trial's body is one national list; its law raises a minority list's quotients, which
                // no rule here states: the note told that user only to list districts.
                + " the country's: where seats are won district by district, list the districts as regions with"
                + " their results (docs/election-definitions.md); a law that weights some lists' quotients (Serbia's"
                + " minorities') is a rule pollcast does not count"
                + (shutOut.isEmpty()
                        ? ""
                        : "; " + String.join(", ", shutOut) + (shutOut.size() == 1 ? " was" : " were")
                                + " seated below the threshold"
                                // beside extra seats, a constituency won (an overhang) is the likelier route, which an
                                // exemption would not state: it would seat the list in proportion every time
                                + (seats == ruled ? "" : ", perhaps by a constituency won (an overhang seat)")
                                + ": where the law exempts a list or seats it by another"
                                + " route (a minority's list, seats won in constituencies), state it in " + baseline
                                + "'s definition and this election's with `partyThresholds: {"
                                + String.join(
                                        ", ",
                                        shutOut.stream().map(id -> id + ": 0").toList()) + "}`");
    }
}
