package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.ListLead;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ShareInput;

/**
 * A parliament led by its list vote whose polls by the date are not list polls: its list vote is forecast from them,
 * not from the baseline result as if no one had polled. Before, the encyclopedia's Scottish 2026 page (one table, the
 * constituency vote, Reform UK on 10 to 12%) gave Reform UK 0.2% of the 2026 list, its 2021 share; and its Senedd 2026
 * page (one table, the ballot not stated, Reform UK and Plaid Cymru near 30%) gave Labour 37% and Reform UK 1%.
 * <ul>
 * <li>Constituency-ballot polls: each party moved by its own difference between the ballots in other elections of
 * the series, that difference's spread added to its error.
 * <li>Polls that do not state the ballot: for a body with no constituencies (one ballot) they are the list vote;
 * otherwise they are read as the list vote unmoved, each party's difference between the ballots added to its error,
 * as the question may have been either ballot.
 * </ul>
 * Where both are stored, the ballot with more polls in the last four weeks stands in, else the one with more polls,
 * the constituency ballot's on a tie. They stand in only where there is no list poll by the date: a list poll, however
 * old, is the list vote's own evidence. The Assembly step then leaves these polls out of its constituency ballot,
 * which is derived from the list shares they made (pooled again, they would count twice).
 */
final class ListStandIns {
    /** The least spread of a party's difference between the ballots, for a 50% party: a few elections cannot show less. */
    static final double MIN_SD = 1.5;
    /** The spread given a party with no record of the difference, for a 50% party. */
    static final double NO_RECORD_SD = 3;

    private ListStandIns() {}

    /**
     * The polls standing in for {@code e}'s list vote as of {@code asOf}, each read as a question of the list vote, and
     * the ballot they asked; none when {@code e} is not led by its list vote.
     */
    record Used(List<Poll> polls, Scope scope) {
        static final Used NONE = new Used(List.of(), null);

        boolean any() {
            return !polls.isEmpty();
        }

        /** Whether {@code p} is one of the stored polls these stand in for (what the Assembly step must leave out). */
        boolean standsIn(AdditionalMemberContest ams, Poll p) {
            return any() && p.contest().equals(ams.id()) && p.scope() == scope;
        }
    }

    static Used standIns(Election e, List<Poll> all, LocalDate asOf) {
        Optional<AdditionalMemberContest> ams = e.listLedBy();
        if (ams.isEmpty()) {
            return Used.NONE;
        }
        String lead = ListLead.id(ams.get());
        // A body of constituencies only leads with its constituency polls: what stands in for them is the rest.
        Used chosen = Used.NONE;
        long chosenRecent = -1;
        long chosenAll = -1;
        for (Scope scope : List.of(Scope.CONSTITUENCY, Scope.UNSPECIFIED)) {
            if (scope == ams.get().leadBallot()) {
                continue;
            }
            List<Poll> known = all.stream()
                    .filter(p -> p.contest().equals(ams.get().id()) && p.scope() == scope && p.knownBy(asOf))
                    .toList();
            if (known.isEmpty()) {
                continue;
            }
            // More recent polls decide, then more polls (a forecast far out has none recent), then the constituency
            // ballot's, moved by a measured difference. The Scottish trial's one-poll pages of 2021 (list polls all,
            // stating no ballot) were passed over for one YouGov constituency poll, which made the SNP's list 51% (it
            // won 40.3) and a majority 92% likely.
            long recent = known.stream()
                    .filter(p -> p.date() != null && !p.date().isBefore(asOf.minusDays(RECENT_DAYS)))
                    .count();
            if (recent > chosenRecent || (recent == chosenRecent && known.size() > chosenAll)) {
                chosenAll = known.size();
                chosen = new Used(
                        known.stream()
                                .map(p -> p.asQuestionOf(lead, Scope.FIRST_PREF))
                                .toList(),
                        scope);
                chosenRecent = recent;
            }
        }
        return chosen;
    }

    /** The weeks before the date whose polls of each ballot are counted to choose which stand in. */
    static final int RECENT_DAYS = 28;

