package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Declaration;

/**
 * A declared constituency whose votes cannot be right: its total (for a running count, the total it implies) more
 * than {@value #MOST} times, or less than 1/{@value #MOST} of, the constituency's valid votes at the baseline
 * election. A digit too many on one candidate's figure (100,630 typed 1,006,300) otherwise reads as a turnout
 * surge and hands that candidate the night. Turnout in a London constituency has moved by a fifth at most from
 * one election to the next (2004 to 2008), and the Assembly's constituency ballot draws the Mayor's voters, so the
 * bounds leave room for any real night. Only the upper bound applies to a mayoral declaration that names only some
 * candidates (a news report's leading two), whose total is unknown.
 *
 * <p>A constituency with no figures of its own at the baseline is measured against the mean of those with figures,
 * with bounds of {@value #MOST_AGAINST_MEAN}: a digit too many or too few is still a factor of ten, but an island
 * seat casts under half the mean (Orkney's constituency ballot at Holyrood in 2021: 11,596 votes, against a mean of
 * about 37,000).
 */
final class DeclaredTotals {
    static final double MOST = 2;
    static final double MOST_AGAINST_MEAN = 5;

    private DeclaredTotals() {}

    /** Refuses the first mayoral declaration in {@code file} whose votes are out of bounds, naming its line. */
    static void check(Path file, List<Declaration> declared, LivePrior prior) {
        for (Declaration d : declared) {
            // A news report gives the leading two at least; one candidate alone, with no others row, is a file read
            // while it was being written (it ended after a constituency's first row), which the night otherwise
            // showed as declared, won by whoever the model filled in.
            if (d.votes().size() == 1 && !d.namesEveryone(prior.contest())) {
                String only = d.votes().keySet().iterator().next();
                String option = prior.election().listLed() ? "party" : "candidate";
                throw new BadInputException(String.format(
                        Locale.ROOT,
                        "%s:%d: field '%s': %s gives only %s's votes; a declaration gives every %s (or the leading two"
                                + " at least, as a news report does): was the file read while it was being written?",
                        file,
                        d.line(),
                        option,
                        d.constituency(),
                        nameOf(prior, only),
                        option));
            }
            check(
                    file.toString(),
                    d.line(),
                    d.constituency(),
                    d.total(),
                    d.counted(),
                    d.namesEveryone(prior.contest()),
                    prior);
        }
    }

    /**
     * Figures the bounds let through but that look like a digit too many on one candidate: a share of the declared
     * votes more than {@value #SURPRISE} times the expected share there and at least {@value #SURPRISE_POINTS} points
     * above it (Berry's 13,934 in Barnet and Camden typed 139,340: 46% against about 8% expected; the constituency's
     * total, 1.7 times the baseline's, stayed inside the bounds). Said, not refused: a real surprise must not stop a
     * night.
     */
    static List<String> warnings(List<Declaration> declared, LivePrior prior) {
        List<String> out = new ArrayList<>();
        int k = prior.k();
        long some =
                declared.stream().filter(d -> !d.namesEveryone(prior.contest())).count();
        if (some > 0) {
            // A news report's leading two: every share is then of a total the model projects, and with every area in,
            // "100% counted" read as the official shares (London 2024's fourteen declared so: Khan 42.2% of the
            // projected total, 43.8% of the real one).
            out.add(String.format(
                    Locale.ROOT,
                    "%d of %d declarations give only some %s' votes: the others' votes there are projected, so every"
                            + " share is of a projected total until the full figures are in",
                    some,
                    declared.size(),
                    prior.election().listLed() ? "parties" : "candidates"));
            // One pass: how many partial declarations name some of Others' candidates, and those candidates' votes.
            long floors = 0;
            long named = 0;
            for (Declaration d : declared) {
                long inOthers = d.namesEveryone(prior.contest()) ? 0 : LiveModels.namedInOthers(d, prior);
                floors += inOthers > 0 ? 1 : 0;
                named += inOthers;
            }
            if (floors > 0) {
                // Trafford 2017's source named every candidate but one: the named minor candidates' votes count.
                out.add(String.format(
                        Locale.ROOT,
                        "%d of them %s some of the candidates lumped into Others: their %,d votes are counted as"
                                + " Others' at least, the rest projected",
                        floors,
                        floors == 1 ? "names" : "name",
                        named));
            }
        }
        for (Declaration d : declared) {
            int c = prior.constituencies().indexOf(d.constituency());
            long total = d.total();
            if (c < 0 || total <= 0 || !d.namesEveryone(prior.contest())) {
                continue;
            }
            d.votes().forEach((id, votes) -> {
                Integer j = prior.option().get(id);
                if (j == null || id.equals("other")) {
                    return;
                }
                surprise(d.constituency(), d.line(), votes, total, nameOf(prior, id), prior.expected()[c * k + j])
                        .ifPresent(out::add);
            });
        }
        return out;
    }

    /**
     * The note for one declared figure whose share of the constituency's {@code total} is far enough past the
     * {@code expected} share (points) to be named for a check, or empty. The Mayor's and the Assembly's declarations
     * both go through it.
     */
    static Optional<String> surprise(
            String constituency, int line, long votes, long total, String name, double expected) {
        double share = 100.0 * votes / total;
        if (!(share > SURPRISE * expected && share - expected >= SURPRISE_POINTS)) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "check %s (from line %d): %,d votes for %s are %.0f%% of its votes, against about %.0f%% expected"
                        + " there: a digit too many? They are counted as given.",
                constituency,
                line,
                votes,
                name,
                share,
                expected));
    }

    static final double SURPRISE = 4;
    static final double SURPRISE_POINTS = 15;

    private static String nameOf(LivePrior prior, String id) {
        int j = prior.options().indexOf(id);
        return j < 0 ? id : prior.names().get(j);
    }

    /** The same for the Assembly's declarations, each of which lists every candidate. */
    static void checkAssembly(String file, List<AssemblyDeclaration> declared, LivePrior prior) {
        for (AssemblyDeclaration d : declared) {
            check(file, d.line(), d.constituency(), d.total(), 1, true, prior);
        }
    }

    private static void check(
            String file, int line, String constituency, long votes, double counted, boolean whole, LivePrior prior) {
        int c = prior.constituencies().indexOf(constituency);
        if (!prior.baseVotesKnown() || c < 0 || !(prior.baseVotes()[c] > 0)) {
            return;
        }
        double base = prior.baseVotes()[c];
        boolean own = prior.ownBaseVotes()[c];
        double most = own ? MOST : MOST_AGAINST_MEAN;
        double total = votes / counted;
        if (total > most * base || (whole && total < base / most)) {
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "%s:%d: field 'votes': %s's votes add up to %,d%s, %.1f times %s %,.0f valid votes at %s;"
                            + " a digit too many or too few? (more than %.0f times or less than 1/%.0f of the"
                            + " baseline is refused)",
                    file,
                    line,
                    constituency,
                    votes,
                    counted < 1 ? String.format(Locale.ROOT, " with %.0f%% counted", 100 * counted) : "",
                    total / base,
                    own ? "its" : "the mean constituency's (it has no figures of its own there)",
                    base,
                    prior.election().baseline(),
                    most,
                    most));
        }
    }
}
