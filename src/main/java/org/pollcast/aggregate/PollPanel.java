package org.pollcast.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.Counted;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.poll.Poll;

/**
 * The polls of one contest and scope up to an as-of date, laid out in primitive arrays for the hot loops:
 * option-major shares with NaN for "not reported", days, pollster indexes and sample sizes (imputed where
 * missing; the notes say how many).
 *
 * <p>Candidates who withdrew ({@link SingleWinnerContest#withdrawn()}) are not options: a poll that gave them
 * {@code w} percent in all has them left out and every other share scaled by {@code 100 / (100 − w)}, as if
 * their supporters split in proportion to everyone else's support (the unreported rest included). The notes say
 * how many polls this touched.
 */
final class PollPanel {
    final String[] options;
    final String[] optionNames;
    final String[] pollsters;
    final int polls;
    final int[] day;
    final int[] pollster;
    /** Share of option j in poll i at {@code y[j * polls + i]}; NaN when the poll does not report it. */
    final double[] y;

    final double[] sample;
    /**
     * 100 minus the tracked options the poll reports: its own "others" figure plus any tracked option it did
     * not name. NaN for a partial poll (one that printed only some options), whose remainder means nothing.
     */
    final double[] impliedOther;

    /**
     * Poll i's remainder (points) where no poll says what the options it left out get, so that how much of it is its
     * undecided and how much those options is unknown; 0 otherwise. "Others" is then no measurement: its error is
     * as wide as that remainder ({@link WeightedAverage}).
     */
    final double[] unknownRest;

    /**
     * The relative standard deviation of the scale poll i's named shares were taken by, where that scale rests on
     * an unknown part of its remainder (0 otherwise): added to its variance beside sampling.
     */
    final double[] rescaleSd;

    final List<String> notes;

    private PollPanel(
            String[] options,
            String[] optionNames,
            String[] pollsters,
            int[] day,
            int[] pollster,
            double[] y,
            double[] sample,
            double[] impliedOther,
            double[] unknownRest,
            double[] rescaleSd,
            List<String> notes) {
        this.options = options;
        this.optionNames = optionNames;
        this.pollsters = pollsters;
        this.polls = day.length;
        this.day = day;
        this.pollster = pollster;
        this.y = y;
        this.sample = sample;
        this.impliedOther = impliedOther;
        this.unknownRest = unknownRest;
        this.rescaleSd = rescaleSd;
        this.notes = List.copyOf(notes);
    }

