package org.pollcast.report;

import org.pollcast.election.Election;

/**
 * How the page names the contest that leads the forecast and what winning it means: a Mayor (or whatever office
 * the definition names) elected by first preferences, or, for an election with only an additional-member contest,
 * its list vote, which parties "win" by having the most list votes ({@link org.pollcast.election.ListLead}).
 *
 * @param heading      the section's heading ("Mayor", "The list vote")
 * @param option       what a row is ("Candidate", "Party")
 * @param toWin        after "likely to" ("be elected Mayor", "win the most list votes")
 * @param winning      after "chance of" ("being elected Mayor", "winning the most list votes")
 * @param winChart     the win-probability chart's title
 * @param votes        what the shares are of ("first preferences", "the vote" under first past the post, where
 *                     there is no second preference, "the list vote")
 * @param polls        the polls the average is made of ("Mayoral polls", "List polls")
 */
record LeadWords(
        boolean listLed,
        String heading,
        String option,
        String toWin,
        String winning,
        String winChart,
        String votes,
        String polls) {

    static LeadWords of(Election e) {
        if (e.constituenciesOnly()) {
            // A body of constituencies only: one ballot, the vote, whose "winner" has the most votes, not seats.
            return new LeadWords(
                    true,
                    "The vote",
                    "Party",
                    "win the most votes",
                    "winning the most votes",
                    "Chance of the most votes",
                    "the vote",
                    "Polls");
        }
        if (e.listLed()) {
            return new LeadWords(
                    true,
                    "The list vote",
                    "Party",
                    "win the most list votes",
                    "winning the most list votes",
                    "Chance of the most list votes",
                    "the list vote",
                    "List polls");
        }
        String office = e.office();
        boolean mayor = office.equals("Mayor");
        org.pollcast.election.VotingSystem system =
                e.lead().map(c -> c.system()).orElse(org.pollcast.election.VotingSystem.FPTP);
        return new LeadWords(
                false,
                office,
                "Candidate",
                "be elected " + office,
                "being elected " + office,
                mayor ? "Chance of winning the mayoralty" : "Chance of being elected " + office,
                switch (system) {
                    case FPTP -> "the vote";
                    // A second round's votes are cast afresh, no preferences: its first round's are votes too.
                    case TWO_ROUND -> "first-round votes";
                    default -> "first preferences";
                },
                mayor ? "Mayoral polls" : "Polls");
    }

    /** One option in running text ("candidate", "party"). */
    String one() {
        return listLed ? "party" : "candidate";
    }

    /** Options in running text ("candidates", "parties"). */
    String many() {
        return listLed ? "parties" : "candidates";
    }

    /** The votes with a capital, to open a title ("First preferences", "Vote share", "The list vote"). */
    String votesTitle() {
        return votes.equals("the vote") ? "Vote share" : Character.toUpperCase(votes.charAt(0)) + votes.substring(1);
    }

    /** A share row's name in the result table: "1st prefs", "1st round", "Vote", "List vote". */
    String resultLabel() {
        return switch (votes) {
            case "the vote" -> "Vote";
            case "the list vote" -> "List vote";
            case "first-round votes" -> "1st round";
            default -> "1st prefs";
        };
    }

    /** Whether the shares are a first round's of two, whose deciding count is a second round on another day. */
    boolean twoRounds() {
        return votes.equals("first-round votes");
    }

    /** What a chart of simulated shares shows ("first preferences", "vote shares", "list-vote shares"). */
    String simulated() {
        return listLed && !votes.equals("the vote")
                ? "list-vote shares"
                : votes.equals("the vote") ? "vote shares" : votes;
    }
}
