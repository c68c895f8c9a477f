package org.pollcast.election;

import java.util.EnumSet;
import java.util.List;

/**
 * The list vote of an additional-member election that elects no one else (the Scottish Parliament, an Assembly on
 * its own), seen as a first-past-the-post contest between parties: its polls are the list polls, its result the
 * list votes. Such an election is forecast from it as a mayoral election is from its Mayor: the same poll average,
 * learned poll error and correlated draws give each simulation's list shares, which the seats then follow. Its
 * "winner" is the party with the most list votes.
 *
 * <p>A body of constituencies only ({@link AdditionalMemberContest#constituenciesOnly()}: the House of Commons) has no
 * list: its lead is the whole area's constituency vote (its polls the constituency ballot's, its result the
 * constituency-ballot totals), and every constituency follows that vote's draw one for one.
 */
public final class ListLead {
    private ListLead() {}

    /**
     * The lead's contest id: the additional-member contest's id and {@code -list} ({@code parliament-list}), or
     * {@code -vote} for a body of constituencies only, which has no list ({@code commons-vote}).
     */
    public static String id(AdditionalMemberContest contest) {
        return contest.id() + (contest.constituenciesOnly() ? "-vote" : "-list");
    }

    /** Each party of {@code contest} as a candidate of its own list. */
    public static SingleWinnerContest of(AdditionalMemberContest contest) {
        List<Candidate> parties = contest.parties().stream()
                .map(p -> new Candidate(p.id(), p.name(), p.id()))
                .toList();
        return new SingleWinnerContest(
                id(contest), VotingSystem.FPTP, parties, List.of(), EnumSet.of(Scope.FIRST_PREF));
    }
}
