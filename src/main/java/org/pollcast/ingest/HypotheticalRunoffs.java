package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pollcast.election.SingleWinnerContest;

/**
 * A page's tables of hypothetical head-to-heads ("Toni Preckwinkle vs. Susana Mendoza" under "Hypothetical polling")
 * read as run-off polls of their pair where the run-off is a question of the count. For an election whose lead
 * contest is counted in two rounds (two rounds, or the Supplementary Vote) a survey's head-to-head of two candidates
 * who both stand is what its voters say of that possible run-off, and the only evidence on it before the first round:
 * Chicago's 2019 We Ask America survey had Mendoza 43.5 v Preckwinkle 35.1 and Daley 40.1 v Preckwinkle 38.2, and
 * without them the party-bloc transfer prior, with every candidate in one "nonpartisan" bloc, gave Preckwinkle 68% on
 * the eve of the first round (she lost the run-off 26 to 74). A table that names someone who is no standing candidate
 * (a withdrawn one, or a name the election does not know), or whose contest is decided in one count (first past the
 * post, instant-runoff), or whose election cannot be told, is still left out with its heading's note.
 */
final class HypotheticalRunoffs {
    /**
     * The field that marks a poll of such a table ({@link HtmlPollTableReader}), holding why the table would be left
     * out: "its heading 'Hypothetical polling' calls it hypothetical polling".
     */
    static final String FIELD = "hypothetical_pair";

    private HypotheticalRunoffs() {}

    /**
     * The polls of {@code polls} (a page's) without those of pair tables that are no run-off of their election;
     * each such table goes to {@code skipped} with its note. A pair table's polls are kept as they were read: run-off
     * polls of the pair.
     */
    static List<RawPoll> keepRunoffs(
            List<RawPoll> polls,
            Function<RawPoll, Optional<PollNormaliser.Placement>> placementOf,
            List<SkippedTable> skipped) {
        Map<Integer, List<RawPoll>> byTable = new LinkedHashMap<>();
        polls.stream()
                .filter(p -> !p.value(FIELD).isEmpty())
                .forEach(p -> byTable.computeIfAbsent(p.location().table(), t -> new ArrayList<>())
                        .add(p));
        Set<Integer> left = new LinkedHashSet<>();
        byTable.forEach((table, tablePolls) -> {
            if (!tablePolls.stream().allMatch(p -> standingPair(p, placementOf.apply(p)))) {
                left.add(table);
                skipped.add(new SkippedTable(table, tablePolls.get(0).value(FIELD)));
            }
        });
        return polls.stream().filter(p -> !left.contains(p.location().table())).toList();
    }

    /** Whether {@code p} names two candidates standing in a contest its election counts in two rounds. */
    private static boolean standingPair(RawPoll p, Optional<PollNormaliser.Placement> placement) {
        if (placement.isEmpty()
                || !(placement.get().contest() instanceof SingleWinnerContest single)
                || !single.system().topTwoGoOn()) {
            return false;
        }
        Set<String> named = new LinkedHashSet<>();
        for (RawShare s : p.shares()) {
            Optional<String> id = placement.get().options().resolve(s.name());
            if (id.isEmpty() || single.candidates().stream().noneMatch(c -> c.id().equals(id.get()))) {
                return false; // someone who is not standing: a match-up of another race
            }
            named.add(id.get());
        }
        return named.size() == 2;
    }
}
