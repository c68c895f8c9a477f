package org.pollcast.ingest;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pollcast.election.Option;

/**
 * A page's table of a head-to-head question asks it in every row. {@link HeadToHead} judges each poll by its figures,
 * and a row that prints no undecided share leaves too much unplaced to tell a match-up from a partial poll of the race
 * (the 2020 Taiwanese article's "Han–Tsai" table: ETtoday's Tsai 45.7, Han 33.7, undecided 20.5 is a head-to-head by its
 * figures, the Taiwan New Constitution Foundation's Tsai 51, Han 31 with no undecided printed was stored as a
 * first-preference poll of the three-way race, Soong's share unpublished). So where one row of a table is judged a
 * head-to-head, every row of that table whose figures leave the question open (the same two alone, no "Others" and no
 * undecided printed, under {@value HeadToHead#LEAVES_NO_ROOM} together: {@link HeadToHead#leavesItOpen}) is the same
 * question and is left out with it. A row its figures judge either way keeps that judgement: Istanbul's of March 2019
 * print the others on a point or two beside a row of the two alone judged a match-up, and are the race's polls. Only
 * pages: a CSV's rows carry no table.
 */
final class HeadToHeadTables {
    private HeadToHeadTables() {}

    /**
     * The polls of {@code polls} (a page's) without the rows that share a table and a pair with a row judged a
     * head-to-head by {@code judge}; each row left out goes to {@code skipped} with why.
     */
    static List<RawPoll> leaveOutPairsOfHeadToHeadTables(
            List<RawPoll> polls, Function<RawPoll, Optional<PollNormaliser.Judged>> judge, List<SkippedTable> skipped) {
        Map<RawPoll, PollNormaliser.Judged> judged = new IdentityHashMap<>();
        Map<Integer, Map<Set<String>, RawPoll>> headToHeads = new HashMap<>(); // table -> pair -> first such row
        for (RawPoll p : polls) {
            if (p.location().table() == 0) {
                continue;
            }
            Optional<PollNormaliser.Judged> j = judge.apply(p);
            if (j.isEmpty()) {
                continue;
            }
            judged.put(p, j.get());
            if (j.get().headToHead().isPresent()) {
                headToHeads
                        .computeIfAbsent(p.location().table(), t -> new HashMap<>())
                        .putIfAbsent(pair(j.get()), p);
            }
        }
        if (headToHeads.isEmpty()) {
            return polls;
        }
        return polls.stream()
                .filter(p -> {
                    PollNormaliser.Judged j = judged.get(p);
                    if (j == null || !j.open()) {
                        return true; // judged by its own figures (a head-to-head is left out when normalised)
                    }
                    RawPoll question = headToHeads
                            .getOrDefault(p.location().table(), Map.of())
                            .get(j.named());
                    if (question == null) {
                        return true;
                    }
                    skipped.add(SkippedTable.at(
                            p.location(),
                            "the same head-to-head question as row "
                                    + question.location().row() + " of its table ("
                                    + judged.get(question).headToHead().get() + ")"));
                    return false;
                })
                .toList();
    }

    /** The two candidates a head-to-head names, its "Others" aside. */
    private static Set<String> pair(PollNormaliser.Judged j) {
        return j.named().stream().filter(id -> !id.equals(Option.OTHER)).collect(Collectors.toUnmodifiableSet());
    }
}
