package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
