package org.pollcast.pipeline;

import java.util.List;
import java.util.Locale;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/**
 * The forecast's note on the candidates standing whom it does not forecast on their own, their votes inside "Others":
 * a table without them must not read as if they were not standing.
 */
final class OthersNote {
    private OthersNote() {}

    /**
     * With no polls, the candidates the prior leaves inside "Others" because their party did not stand at the
     * baseline election (an independent, a new party), named, else null. They are on the ballot and may poll well
     * (Jonathan Tilt, independent, won 8.5% in West Yorkshire in 2024): a table without them must not read as if they
     * were not standing.
     */
    static String of(Election election, SingleWinnerContest contest, ShareInput input) {
        if (input.fromPolls()) {
            return unpolledInsideOthers(contest, input, election.listLed() || election.partyVote());
        }
        List<String> names = notForecast(contest, input).stream()
                .map(c -> c.name() + (c.party() == null ? "" : " (" + c.party() + ")"))
                .toList();
        if (names.isEmpty()) {
            return null;
        }
        boolean one = names.size() == 1;
        return String.join(", ", names) + (one ? " is" : " are") + " on the ballot but not forecast on "
                // "stood" was wrong where the party stood but its count is inside the baseline results' Others line
                // (the Uruguay trial's Partido Independiente, defined in 2019 and counted among its others).
                + "their own" + ": no party of theirs has a count of its own in " + election.baseline()
                + " and no poll names them yet, so " + (one ? "their vote is" : "their votes are") + " inside Others"
                + othersShare(input);
    }

    /** The most candidates no poll names that the note lists by name; the rest are counted. */
    static final int UNPOLLED_NAMED = 5;

    /**
     * From polls, the candidates of the definition no poll names, whose votes are inside "Others", named (the first
     * {@value #UNPOLLED_NAMED}, then how many more), else null. The average said so ("not in any poll: ..."), but the
     * forecast's table dropped them without a word: Toronto 2018's 33 candidates beside Tory and Keesmaat (Faith Goldy
     * won 3.4%), and 2023's Chloe Brown until the one poll that named her. A vote between parties (a list vote, a
     * popular vote) names them as parties: Austria's 2024 list vote called KEINE, a party list, a candidate.
     */
    private static String unpolledInsideOthers(SingleWinnerContest contest, ShareInput input, boolean parties) {
        List<String> names =
                notForecast(contest, input).stream().map(Candidate::name).toList();
        if (names.isEmpty()) {
            return null;
        }
        boolean one = names.size() == 1;
        String listed = names.size() <= UNPOLLED_NAMED
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, UNPOLLED_NAMED)) + " and " + (names.size() - UNPOLLED_NAMED)
                        + " more";
        String what = parties ? (one ? "party" : "parties") : (one ? "candidate" : "candidates");
        String own = parties && one ? "its own" : "their own";
        String vote = one ? (parties ? "its vote is" : "their vote is") : "their votes are";
        return (one ? "1 " : names.size() + " ") + what + " no poll names " + (one ? "is" : "are")
                + " on the ballot but not forecast on " + own + " (" + listed + "): " + vote + " inside Others"
                + othersShare(input);
    }

    /** The candidates standing whom the forecast's input has no option of their own for. */
    private static List<Candidate> notForecast(SingleWinnerContest contest, ShareInput input) {
        return contest.candidates().stream()
                .filter(c -> !input.options().contains(c.id()))
                .toList();
    }

    /** " (4.2%)": Others' share in the forecast's input, or nothing where it has no Others. */
    private static String othersShare(ShareInput input) {
        int others = input.options().indexOf(Option.OTHER);
        return others < 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", input.mean()[others]);
    }
}
