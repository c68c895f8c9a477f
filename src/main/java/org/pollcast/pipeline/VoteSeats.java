package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Party;

/**
 * In a body of constituencies only ({@link Election#constituenciesOnly()}: the House of Commons) a constituency's
 * declared vote is its seat's result: one ballot, counted once. So each complete declaration in {@code --declared}
 * ({@code counted} 1) fixes its constituency's seat as a row of {@code --declared-assembly} would; a running count
 * does not, since its leader can still lose. Elsewhere the two files are two ballots (a Mayor's or a list vote, and the
 * constituency seats), and nothing here applies.
 *
 * <p>{@code --declared-assembly} stays accepted: it names each candidate (two independents apart), so where both files
 * give a constituency its rows stand. They must agree on the winner; if not, one of them is wrong, and the night is
 * refused naming both lines, as any other slip in a declaration is.
 */
final class VoteSeats {
    private VoteSeats() {}

    /**
     * Refuses, before anything is simulated, a complete declaration in {@code declared} whose Others row has the most
     * votes (it names no winner: {@link AssemblyDeclaration#othersLead}; {@code --declared-assembly}'s reader refuses
     * its own), and a constituency that both files declare in full with different winners. Nothing to check unless
     * {@code election} is a body of constituencies only.
     */
    static void check(
            Election election,
            List<Declaration> declared,
            Path declaredFile,
            List<AssemblyDeclaration> seats,
            Path seatsFile) {
        if (!election.constituenciesOnly()) {
            return;
        }
        for (Declaration d : declared) {
            if (d.complete()) {
                asSeat(election, d, 0).othersLead().ifPresent(why -> {
                    throw new BadInputException(declaredFile + ":" + d.line() + ": field 'votes': " + why);
                });
            }
        }
        if (seats == null) {
            return;
        }
        Map<String, AssemblyDeclaration> bySeat = new HashMap<>();
        seats.forEach(s -> bySeat.put(s.constituency(), s));
        for (Declaration d : declared) {
            AssemblyDeclaration s = bySeat.get(d.constituency());
            if (s == null || !d.complete()) {
                continue;
            }
            AssemblyDeclaration v = asSeat(election, d, 0);
            int vw = v.winner();
            int sw = s.winner();
            if (vw >= 0 && sw >= 0 && !v.parties().get(vw).equals(s.parties().get(sw))) {
                throw new BadInputException(declaredFile + ":" + d.line() + ": field 'votes': " + d.constituency()
                        + " is won by " + v.labels().get(vw) + " here, but by "
                        + s.labels().get(sw) + " in "
                        + seatsFile + ":" + s.line() + "; in a body of constituencies only the two files are one"
                        + " count of one vote: correct the one that is wrong");
            }
        }
    }

    /**
     * The seats {@code declared} fixes, beside those of {@code seats} (the {@code --declared-assembly} file's, whose
     * constituencies are left out here): each complete declaration, as a seat's result. A declaration naming only
     * some parties and no Others row (a news report's leading two) is given an Others row for the rest of its
     * estimated total, the one the night's model estimates ({@link LiveModels#expectedShare}), so that the declared
     * shares and majority are of the whole vote, not of the two. Empty unless the election is a body of
     * constituencies only.
     */
    static List<AssemblyDeclaration> of(LivePrior prior, List<Declaration> declared, List<AssemblyDeclaration> seats) {
        if (!prior.election().constituenciesOnly()) {
            return List.of();
        }
        List<String> inFile = seats == null
                ? List.of()
                : seats.stream().map(AssemblyDeclaration::constituency).toList();
        List<AssemblyDeclaration> out = new ArrayList<>();
        for (Declaration d : declared) {
            if (!d.complete() || inFile.contains(d.constituency())) {
                continue;
            }
            AssemblyDeclaration seat = asSeat(prior.election(), d, rest(prior, d));
            if (seat.winner() >= 0) {
                out.add(seat);
            }
        }
        return out;
    }

    /** The votes not given in {@code d}, when it names only some parties: its estimated total less theirs. */
    private static long rest(LivePrior prior, Declaration d) {
        if (d.namesEveryone(prior.contest())) {
            return 0;
        }
        int c = prior.constituencies().indexOf(d.constituency());
        double expected = 0;
        for (String id : d.votes().keySet()) {
            Integer j = prior.option().get(id);
            expected += j == null ? 0 : LiveModels.expectedShare(prior, c, j);
        }
        if (!(expected > 0 && expected < 1)) {
            return 0;
        }
        return Math.round(d.total() / expected - d.total());
    }

    /** {@code d} as a seat's declaration, with {@code rest} more votes for others when above 0. */
    private static AssemblyDeclaration asSeat(Election election, Declaration d, long rest) {
        List<String> parties = new ArrayList<>(d.votes().keySet());
        List<String> labels = new ArrayList<>(parties.stream()
                .map(id -> election.party(id).map(Party::name).orElse(id.equals(Option.OTHER) ? "Others" : id))
                .toList());
        List<Long> votes = new ArrayList<>(d.votes().values());
        if (rest > 0) {
            parties.add(Option.OTHER);
            labels.add("Others (not given: estimated)");
            votes.add(rest);
        }
        return new AssemblyDeclaration(
                d.constituency(),
                parties,
                labels,
                votes.stream().mapToLong(Long::longValue).toArray(),
                d.line());
    }
}