    /**
     * @param polls       polls of this contest and scope dated on or before the as-of date
     * @param sampleHints each pollster's median stated sample size over every stored poll, for imputation
     */
    static PollPanel of(Contest contest, List<Poll> polls, Map<String, Integer> sampleHints, int defaultSampleSize) {
        List<String> opts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> unpolled = new ArrayList<>();
        for (Option o : contest.options()) {
            if (o.id().equals(Option.OTHER)) {
                continue;
            }
            if (polls.stream().anyMatch(p -> p.shares().containsKey(o.id()))) {
                opts.add(o.id());
                names.add(o.name());
            } else {
                unpolled.add(o.id());
            }
        }
        Map<String, Integer> pollsterIndex = new LinkedHashMap<>();
        int n = polls.size();
        int j = opts.size();
        int[] day = new int[n];
        int[] pollster = new int[n];
        double[] y = new double[j * n];
        double[] sample = new double[n];
        double[] impliedOther = new double[n];
        Arrays.fill(y, Double.NaN);
        List<Integer> stated = new ArrayList<>();
        for (Poll p : polls) {
            if (p.sampleSize() != null) {
                stated.add(p.sampleSize());
            }
        }
        int setMedian = stated.isEmpty() ? defaultSampleSize : median(stated);
        int imputedCount = 0;
        // pollster → [polls imputed, the size given, 1 when from its own median]
        Map<String, int[]> imputed = new java.util.TreeMap<>();
        List<WithdrawnCandidate> withdrawn =
                contest instanceof SingleWinnerContest single ? single.withdrawn() : List.of();
        int[] redistributed = new int[withdrawn.size()];
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            day[i] = (int) p.date().toEpochDay();
            pollster[i] = pollsterIndex.computeIfAbsent(p.pollster(), k -> pollsterIndex.size());
            double scale = 1;
            double gone = 0;
            for (int w = 0; w < withdrawn.size(); w++) {
                Double s = p.shares().get(withdrawn.get(w).id());
                if (s != null) {
                    gone += s;
                    redistributed[w]++;
                }
            }
            if (gone > 0) {
                scale = gone < 100
                        ? 100 / (100 - gone)
                        : Double.NaN; // a poll of withdrawn candidates only tells nothing
            }
            double sum = 0;
            for (int k = 0; k < j; k++) {
                Double s = p.shares().get(opts.get(k));
                if (s != null) {
                    y[k * n + i] = s * scale;
                    sum += s * scale;
                }
            }
            impliedOther[i] = p.partial() ? Double.NaN : Math.max(0, 100 - sum);
            if (p.sampleSize() != null) {
                sample[i] = p.sampleSize();
            } else {
                Integer hint = sampleHints.get(p.pollster());
                sample[i] = hint != null ? hint : setMedian;
                imputedCount++;
                int[] given = imputed.get(p.pollster());
                if (given == null) {
                    given = new int[] {0, (int) sample[i], hint != null ? 1 : 0};
                    imputed.put(p.pollster(), given);
                }
                given[0]++;
            }
        }
        // NaN where a poll leaves no remainder of unknown make-up, so that averaging the remainders is over those that
        // do.
        double[] unknownRest = new double[n];
        java.util.Arrays.fill(unknownRest, Double.NaN);
        double[] rescaleSd = new double[n];
        int[] rebased = rebasePartialOfEveryone(contest, polls, y, impliedOther, j, unknownRest, rescaleSd);
        List<String> notes = new ArrayList<>();
        if (rebased[0] > 0) {
            notes.add(rebased[0] + (rebased[0] == 1 ? " poll" : " polls") + " named only some options and printed "
                    + (rebased[0] == 1 ? "its" : "their") + " don't-knows beside them, making 100: "
                    + (rebased[0] == 1 ? "its shares, of everyone, are" : "their shares, of everyone, are")
                    + " taken of those naming an option, less what complete polls give the options left out");
        }
        if (rebased[2] > 0) {
            notes.add(rebased[2] + (rebased[2] == 1 ? " poll" : " polls") + " named only some options and printed "
                    + (rebased[2] == 1 ? "its" : "their") + " don't-knows, the two short of 100: "
                    + (rebased[2] == 1 ? "its shares are" : "their shares are")
                    + " taken of those naming an option, the rest being the options left out");
        }
        if (rebased[3] > 0) {
            notes.add(rebased[3] + (rebased[3] == 1 ? " poll names" : " polls name") + " only some options and "
                    + (rebased[3] == 1 ? "leaves" : "leave") + " far more than the polls that say so give the rest"
                    + " (an undecided not printed): taken of those naming an option, less what those polls give the"
                    + " options left out");
        }
        if (rebased[4] > 0) {
            notes.add(rebased[4] + (rebased[4] == 1 ? " poll names" : " polls name") + " only some options and no poll"
                    + " says what the others get: how much of " + (rebased[4] == 1 ? "its" : "their")
                    + " remainder is undecided is unknown, so 'other' is no measurement (its error spans the"
                    + " remainder)"
                    + (rebased[5] > 0
                            ? "; " + rebased[5] + (rebased[5] == 1 ? " is" : " are") + " read as half undecided:"
                                    + " taken of those naming an option, less half the remainder, with that half's"
                                    + " error"
                            : ""));
        }
        if (rebased[1] > 0) {
            notes.add(rebased[1] + (rebased[1] == 1 ? " poll names" : " polls name") + " every candidate standing"
                    + " and " + (rebased[1] == 1 ? "sums" : "sum") + " to under 90 ("
                    + (rebased[1] == 1 ? "its" : "their")
                    + " undecided not printed with " + (rebased[1] == 1 ? "it" : "them") + "): taken of those naming a"
                    + " candidate, less what complete polls give others");
        }
        if (stated.isEmpty() && n > 0 && sampleHints.keySet().stream().noneMatch(pollsterIndex::containsKey)) {
            notes.add("no poll states a sample size: every poll is weighted as n = " + defaultSampleSize);
        } else if (imputedCount > 0) {
            List<String> each = new ArrayList<>();
            imputed.forEach((firm, x) -> each.add(firm + " " + x[0] + (x[0] == 1 ? " poll" : " polls") + " as n = "
                    + x[1] + (x[2] == 1 ? " (its median)" : " (these polls' median)")));
            boolean own = imputed.values().stream().anyMatch(x -> x[2] == 1);
            notes.add(imputedCount + " of " + n + " polls " + Counted.word(imputedCount, "states", "state")
                    + " no sample size; imputed: " + String.join(", ", each)
                    + (own
                            ? "; a firm's median is of the sizes its polls of every election up to this date state"
                            : ""));
        }
        for (int w = 0; w < withdrawn.size(); w++) {
            if (redistributed[w] > 0) {
                notes.add(withdrawn.get(w).name() + " (withdrew) redistributed in " + redistributed[w]
                        + (redistributed[w] == 1 ? " poll" : " polls")
                        + ": the share is left out and the others scaled up in proportion");
            }
        }
        if (!unpolled.isEmpty()) {
            notes.add("not in any poll: " + String.join(", ", unpolled) + " (their support is inside 'other')");
        }
        return new PollPanel(
                opts.toArray(String[]::new),
                names.toArray(String[]::new),
                pollsterIndex.keySet().toArray(String[]::new),
                day,
                pollster,
                y,
                sample,
                impliedOther,
                unknownRest,
                rescaleSd,
                notes);
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
     * @return how many polls were scaled or read: {those that printed their don't-knows, those naming everyone
     *     standing, those whose don't-knows leave a rest, those leaving far more than the rest gets, those whose
     *     remainder no poll measures, those of them scaled}
     */
    private static int[] rebasePartialOfEveryone(
            Contest contest,
            List<Poll> polls,
            double[] y,
            double[] impliedOther,
            int options,
            double[] unknownRest,
            double[] rescaleSd) {
        int n = polls.size();
        int[] rebased = new int[6];
        // Polls that say what the options they left out get: the complete ones, and those whose don't-knows leave a
        // rest (scaled first, so that they say it of those naming an option).
        boolean[] says = new boolean[n];
        for (int i = 0; i < n; i++) {
            Poll p = polls.get(i);
            says[i] = !Double.isNaN(impliedOther[i]);
            if (SharesOfEveryone.leavesARestBesideDontKnows(contest, p)) {
                // Its shares were taken over 100 less a withdrawn candidate's (gone); over 100 less the don't-knows
                // too, the factor is 100 / (100 - gone - dk), not the two scalings compounded.
                double gone = withdrawnShare(contest, p);
                double scale = (100 - gone) / (100 - gone - p.dontKnow());
                for (int k = 0; k < options; k++) {
                    y[k * n + i] *= scale;
                }
                says[i] = true;
                rebased[2]++;
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
                    rebased[4]++;
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
            rebased[!ofEveryone ? (unknownRest[i] > 0 ? 5 : 3) : SharesOfEveryone.dontKnowsMakeHundred(p) ? 0 : 1]++;
        }
        return rebased;
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

    /** The share {@code p} gives candidates of {@code contest} who withdrew (spread over the rest when it is read). */
    private static double withdrawnShare(Contest contest, Poll p) {
        double gone = 0;
        if (contest instanceof SingleWinnerContest single) {
            for (WithdrawnCandidate w : single.withdrawn()) {
                gone += p.shares().getOrDefault(w.id(), 0.0);
            }
        }
        return gone;
    }

    static int median(List<Integer> values) {
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (int) Math.round((v[v.length / 2 - 1] + v[v.length / 2]) / 2.0);
    }

    int optionCount() {
        return options.length;
    }
}
