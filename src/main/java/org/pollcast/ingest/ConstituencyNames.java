package org.pollcast.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Constituency;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;

/**
 * A results row's constituency, as its contest's definition names it: by name or id with case, accents, punctuation
 * and "&" folded, as a declaration names it ("Barnet & Camden"). A name that is none of them is refused, naming the
 * file, line and field: read as a constituency of its own, a misspelt row ("West Centrl") left its real constituency
 * a party short, and the count and the forecast's baseline gave the seat to the runner-up without a word.
 */
final class ConstituencyNames {
    private final Election election;
    private final String contest;
    private final Map<String, Constituency> byFold = new LinkedHashMap<>();
    private final List<String> names;

    /** For {@code contest}'s constituencies; a contest that lists none (a Mayor) takes any name as printed. */
    ConstituencyNames(Election election, Contest contest) {
        this.election = election;
        this.contest = contest.id();
        List<Constituency> seats = contest instanceof AdditionalMemberContest ams ? ams.constituencies() : List.of();
        for (Constituency c : seats) {
            byFold.putIfAbsent(Names.fold(c.name()), c);
            byFold.putIfAbsent(Names.fold(c.id()), c);
        }
        names = seats.stream().map(Constituency::name).toList();
    }

    /** The definition's name for {@code printed}, on line {@code line} of {@code file}. */
    String of(String printed, Path file, long line) {
        if (byFold.isEmpty()) {
            return printed;
        }
        Constituency seat = byFold.get(Names.fold(printed));
        if (seat == null) {
            throw new BadInputException(file + ":" + line + ": field 'constituency': '" + printed
                    + "' is not a constituency of " + election.id() + " " + contest + Names.suggestion(printed, names));
        }
        return seat.name();
    }
}