    /**
     * {@code in}, the stand-in polls' average by party, made the list vote's: see the class comment. A party's
     * difference is its own record only (list less constituency, in points): pooled across parties by size, as the
     * Mayor's differences are, the Greens' list vote of eleven times their constituency vote (they stand in few
     * constituencies) multiplied every small party's, and the Conservatives' 14% became 26%. "Other" is the rest of 100.
     */
    static ShareInput toList(Workspace ws, Election e, ShareInput in, Scope asked) {
        boolean oneBallot = e.listLedBy().map(a -> a.constituencies().isEmpty()).orElse(false);
        if (asked == Scope.UNSPECIFIED && oneBallot) {
            return in.withShares(
                    in.mean(),
                    in.se(),
                    "; no list poll by then: the polls do not state the ballot, and with no constituencies the list is"
                            + " the only one");
        }
        if (asked == Scope.UNSPECIFIED && e.constituenciesOnly()) {
            return in.withShares(
                    in.mean(),
                    in.se(),
                    "; no constituency poll by then: the polls do not state the ballot, and with no list the"
                            + " constituency vote is the only one");
        }
        boolean move = asked == Scope.CONSTITUENCY;
        // Measured as (party, list share, constituency share) for an election led by its list vote.
        List<MayorToAssembly.Pair> measured = ws.mayorToAssemblyFor(e)[1].pairs();
        int n = in.size();
        double[] mean = in.mean().clone();
        double[] se = in.se().clone();
        int other = in.index("other");
        double named = 0;
        int recorded = 0;
        for (int j = 0; j < n; j++) {
            String party = in.parties().get(j);
            if (j == other || party == null) {
                continue;
            }
            double[] d = measured.stream()
                    .filter(p -> p.party().equals(party))
                    .mapToDouble(p -> p.mayor() - p.assembly())
                    .toArray();
            double scale = ConstituencyBaselines.scale(mean[j]);
            double sd;
            if (d.length == 0) {
                sd = NO_RECORD_SD * scale;
            } else {
                double shift = Arrays.stream(d).average().orElse(0);
                double ss = 0;
                for (double x : d) {
                    ss += (x - shift) * (x - shift);
                }
                // One election shows a difference, not how much it moves between elections: that is the no-record
                // spread until two do. The mean of n differences is itself unsure by spread²/n.
                double spread =
                        d.length < 2 ? NO_RECORD_SD * scale : Math.max(MIN_SD * scale, Math.sqrt(ss / (d.length - 1)));
                double next = spread * spread * (1 + 1.0 / d.length);
                if (move) {
                    mean[j] = Math.max(0.1, mean[j] + shift);
                    sd = Math.sqrt(next);
                } else {
                    // Either ballot, as likely: a list poll's share needs no move, a constituency poll's the whole
                    // difference. Moved halfway, the error is that either-or's: shift²/4 + (spread² (1 + 1/n))/2.
                    mean[j] = Math.max(0.1, mean[j] + shift / 2);
                    sd = Math.sqrt(shift * shift / 4 + next / 2);
                }
                recorded++;
            }
            se[j] = Math.sqrt(se[j] * se[j] + sd * sd);
            named += mean[j];
        }
        if (other >= 0) {
            mean[other] = Math.max(0.5, 100 - named);
        }
        double total = Arrays.stream(mean).sum();
        for (int j = 0; j < n; j++) {
            mean[j] *= 100 / total;
        }
        String polls = move ? "the constituency ballot's polls" : "polls that do not state the ballot";
        String said;
        if (recorded == 0) {
            said = "; no list poll by then: the list vote is " + polls + ", not moved (no other election of this"
                    + " series measures the difference between the two ballots), with a wider error";
        } else if (move) {
            said = String.format(
                    Locale.ROOT,
                    "; no list poll by then: the list vote is %s, %d %s moved by %s own difference between the"
                            + " ballots in other elections, the spread added",
                    polls,
                    recorded,
                    recorded == 1 ? "party" : "parties",
                    recorded == 1 ? "its" : "their");
        } else {
            said = "; no list poll by then: the list vote is " + polls + ", each party moved halfway by its"
                    + " difference between the ballots in other elections, as the question may have been either, and"
                    + " that either-or added to its error";
        }
        return in.withShares(mean, se, said);
    }
}
