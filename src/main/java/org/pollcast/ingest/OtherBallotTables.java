package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Leaves out the tables of a page that poll another ballot than the election's. An election article often has,
 * after its poll table, hypothetical polling: match-ups with people who never stood. Their names are no option
 * of the election, and read as polls they would fail the whole page. A table is left out when some of its
 * names are no candidate or party of the election, and only when another table of the page names none such:
 * a page whose every table has an unknown name is more likely misspelt than hypothetical, and fails as before,
 * naming the row and the column.
 */
final class OtherBallotTables {
    private OtherBallotTables() {}

    /**
     * The polls of {@code polls} (a page's, in page order) that are not in another ballot's table; each table left
     * out goes to {@code skipped}.
     */
    static List<RawPoll> keepOwn(
            List<RawPoll> polls,
            Function<RawPoll, Optional<PollNormaliser.Strangers>> strangersOf,
            List<SkippedTable> skipped) {
        Map<Integer, List<RawPoll>> byTable = new LinkedHashMap<>();
        polls.forEach(p -> byTable.computeIfAbsent(p.location().table(), t -> new ArrayList<>())
                .add(p));
        Map<Integer, String> other = new LinkedHashMap<>();
        Set<Integer> fields = new LinkedHashSet<>();
        byTable.forEach((table, tablePolls) -> {
            Set<String> names = new LinkedHashSet<>();
            String election = null;
            boolean everyCandidate = true;
            boolean field = true;
            for (RawPoll p : tablePolls) {
                Optional<PollNormaliser.Strangers> s = strangersOf.apply(p);
                if (s.isPresent() && !s.get().names().isEmpty()) {
                    names.addAll(s.get().names());
                    election = s.get().election();
                    everyCandidate &= s.get().everyCandidate();
                }
                field &= s.isPresent() && s.get().fieldOfStrangers();
            }
            if (!names.isEmpty()) {
                other.put(table, why(names, election, everyCandidate));
                if (field) {
                    fields.add(table);
                }
            }
        });
        if (other.size() == byTable.size()) {
            // No table is the election's own: the names are wrong, and validation says where; but a table whose every
            // poll asks about more strangers than options is a field of would-be candidates, not a misspelt one.
            other.keySet().retainAll(fields);
            if (other.isEmpty()) {
                return polls;
            }
        }
        other.forEach((table, why) -> skipped.add(new SkippedTable(table, why)));
        return polls.stream()
                .filter(p -> !other.containsKey(p.location().table()))
                .toList();
    }

    /**
     * Why a table is left out. A table whose every poll names every candidate on the ballot beside the strangers is
     * the race's own, its strangers people who sought the ballot and did not reach it, as the encyclopedia's French
     * tables of February 2022 name Asselineau and Thouy beside the twelve: the note says how to keep it, where
     * "(hypothetical polling?)" alone left a reader to guess. A candidate listed as withdrawn is an option of the
     * election, whose share the average spreads over the others.
     */
    private static String why(Set<String> names, String election, boolean everyCandidate) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        boolean one = quoted.size() == 1;
        return String.join(", ", quoted)
                + (one ? " is no candidate or party of " : " are no candidates or parties of ")
                + election
                + (everyCandidate
                        ? ", though its polls name every candidate on the ballot beside "
                                + (one ? "it" : "them")
                                + " (" + (one ? "someone who" : "people who")
                                + " sought the ballot and did not reach it?): list "
                                + (one ? "that name" : "those names")
                                + " under the contest's withdrawn: and ingest the file again to keep the table, "
                                + (one ? "its share" : "their shares")
                                + " spread over the others as a withdrawn candidate's (if the table is the real race,"
                                + " not a hypothetical one with an extra candidate: check its heading)"
                        : " (hypothetical polling?)");
    }
}
