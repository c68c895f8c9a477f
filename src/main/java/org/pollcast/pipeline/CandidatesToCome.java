package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/**
 * Uncertainty from candidates polled by party. Before selection, a poll asks about "the Labour candidate", and an
 * election definition names the party's candidate by the party's id ({@code {id: lab, party: lab}}); the id stays
 * the party's when the candidate is named later, because the stored polls still measured the party. Who is
 * chosen matters: a named candidate's vote has run from 2 points below their party's list vote to 12 points
 * above it (Johnson 2012: 44.0% for Mayor, 32.1% for the Conservative list). So each such candidate's
 * standard error gets, in quadrature, the spread of the difference between a mayoral candidate's share and
 * their party's Assembly list share on the same day, measured on the other bundled elections by
 * {@link MayorToAssembly} (a party's own record where it has one, else parties of its size).
 */
final class CandidatesToCome {
    private CandidatesToCome() {}

    /** {@code in} with every placeholder candidate's error widened; unchanged when there is none. */
    static ShareInput widen(Workspace ws, Election election, SingleWinnerContest contest, ShareInput in) {
        if (election.listLed()) {
            return in; // the list vote's options are the parties themselves: no candidate to run ahead of them
        }
        List<String> widened = new ArrayList<>();
        double[] mean = in.mean();
        double[] se = in.se();
        MayorToAssembly.Ballot list = null;
        for (Candidate c : contest.candidates()) {
            int j = in.options().indexOf(c.id());
            if (j < 0 || c.party() == null || !c.id().equals(c.party())) {
                continue;
            }
            if (list == null) {
                list = ws.mayorToAssemblyFor(election)[0];
                if (list.pairs().isEmpty()) {
                    return in;
                }
            }
            double personal = list.implied(c.party(), mean[j])[1];
            se[j] = Math.sqrt(se[j] * se[j] + personal * personal);
            widened.add(String.format(Locale.ROOT, "%s ±%.1f", c.id(), personal));
        }
        if (widened.isEmpty()) {
            return in;
        }
        String note = "; candidates polled by party (not chosen yet, or chosen after the polls): each may run ahead "
                + "of or behind the party, as named candidates have against their party's list vote ("
                + String.join(", ", widened) + " points, one standard deviation, added)";
        return in.withShares(mean, se, note);
    }
}
