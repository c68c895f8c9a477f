package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pollcast.BadInputException;
import org.pollcast.election.Candidate;
import org.pollcast.election.Declaration;
import org.pollcast.election.Option;

/**
 * A declared constituency whose votes cannot be right: its total (for a running count, the total it implies) more
 * than {@value #MOST} times, or less than 1/{@value #MOST} of, the constituency's valid votes at the baseline
 * election. A digit too many on one candidate's figure (100,630 typed 1,006,300) otherwise reads as a turnout
 * surge and hands that candidate the night. Turnout in a London constituency has moved by a fifth at most from
 * one election to the next (2004 to 2008), so the bounds leave room for any real night. Only the upper bound
 * applies to a declaration that names only some candidates (a news report's leading two), whose total is unknown.
 */
final class DeclaredTotals {
    static final double MOST = 2;

    private DeclaredTotals() {}

    /** Refuses the first declaration in {@code file} whose votes are out of bounds, naming its line. */
    static void check(Path file, List<Declaration> declared, LivePrior prior) {
        if (!prior.baseVotesKnown()) {
            return;
        }
        for (Declaration d : declared) {
            int c = prior.constituencies().indexOf(d.constituency());
            if (c < 0 || !(prior.baseVotes()[c] > 0)) {
                continue;
            }
            double base = prior.baseVotes()[c];
            double total = d.total() / d.counted();
            boolean whole = d.votes().containsKey(Option.OTHER)
                    || prior.contest().candidates().stream().map(Candidate::id).allMatch(d.votes()::containsKey);
            if (total > MOST * base || (whole && total < base / MOST)) {
                throw new BadInputException(String.format(
                        Locale.ROOT,
                        "%s:%d: field 'votes': %s's votes add up to %,d%s, %.1f times its %,.0f valid votes at %s;"
                                + " a digit too many or too few? (more than %.0f times or less than 1/%.0f of the"
                                + " baseline is refused)",
                        file,
                        d.line(),
                        d.constituency(),
                        d.total(),
                        d.counted() < 1 ? String.format(Locale.ROOT, " with %.0f%% counted", 100 * d.counted()) : "",
                        total / base,
                        base,
                        prior.election().baseline(),
                        MOST,
                        MOST));
            }
        }
    }
}
