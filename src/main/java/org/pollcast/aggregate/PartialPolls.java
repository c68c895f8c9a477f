package org.pollcast.aggregate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;

/**
 * How {@link PollPanel} reads a partial poll, one that printed only some of the options: whether its shares are of
 * everyone or of those naming an option, and what its remainder says of the options it left out.
 */
final class PartialPolls {
    private PartialPolls() {}

    /** The rules that read a partial poll, one count each in {@link Counts}. */
    private enum Rule {
        DONT_KNOWS_MAKE_HUNDRED,
        NAMING_EVERYONE_STANDING,
        DONT_KNOWS_LEAVE_A_REST,
        LEAVING_FAR_MORE,
        REST_UNMEASURED,
        REST_UNMEASURED_SCALED
    }

    /**
     * How many polls each rule scaled or read.
     *
     * @param dontKnowsMakeHundred   printed their don't-knows, the two making 100
     * @param namingEveryoneStanding named every candidate standing and summed to under 90
     * @param dontKnowsLeaveARest    printed their don't-knows, the two short of 100
     * @param leavingFarMore         left far more than the polls that say so give the options left out
     * @param restUnmeasured         left a remainder no poll measures
     * @param restUnmeasuredScaled   of those, read as half undecided and scaled
     */
    record Counts(
            int dontKnowsMakeHundred,
            int namingEveryoneStanding,
            int dontKnowsLeaveARest,
            int leavingFarMore,
            int restUnmeasured,
            int restUnmeasuredScaled) {
        /** A line for each rule that touched a poll, for the average's notes. */
        List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (dontKnowsMakeHundred > 0) {
                notes.add(dontKnowsMakeHundred + (dontKnowsMakeHundred == 1 ? " poll" : " polls")
                        + " named only some options and printed "
                        + (dontKnowsMakeHundred == 1 ? "its" : "their") + " don't-knows beside them, making 100: "
                        + (dontKnowsMakeHundred == 1
                                ? "its shares, of everyone, are"
                                : "their shares, of everyone, are")
                        + " taken of those naming an option, less what complete polls give the options left out");
            }
            if (dontKnowsLeaveARest > 0) {
                notes.add(dontKnowsLeaveARest + (dontKnowsLeaveARest == 1 ? " poll" : " polls")
                        + " named only some options and printed "
                        + (dontKnowsLeaveARest == 1 ? "its" : "their") + " don't-knows, the two short of 100: "
                        + (dontKnowsLeaveARest == 1 ? "its shares are" : "their shares are")
                        + " taken of those naming an option, the rest being the options left out");
            }
            if (leavingFarMore > 0) {
                notes.add(leavingFarMore + (leavingFarMore == 1 ? " poll names" : " polls name")
                        + " only some options and "
                        + (leavingFarMore == 1 ? "leaves" : "leave")
                        + " far more than the polls that say so give the rest"
                        + " (an undecided not printed): taken of those naming an option, less what those polls give the"
                        + " options left out");
            }
            if (restUnmeasured > 0) {
                notes.add(restUnmeasured + (restUnmeasured == 1 ? " poll names" : " polls name")
                        + " only some options and no poll"
                        + " says what the others get: how much of " + (restUnmeasured == 1 ? "its" : "their")
                        + " remainder is undecided is unknown, so 'other' is no measurement (its error spans the"
                        + " remainder)"
                        + (restUnmeasuredScaled > 0
                                ? "; " + restUnmeasuredScaled + (restUnmeasuredScaled == 1 ? " is" : " are")
                                        + " read as half undecided:"
                                        + " taken of those naming an option, less half the remainder, with that half's"
                                        + " error"
                                : ""));
            }
            if (namingEveryoneStanding > 0) {
                notes.add(namingEveryoneStanding + (namingEveryoneStanding == 1 ? " poll names" : " polls name")
                        + " every candidate standing"
                        + " and " + (namingEveryoneStanding == 1 ? "sums" : "sum") + " to under 90"
                        // The rest is those naming no candidate, whether or not the poll printed its undecided: KIIS's
                        // run-off poll of April 2019 printed 17.9 undecided beside refusals, non-voters and spoilt
                        // ballots (read as no one's), and was said to have left its undecided unprinted.
                        + " (the rest naming no candidate: undecided, refusing or not voting)"
                        + ": taken of those naming a"
                        + " candidate, less what complete polls give others");
            }
            return notes;
        }
    }

    /**
     * A partial poll that printed its don't-knows, its named shares and don't-knows summing to about 100, gave its shares
     * of everyone: nobody it asked chose an option it did not name (it did not offer them), and its shares sit below a
     * complete poll's by the don't-knows. Kept as printed, they pulled every named option down and the gap became
     * "others": Marist's New York primary poll of May 2025 (17% undecided, nine of eleven candidates) and Public Policy
     * Polling's of June (11%) gave "others" 11.8%. Its named shares are scaled to 100 less what the complete polls give,
     * on average, the options it left out (their "others" included), or to 100 with no complete poll. So is a partial
     * poll that names every candidate standing, don't-knows printed or not ({@link SharesOfEveryone}): what it leaves
     * out is "others" and those who withdrew, whose share is spread in proportion anyway.
     *
     * <p>Two more kinds of partial poll, both of the American tables that print the leading five of nine candidates:
     *
     * <ul>
     *   <li>One that printed its don't-knows, the two short of 100 by more than {@link SharesOfEveryone#TOLERANCE}
     *       points ({@link SharesOfEveryone#leavesARestBesideDontKnows}): the rest is what the options it left out
     *       got, in its own figures, and its shares are taken of those naming an option (scaled by 100 over 100 less
     *       its don't-knows), that rest then "others". Mason-Dixon's Chicago poll of February 2023 (78 named, 18
     *       undecided) gave the four left out 4.9 of those naming a candidate; as printed, 22.
     *   <li>One that printed no don't-knows and leaves far more than the polls that say what the options it left out
     *       get (complete polls, and those of the kind above) give them: at least twice as much, and {@value #FAR}
     *       points more. Its remainder is then mostly its undecided, and it is scaled to 100 less what those polls
     *       give the options it left out. M3 Strategies' Chicago poll of January 2023 (75.5 named, nothing else
     *       printed) left 24.5 where Victory Research's of a week later gave the left out 6.0. Chicago 2023's average
     *       gave "others" 20% a month and a week out; the result was 5.9. London's headline polls of the two leaders
     *       (Khan 48, Goldsmith 35) leave about what the complete polls give the rest, and are left as they are.
     * </ul>
     *
     *
     * <p>Where no poll says what the options left out get (no complete poll, none whose don't-knows leave a rest), a
     * partial poll without don't-knows leaves a remainder of unknown make-up: its undecided and the options it left out,
     * in any proportion. Greater Manchester 2017's only poll (Burnham 54, Anstee 15, the others not given) made
     * "others" 31% with an error of 0.8 points, as if the 3,312 asked had all said so; the result was 13.9. Each
     * proportion being as likely, the options left out get half the remainder, give or take the remainder over √12
     * ({@code unknownRest}): a remainder of {@value #FAR} points or more beside half of it is read as the polls beside
     * them are read, scaled to 100 less that half, and the scale's own error ({@code rescaleSd}) goes into its
     * variance; a smaller one is left as printed, the options left out then getting all of it, as is one of more than
     * {@value #MOST_UNDECIDED_REST} points, which leaves out more than it names.
     *
     * @return how many polls each rule scaled or read
     */
    static Counts rebase(
            Contest contest,
            List<Poll> polls,
            double[] y,
            double[] impliedOther,
            int options,
            double[] unknownRest,
            double[] rescaleSd) {
        int n = polls.size();
        EnumMap<Rule, Integer> rebased = new EnumMap<>(Rule.class);
        // Polls that say what the options they left out get: the complete ones, and those whose don't-knows leave a
        // rest (scaled first, so that they say it of those naming an option).
        boolean[] says = new boolean[n];
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            says[i] = !Double.isNaN(impliedOther[i]);
            if (SharesOfEveryone.leavesARestBesideDontKnows(contest, p)) {
                double scale = overDontKnows(contest, p);
                for (int k = 0; k < options; k++) {
                    y[k * n + i] *= scale;
                }
                says[i] = true;
                rebased.merge(Rule.DONT_KNOWS_LEAVE_A_REST, 1, Integer::sum);
            }
        }
        boolean anySays = false;
        for (boolean b : says) {
            anySays |= b;
        }
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            if (!p.partial() || SharesOfEveryone.leavesARestBesideDontKnows(contest, p)) {
                continue;
            }
            boolean everyoneStanding = SharesOfEveryone.namesEveryoneStanding(contest, p);
            double named = 0;
            for (int k = 0; k < options; k++) {
                if (!Double.isNaN(y[k * n + i])) {
                    named += y[k * n + i];
                }
            }
            // A printed "others" is part of the poll's whole, and then not among what it left out.
            Double printedOther = p.shares().get(Option.OTHER);
            double own = printedOther == null ? 0 : printedOther;
            // Decided on the printed figures, as pollster accuracy decides it: after a withdrawn candidate's share was
            // spread, the sum moved and the two could disagree about one poll.
            boolean ofEveryone = everyoneStanding || SharesOfEveryone.dontKnowsMakeHundred(p);
            if (named <= 0 || (!ofEveryone && p.dontKnow() != null)) {
                continue;
            }
            double left = 0;
            int complete = 0;
            for (int c = 0; c < n; c++) {
                // The partial polls that printed all their don't-knows are measured on the complete polls alone, as
                // they were before the polls whose don't-knows leave a rest were read.
                if (ofEveryone ? Double.isNaN(impliedOther[c]) : !says[c] || c == i) {
                    continue; // a partial poll says nothing of what the left-out options get
                }
                double same = 0;
                for (int k = 0; k < options; k++) {
                    if (!Double.isNaN(y[k * n + i]) && !Double.isNaN(y[k * n + c])) {
                        same += y[k * n + c];
                    }
                }
                double itsOther = Double.isNaN(impliedOther[c]) ? restOf(y, c, n, options) : impliedOther[c];
                left += Math.max(0, 100 - same - (printedOther == null ? 0 : itsOther));
                complete++;
            }
            double gets = complete == 0 ? 0 : left / complete;
            if (!ofEveryone) {
                double rest = 100 - named - own;
                if (complete == 0 && !anySays && rest > 0) {
                    // Nothing says how much of the remainder is the options left out: half, give or take all of it.
                    unknownRest[i] = rest;
                    rebased.merge(Rule.REST_UNMEASURED, 1, Integer::sum);
                    if (rest > MOST_UNDECIDED_REST) {
                        continue; // it left out more than it named: a leader among them, not only its undecided
                    }
                    // Whatever its size: a switch at a 20-point remainder moved Burnham 7 points for 0.1 of Anstee's
                    // (review); half of any remainder is as likely undecided as a small one.
                    gets = rest / 2;
                    rescaleSd[i] = rest / Math.sqrt(12) / (100 - gets);
                }
                if (!(unknownRest[i] > 0) && ((complete == 0) || rest < 2 * gets || rest - gets < FAR)) {
                    continue; // its remainder may be the options it left out (a headline poll of the two leaders)
                }
            }
            double target = 100 - gets;
            for (int k = 0; k < options; k++) {
                y[k * n + i] *= target / (named + own);
            }
            Rule scaledBy;
            if (!ofEveryone) {
                scaledBy = unknownRest[i] > 0 ? Rule.REST_UNMEASURED_SCALED : Rule.LEAVING_FAR_MORE;
            } else {
                scaledBy = SharesOfEveryone.dontKnowsMakeHundred(p)
                        ? Rule.DONT_KNOWS_MAKE_HUNDRED
                        : Rule.NAMING_EVERYONE_STANDING;
            }
            rebased.merge(scaledBy, 1, Integer::sum);
        }
        // A poll whose don't-knows leave a rest measured the options it left out: that rest, of those naming an option,
        // is its "others" as a complete poll's remainder is. Set only now, so that the rules above read the polls as
        // they did. Left unread, a contest with no complete poll took "others" as 100 less the named averages, and the
        // undecided of the polls printed of everyone went there: Croatia's 2024 presidential polls (all partial, one
        // printing 12 undecided beside five of eight candidates) gave "others", one candidate no poll named who won
        // 0.9%, 11.4% on the eve, and Milanović 38.8% (he won 49.7% of the valid votes). Where the poll printed its own
        // Others, those are what the options it left out got, taken on the same base; its rest is what it did not
        // print (those who would not vote, a column the ingest passes over), which read as "others" made a poll of
        // A 40, B 30, Others 5, undecided 10 and 15 not voting give "others" 22 (review).
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            if (!SharesOfEveryone.leavesARestBesideDontKnows(contest, p)) {
                continue;
            }
            Double printed = p.shares().get(Option.OTHER);
            impliedOther[i] = printed == null ? restOf(y, i, n, options) : printed * overDontKnows(contest, p);
        }
        return new Counts(
                rebased.getOrDefault(Rule.DONT_KNOWS_MAKE_HUNDRED, 0),
                rebased.getOrDefault(Rule.NAMING_EVERYONE_STANDING, 0),
                rebased.getOrDefault(Rule.DONT_KNOWS_LEAVE_A_REST, 0),
                rebased.getOrDefault(Rule.LEAVING_FAR_MORE, 0),
                rebased.getOrDefault(Rule.REST_UNMEASURED, 0),
                rebased.getOrDefault(Rule.REST_UNMEASURED_SCALED, 0));
    }

    /** What poll {@code c}'s named shares leave of 100. */
    private static double restOf(double[] y, int c, int n, int options) {
        double sum = 0;
        for (int k = 0; k < options; k++) {
            if (!Double.isNaN(y[k * n + c])) {
                sum += y[k * n + c];
            }
        }
        return Math.max(0, 100 - sum);
    }

    /**
     * How many points more than the polls that say so give the options it left out a partial poll without don't-knows
     * must leave, beside twice as much, to be read as leaving its undecided: a fifth of Chicago's M3 Strategies poll
     * of January 2023 was more than its rest could be, where London's headline polls of two leave within a few
     * points of what the complete polls give the others.
     */
    static final double FAR = 10;

    /**
     * The most a remainder no poll measures may be and still be read as half undecided: past half the poll, the
     * options it left out outweigh those it named, a leader among them (More in Common's Greater Manchester 2024 poll:
     * Barker 12, Evans 9, Buckley 9, Burnham's "around two-thirds" not given as a figure), and scaling the named up by
     * half of 70 made Barker 26.
     */
    static final double MOST_UNDECIDED_REST = 50;

    /**
     * What takes a poll's shares, read over 100 less a withdrawn candidate's ({@code gone}), to shares of those naming
     * an option when its don't-knows are printed too: 100 / (100 - gone - dk) over the first scaling, not the two
     * compounded.
     */
    private static double overDontKnows(Contest contest, Poll p) {
        double gone = contest instanceof SingleWinnerContest single
                ? SharesOfEveryone.withdrawnShare(single.withdrawn(), p.shares())
                : 0;
        return (100 - gone) / (100 - gone - p.dontKnow());
    }
}
