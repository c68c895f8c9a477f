package org.pollcast.report;

import java.util.Locale;
import org.pollcast.election.Election;
import org.pollcast.election.Party;
import org.pollcast.election.VotingSystem;

/**
 * How the page names the contest that leads the forecast and what winning it means: a Mayor (or whatever office
 * the definition names) elected by first preferences, or, for an election with only an additional-member contest,
 * its list vote, which parties "win" by having the most list votes ({@link org.pollcast.election.ListLead}).
 *
 * @param heading      the section's heading ("Mayor", "The list vote")
 * @param answers      the options stand for no party in a vote that elects no one (a referendum's answers): "option"
 * @param option       what a row is ("Candidate", "Party", "Option")
 * @param toWin        after "likely to" ("be elected Mayor", "win the most list votes")
 * @param winning      after "chance of" ("being elected Mayor", "winning the most list votes")
 * @param winChart     the win-probability chart's title
 * @param chance       a chance's name in a table's header and on the race chart: "Chance of winning" an office, and
 *                     where the lead elects no one what is won ("Chance of the most votes")
 * @param shares       what the shares are of
 * @param polls        the polls the average is made of ("Mayoral polls", "List polls")
 */
public record LeadWords(
        boolean listLed,
        boolean answers,
        String heading,
        String option,
        String toWin,
        String winning,
        String winChart,
        String chance,
        Shares shares,
        String polls) {

    /** What the lead's shares are of, with each name the page gives them. */
    enum Shares {
        /** A preferential count's first round (the Supplementary Vote, instant-runoff). */
        FIRST_PREFERENCES(
                "first preferences", "First preferences", "1st prefs", "first preferences", "first-preference"),
        /** One round, no preferences: first past the post, and a body of constituencies only's vote. */
        VOTE("the vote", "Vote share", "Vote", "vote shares", "vote-share"),
        /** A second round's votes are cast afresh, no preferences: its first round's are votes too. */
        FIRST_ROUND("first-round votes", "First-round votes", "1st round", "first-round votes", "first-round vote"),
        /** A parliament's list vote. */
        LIST("the list vote", "The list vote", "List vote", "list-vote shares", "list-vote");

        final String words;
        final String title;
        final String resultLabel;
        final String simulated;
        /** Before "MAE" in the backtest's verdict. */
        final String errorName;

        Shares(String words, String title, String resultLabel, String simulated, String errorName) {
            this.words = words;
            this.title = title;
            this.resultLabel = resultLabel;
            this.simulated = simulated;
            this.errorName = errorName;
        }
    }

    public static LeadWords of(Election e) {
        VotingSystem system = e.lead().map(c -> c.system()).orElse(VotingSystem.FPTP);
        // A vote that elects no one (office: none: Canada's popular vote, Australia's primary vote and 2PP). "Liberal
        // is 79% likely to be elected Popular vote", before.
        boolean noOne = e.electsNoOne();
        // A vote that elects no one between options that stand for no party (a referendum's answers, Yes and No,
        // Remain and Leave): its rows are options, not parties ("Vote share of each party", before).
        boolean answers = e.answersOnly();
        // A vote that elects no one between people (a national presidential popular vote: office none, each
        // candidate's name not their party's): its rows are candidates ("Simulated vote shares of the leading
        // parties" over Harris, Trump and Kennedy, before).
        String row = answers ? "Option" : noOne && candidatesArePeople(e) ? "Candidate" : "Party";
        if (e.constituenciesOnly() || (noOne && system == VotingSystem.FPTP)) {
            // A body of constituencies only: one ballot, the vote, whose "winner" has the most votes, not seats.
            return new LeadWords(
                    true,
                    answers,
                    "The vote",
                    row,
                    "win the most votes",
                    "winning the most votes",
                    "Chance of the most votes",
                    "Chance of the most votes",
                    Shares.VOTE,
                    "Polls");
        }
        if (e.listLed()) {
            return new LeadWords(
                    true,
                    false,
                    "The list vote",
                    "Party",
                    "win the most list votes",
                    "winning the most list votes",
                    "Chance of the most list votes",
                    "Chance of the most list votes",
                    Shares.LIST,
                    "List polls");
        }
        if (noOne) {
            String toWin =
                    system == VotingSystem.TWO_ROUND ? "win the second round" : "win the final round of the count";
            return new LeadWords(
                    false,
                    answers,
                    "The vote",
                    row,
                    toWin,
                    "winning" + toWin.substring("win".length()),
                    "Chance of " + "winning" + toWin.substring("win".length()),
                    "Chance of " + "winning" + toWin.substring("win".length()),
                    system == VotingSystem.TWO_ROUND ? Shares.FIRST_ROUND : Shares.FIRST_PREFERENCES,
                    "Polls");
        }
        String office = e.office();
        boolean mayor = office.equals("Mayor");
        return new LeadWords(
                false,
                false,
                office,
                "Candidate",
                "be elected " + office,
                "being elected " + office,
                mayor ? "Chance of winning the mayoralty" : "Chance of being elected " + office,
                "Chance of winning",
                switch (system) {
                    case FPTP -> Shares.VOTE;
                    case TWO_ROUND -> Shares.FIRST_ROUND;
                    default -> Shares.FIRST_PREFERENCES;
                },
                mayor ? "Mayoral polls" : "Polls");
    }

    /**
     * What the winner did, in running text after their name: "won" where the contest elects someone, and where it
     * elects no one what they won ("won the most votes", "won the most list votes", "won the final round of the
     * count"), so that the party with the most first preferences of Ireland's 2024 vote is not said to have "won"
     * an election decided by seats.
     */
    String won() {
        return toWin.startsWith("win ") ? "won " + toWin.substring("win ".length()) : "won";
    }

    /** One option in running text ("candidate", "party", "option"): what a row is. */
    public String one() {
        return option.equals("Party") ? "party" : option.equals("Option") ? "option" : "candidate";
    }

    /** Options in running text ("candidates", "parties", "options"). */
    String many() {
        return option.equals("Party") ? "parties" : option.equals("Option") ? "options" : "candidates";
    }

    /** Whether the rows are people in a vote led as a party vote (a popular vote of presidential candidates). */
    boolean people() {
        return listLed && option.equals("Candidate");
    }

    /**
     * Whether the lead's options are people: every candidate's name is unlike their party's (neither holds the other,
     * "Kamala Harris" and "Democratic"), where a vote of parties names its options as the parties ("Liberal", or
     * "Liberal Party" for a party "Liberal"). One option named unlike its party is no reason to call parties people.
     */
    static boolean candidatesArePeople(Election election) {
        return election.lead()
                .map(c -> !c.candidates().isEmpty()
                        && c.candidates().stream().allMatch(k -> {
                            String name = k.name().toLowerCase(Locale.ROOT);
                            String party = k.party() == null
                                    ? ""
                                    : election.party(k.party())
                                            .map(Party::name)
                                            .orElse(k.party())
                                            .toLowerCase(Locale.ROOT);
                            return !party.isEmpty() && !name.contains(party) && !party.contains(name);
                        }))
                .orElse(false);
    }

    /**
     * What the shares are of, in running text: "first preferences", "the vote" under first past the post (where there
     * is no second preference) and in a body of constituencies only, "first-round votes", "the list vote".
     */
    String votes() {
        return shares.words;
    }

    /** The votes with a capital, to open a title ("First preferences", "Vote share", "The list vote"). */
    String votesTitle() {
        return shares.title;
    }

    /** A share row's name in the result table: "1st prefs", "1st round", "Vote", "List vote". */
    String resultLabel() {
        return shares.resultLabel;
    }

    /** Whether the shares are a first round's of two, whose deciding count is a second round on another day. */
    boolean twoRounds() {
        return shares == Shares.FIRST_ROUND;
    }

    /** Whether the shares are of one vote with no preferences or list ("the vote"). */
    boolean oneVote() {
        return shares == Shares.VOTE;
    }

    /** What a chart of simulated shares shows ("first preferences", "vote shares", "list-vote shares"). */
    String simulated() {
        return shares.simulated;
    }
}
