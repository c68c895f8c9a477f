package org.pollcast.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * A hypothetical head-to-head among a file's polls: a poll that names two candidates only, whose shares with the
 * undecided leave no room for anyone else ({@value #LEAVES_NO_ROOM} or more together), while a third candidate of the
 * contest was standing. Encyclopedia articles print such match-ups under the poll table ("Zohran Mamdani vs. Andrew
 * Cuomo"); copied into a CSV without their heading, they were stored as first-preference polls of a race where Sliwa got
 * nothing, and the same surveys' real polls were then refused as conflicting with them.
 *
 * <p>Under first past the post and in an instant-runoff first round such a poll asks no question of the count, and is
 * left out with a note, as the HTML reader leaves out a table headed as hypothetical. Under the Supplementary Vote a
 * run-off between two is a question of the count, but it is not guessed from the figures (a polling site's second table
 * not titled as the run-off is refused as the first table's polls with other figures, not read as the run-off): its
 * polls are read as before, and the source says which is the run-off (a scope column, a round's group, a second line,
 * a title). Only a poll whose source gives no scope is judged.
 *
 * <p>The bound: New York's head-to-heads of 2025 give the two 85 to 100 with the undecided (HarrisX, July: Mamdani 35,
 * Cuomo 50); the partial first-preference polls in this project's data that name two candidates give them 79 to 83
 * (Opinium's London poll of May 2016: Khan 48, Goldsmith 35, the rest unpublished). A candidate who withdrew is not
 * counted as standing (the definition gives no date for it): with two left standing, a poll of the two is the race.
 *
 * <p>Where the candidates besides the two are minor, a poll of the two is the race too. American polls of a two-party
 * race name the two nominees only, with the Libertarian and the Green (1 to 2% between them) in "other" or not at all:
 * every row of the encyclopedia's table of Pennsylvania's 2024 Senate race (Casey 48, McCormick 45, ...) was left out,
 * and so was the whole forecast. So when the election's baseline has a complete result, a poll that leaves the others
 * at least half of what they won there (everyone but the two named candidates' parties, {@value #HALF} of it) is read
 * as the first-preference poll it is. New York's head-to-heads leave Sliwa's Republicans (27.8% in 2021) 15 at most;
 * with no baseline, or none that reads, every such poll is judged as before.
 */
final class HeadToHead {
    /** The least the two named candidates and the undecided take together for the poll to be a head-to-head. */
    static final double LEAVES_NO_ROOM = 85;

    /**
     * The part of what the others won at the baseline that a poll must leave them to be read: half, since parties
     * outside the leading two poll below and above their record alike (a Libertarian's 1% is as often 3% in a poll).
     */
    static final double HALF = 0.5;

    /**
     * The least "other" share of a poll that places everyone (its named candidates and its others make 100, no
     * undecided printed) for it to be read as the race, where no baseline says what the others won: a decided voters' poll of a field of two leaders and many minor
     * candidates. Canadian firms print their polls so: Forum's of Toronto's 2018 mayoral race, Tory 56, Keesmaat 29,
     * "some other candidate" 15, while 33 others stood; Mainstreet's Tory 64, Keesmaat 31, others 6. A head-to-head's
     * "someone else" is a few points beside an undecided share (Fox News's Mamdani 49, Cuomo 39, other 7 leaves 5
     * unplaced; CNN's Casey 48, McCormick 45, other 4), and those fail the test of placing everyone.
     */
    static final double OTHERS_ASKED = 5;

    /**
     * The same bound in a polarised field: where the source names no third candidate on {@value #OTHERS_ASKED}% or more
     * in any poll read before, a poll placing everyone with the others on a point or two is the race's. Istanbul's of
     * March 2019 (ORC: Yıldırım 50.9, İmamoğlu 46.6, others 2.5, where the others won 2.7) were every one left out under
     * the bound of 5; a page whose earlier rows poll a third contender (New York's Lander on 10) keeps 5 for its
     * two-name rows, match-ups of a wider field (review: with 1 everywhere, Emerson's Cuomo 52, Mamdani 46, other 2 read
     * as a first-preference poll of a four-way primary).
     */
    static final double OTHERS_ASKED_POLARISED = 1;

    /** Rounding takes a point either way: of the shares a poll prints, and of the room it leaves the others. */
    static final double ROUNDING = 1;

    /** Named shares and others at least this much together place everyone. */
    static final double PLACES_EVERYONE = 100 - ROUNDING;

    private HeadToHead() {}

    /**
     * " (United for Hungary did not stand at hu-2018: ...)", for a named party the baseline carries nothing to, or
     * nothing. A joint list new since the baseline (Hungary's six-party opposition of 2022) won nothing there under its
     * name, so the others' share counts its parties' own lists of then: the message said the others "won 50.7 at
     * hu-2018", most of it the joint list's parties, with nothing to say so. The definition does not say which parties
     * a list joins, so the measure stands; the message says what it counts.
     */
    private static String newSince(SingleWinnerContest single, List<String> named, BaselineShares.Baseline baseline) {
        List<String> absent = single.candidates().stream()
                .filter(c -> named.contains(c.id()))
                .filter(c -> c.party() != null && !Party.independentId(c.party()))
                .filter(c -> baseline.shares().carriedBy(single, c) == 0)
                .map(Candidate::name)
                .toList();
        return absent.isEmpty()
                ? ""
                : " (" + String.join(" and ", absent) + " did not stand at " + baseline.election()
                        + " under that name: parties it joins or succeeds are counted among those others)";
    }

    /** Whether a poll's figures name a third candidate on {@value #OTHERS_ASKED}% or more: a field wider than two. */
    static boolean namesAThirdWhoPolls(Map<String, Double> figures) {
        return figures.entrySet().stream()
                        .filter(e -> !e.getKey().equals(Option.OTHER))
                        .map(Map.Entry::getValue)
                        .sorted(Comparator.reverseOrder())
                        .skip(2)
                        .findFirst()
                        .orElse(0.0)
                >= OTHERS_ASKED - 1e-9;
    }

    /**
     * Whether a poll's figures leave its question open: two candidates alone, no "Others" and no undecided printed, and
     * under {@value #LEAVES_NO_ROOM} together, so that {@link #judge} reads it for want of evidence either way (a
     * partial poll of the race, or a match-up whose undecided went unprinted). Its table may say which
     * ({@link HeadToHeadTables}).
     */
    static boolean leavesItOpen(Map<String, Double> figures, Double dontKnow) {
        return figures.size() == 2
                && !figures.containsKey(Option.OTHER)
                && dontKnow == null
                && figures.values().stream().mapToDouble(Double::doubleValue).sum() < LEAVES_NO_ROOM - 1e-9;
    }

    /**
     * What to do with the poll: read it as it is, leave it out for the reason given, or read it as a two-round
     * contest's run-off poll.
     */
    sealed interface Verdict permits Verdict.Read, Verdict.LeaveOut, Verdict.SecondRound {
        record Read() implements Verdict {}

        record LeaveOut(String why) implements Verdict {}

        record SecondRound() implements Verdict {}
    }

    /**
     * The verdict on a poll that gives no scope. Under first past the post and instant runoff, a head-to-head is left
     * out. Under two rounds the match-up is a question of the count, so it is read as a run-off poll: a poll of two
     * candidates alone, printing no "Other", whose two and undecided make 100 (within rounding), that the first
     * test would leave out. Nexo Jornal's file of the Brazilian 2022 run-off polls, Lula v Bolsonaro with blank, null
     * and undecided, names no scope; before the first round its 58 polls were stored as first-preference polls of a
     * race of two, among the eleven candidates' real ones. A poll that prints an "Other" figure asked for the others:
     * a first round's poll of a polarised race (Georgia's Senate race of 2022, Warnock 49, Walker 46, other 2), which
     * the run-off has none of; and a first-round poll of such a race that prints the two alone leaves its others and
     * undecided unprinted (Remington's Warnock 45, Walker 49), where a match-up prints its blank, null and undecided
     * (Datafolha's Lula 54, Bolsonaro 39, 7).
     */
    static Verdict judge(
            String election,
            Contest contest,
            Map<String, Double> figures,
            Double dontKnow,
            Supplier<Optional<BaselineShares.Baseline>> baselineOf,
            boolean fieldPolled) {
        if (!(contest instanceof SingleWinnerContest single)) {
            return new Verdict.Read();
        }
        if (single.system() == VotingSystem.TWO_ROUND) {
            double placed =
                    figures.values().stream().mapToDouble(Double::doubleValue).sum()
                            + (dontKnow == null ? 0 : dontKnow);
            boolean matchUp = !figures.containsKey(Option.OTHER)
                    && placed >= PLACES_EVERYONE - 1e-9
                    && judgeFigures(election, single, figures, dontKnow, baselineOf, fieldPolled)
                            instanceof Verdict.LeaveOut;
            return matchUp ? new Verdict.SecondRound() : new Verdict.Read();
        }
        if (!(single.system() == VotingSystem.FPTP || single.system() == VotingSystem.INSTANT_RUNOFF)) {
            return new Verdict.Read();
        }
        return judgeFigures(election, single, figures, dontKnow, baselineOf, fieldPolled);
    }

    private static Verdict judgeFigures(
            String election,
            SingleWinnerContest single,
            Map<String, Double> figures,
            Double dontKnow,
            Supplier<Optional<BaselineShares.Baseline>> baselineOf,
            boolean fieldPolled) {
        List<String> named =
                figures.keySet().stream().filter(id -> !id.equals(Option.OTHER)).toList();
        if (named.size() != 2) {
            return new Verdict.Read();
        }
        double together = figures.get(named.get(0)) + figures.get(named.get(1)) + (dontKnow == null ? 0 : dontKnow);
        Optional<Candidate> standing = single.candidates().stream()
                .filter(c -> !named.contains(c.id()))
                .findFirst();
        if (together < LEAVES_NO_ROOM - 1e-9 || standing.isEmpty()) {
            return new Verdict.Read();
        }
        String measured = "";
        Optional<BaselineShares.Baseline> baseline = baselineOf.get(); // read only for a poll that could be a match-up
        // What the others won at the baseline, where it carries a share to one of the two at least: a nonpartisan
        // race's candidates share no party, the baseline carries nothing to them, and "the others won 100" measured
        // nothing (review).
        Optional<Double> leftOut = baseline.flatMap(b -> b.leftOut(single, named));
        double others = leftOut.orElse(100.0);
        boolean baselineMeasures = leftOut.isPresent();
        Double other = figures.get(Option.OTHER);
        // In a polarised field (no third contender polled 5 or more before), a poll that asks for the others and
        // prints them beside its undecided places everyone too: American tables of a two-party race print the
        // nominees, "Other" and "Undecided" (Research Co.'s New Jersey poll of 2021: Murphy 50, Ciattarelli 44,
        // other 1, undecided 5), and where no baseline measured the others every such row was left out as a
        // match-up, the page with it. Where a third contender polls, a match-up's "someone else" beside its
        // undecided (Fox News's Mamdani 49, Cuomo 39, other 7) is still one.
        double unplaced = dontKnow == null ? 0 : dontKnow;
        if (!baselineMeasures
                && other != null
                && other >= (fieldPolled ? OTHERS_ASKED : OTHERS_ASKED_POLARISED) - 1e-9
                && (unplaced == 0 || !fieldPolled)
                && figures.get(named.get(0)) + figures.get(named.get(1)) + other + unplaced >= PLACES_EVERYONE - 1e-9) {
            // The others were asked and given their share: the race's poll. Where a baseline says what the others
            // won, the room test below judges it (Khan 52, Hall 40, others 8 leaves 8 where London's others won 24.7).
            return new Verdict.Read();
        }
        if (baselineMeasures) {
            double room = 100 - together;
            // A point of slack for rounding, as in placing everyone: where the others won 2.7 (Istanbul's
            // annulled vote of March 2019), the re-run's AKAM poll left them 0.7 and they won 0.8; half of 2.7 would
            // have left it out as a match-up. A point is nothing beside a head-to-head's gap (Sliwa's 27.8).
            // Slack only where the others won enough to round: at under 2 points it would read a head-to-head
            // leaving them nothing as the race (review).
            double slack = others >= 2 * ROUNDING ? ROUNDING : 0;
            if (room >= HALF * others - slack - 1e-9) {
                return new Verdict.Read(); // room for the others as they polled at the baseline: the race's poll
            }
            // Where the others won too little to round (a two-party race's Libertarian and Green) and no poll read
            // before gives a third contender 5 or more, the undecided a poll prints are where the question of the two
            // nominees leaves those few voters: the race as asked. Pennsylvania's Senate tables (others 1.6 at 2018,
            // 2.5 in 2022 and 2.6 in 2024) print undecided shares that make 100 with the two (Targoz, November 2022:
            // Oz 51, Fetterman 46, undecided 3; AARP, September 2024: Casey 49, McCormick 45, 6), and each was left
            // out as a match-up, the newest likely voters' poll of 2022 among them. A poll with no undecided that
            // leaves nothing (leaners pushed: HarrisX's Biden 47, Trump 53) is still one.
            // "Too little" is under the 5 that makes a contender, not only under the 2 that rounds: New Jersey's
            // minor candidates won 2.1 in 2017, so its 2021 polls leaving them nothing but their undecided
            // (Emerson's Murphy 50, Ciattarelli 44, undecided 7, rounded to 101) fell under the room test's slack
            // and were left out as match-ups, while Pennsylvania's 1.6 read the same polls (a blind trial).
            if (others < OTHERS_ASKED - 1e-9 && !fieldPolled && dontKnow != null && dontKnow >= HALF * others - 1e-9) {
                return new Verdict.Read();
            }
            measured = "; it leaves " + PollShares.trim(room) + " to the others, who won "
                    + String.format(Locale.ROOT, "%.1f", others) + " at "
                    + baseline.get().election() + newSince(single, named, baseline.get());
        }
        return new Verdict.LeaveOut("names only " + ContestChoice.optionName(single, named.get(0)) + " and "
                + ContestChoice.optionName(single, named.get(1))
                + " (" + PollShares.trim(together) + " together" + (dontKnow == null ? "" : " with the undecided")
                + ") while " + standing.get().name() + " stood" + measured
                + ": a hypothetical head-to-head, not a first-preference"
                + " poll of " + election + " (" + single.system().code() + "); give it a scope column saying runoff to"
                + " store it as a head-to-head question, or first_pref where the two are the race as polled (the"
                + " candidates left out polling next to nothing)"
                // With no baseline nothing measured the others: New Jersey's 2021 table (a blind trial) lost every
                // row so, and the remedy a user of a published page has, a baseline, went unsaid.
                + (baseline.isPresent()
                        ? ""
                        : "; with no baseline nothing says what the others win: give " + election
                                + "'s definition a baseline election whose result does"));
    }
}
