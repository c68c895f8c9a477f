package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pollcast.election.Contest;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;

/**
 * Polls taken before a candidate who stays on the ballot stopped campaigning (a definition's {@code withdrew:} date),
 * left out of the average once polls taken wholly after it exist. Such a candidate keeps a share (their votes are
 * counted), but a smaller one, and their supporters go elsewhere: Jim Gavin (Ireland, 2025) withdrew on 5 October, was
 * named by Ireland Thinks at 15% (21% of those naming someone) on 2–3 October and by the polls after at 5 to 10 (8 to
 * 13%), and won 7.2%. Averaged with the later polls, the early one's weight kept him at 11.6% on the eve.
 */
public final class StoppedCampaigns {
    private StoppedCampaigns() {}

    /**
     * {@code polls} less those begun on or before the latest day by {@code asOf} that a candidate of {@code contest}
     * stopped campaigning, or that a withdrawn one left the race, after which at least one poll began; a note says
     * which, and how many, go to {@code notes}. A later departure with no poll begun after it yet is said, and the cut
     * stays at the earlier one: cut at the latest alone, the polls an earlier withdrawal had left out came back
     * (review: BC United's polls of July, 9 to 11%, in the average again once a second departure had no poll after it).
     */
    static List<Poll> leaveOut(Contest contest, Scope scope, List<Poll> polls, LocalDate asOf, List<String> notes) {
        // Whether a poll began after a day is asked of all the polls once, for every departure: a recursive call
        // on the polls a later departure kept asks it of the same.
        List<Cut> cuts = departures(contest, scope, asOf).stream()
                .map(d -> new Cut(
                        d,
                        polls.stream().anyMatch(p -> begun(p).isAfter(d.day()) && ofTheWholeRace(contest, p)),
                        polls.stream()
                                .filter(p -> begun(p).isAfter(d.day()) && !ofTheWholeRace(contest, p))
                                .count()))
                .toList();
        return leaveOut(cuts, polls, notes);
    }

    /**
     * A departure, whether a poll of the whole race began after it ({@code replaced}: only such a poll can replace the
     * polls before it, see {@link #ofTheWholeRace}), and how many partial polls did ({@code partialAfter}, averaged
     * with those before).
     */
    private record Cut(Departure departure, boolean replaced, long partialAfter) {}

    /**
     * Whether {@code p} can stand for the race after a departure: a poll of every option, or one naming every candidate
     * still standing on the day it began. A partial poll naming a few (Gallup Korea's 7–8 March 2022 survey in the
     * blackout, published on polling day, printed Lee 40 and Yoon 46 only) says nothing of the candidates it left out:
     * taken as the race after Ahn Cheol-soo's withdrawal of 3 March, it cut the 14 polls before it, and the polling
     * day's average rested on it alone, Sim Sang-jung "not in any poll". It is still averaged with the polls before.
     */
    public static boolean ofTheWholeRace(Contest contest, Poll p) {
        return !p.partial()
                || (contest instanceof SingleWinnerContest single
                        && single.namesEveryCandidate(p.shares().keySet(), begun(p)));
    }

    /**
     * {@code polls} less the cuts of {@code departures} (latest first). A poll begun by a withdrawn candidate's day that
     * never named them (a survey's scenario without them, or one taken before they entered) asked of the race on the
     * ballot as far as that departure goes, and stays: Taiwan 2024's Formosa polls of October and November, whose
     * three-way lines left Terry Gou out, were cut with his four-way ones and called polls of another race. Such polls
     * still answer to the earlier departures (review: a June poll of a candidate who stopped campaigning in July came
     * back once a party's withdrawal in August left it in as unnamed).
     */
    private static List<Poll> leaveOut(List<Cut> cuts, List<Poll> polls, List<String> notes) {
        for (int k = 0; k < cuts.size(); k++) {
            Departure d = cuts.get(k).departure();
            long partialAfter = cuts.get(k).partialAfter();
            List<Poll> after =
                    polls.stream().filter(p -> begun(p).isAfter(d.day())).toList();
            List<Poll> unnamed = polls.stream()
                    .filter(p -> !begun(p).isAfter(d.day()) && !d.named(p))
                    .toList();
            int before = polls.size() - after.size() - unnamed.size();
            if (before == 0) {
                // This departure cuts nothing; a poll begun after it began after every earlier one too.
                if (unnamed.isEmpty()) {
                    return polls;
                }
                continue;
            }
            String who = d.words() + ": ";
            String naming = unnamed.isEmpty() ? "" : " naming " + d.name();
            if (!cuts.get(k).replaced()) {
                notes.add(who
                        + (partialAfter == 0
                                ? "no poll begun after that day yet"
                                : "no poll of every candidate standing begun after that day yet (" + partialAfter
                                        + (partialAfter == 1 ? " naming only some" : " naming only some each")
                                        + " is averaged with the rest)")
                        + ", so the " + before
                        + (before == 1 ? " poll" : " polls") + " taken before it" + naming
                        + (before == 1 ? " is used, though it asked" : " are used, though they asked")
                        + " of another race");
                continue;
            }
            List<Poll> older =
                    unnamed.isEmpty() ? List.of() : leaveOut(cuts.subList(k + 1, cuts.size()), unnamed, notes);
            Set<Poll> keep = new HashSet<>(after);
            keep.addAll(older);
            notes.add(who + before
                    + (before == 1 ? " poll" : " polls") + " begun by then" + naming
                    + (before == 1 ? " left out as a poll" : " left out as polls")
                    + (after.isEmpty()
                            ? " of another race"
                            : " of another race; the " + after.size()
                                    + (after.size() == 1
                                            ? " poll begun after it is used"
                                            : " polls begun after it are used"))
                    + (older.isEmpty()
                            ? ""
                            : ", and the " + older.size() + (older.size() == 1 ? " poll" : " polls")
                                    + " before it that did not name " + d.name()));
            return polls.stream().filter(keep::contains).toList();
        }
        return polls;
    }

    /**
     * A day the race changed: a candidate stopped campaigning but stayed on the ballot, or a withdrawn one (a
     * definition's {@code withdrawn} entry with {@code withdrew:}) left it. {@code words} begins the note.
     */
    record Departure(LocalDate day, String words, String option, String name) {
        /**
         * Whether {@code p} asked of the race before this departure: for a withdrawn candidate, off the ballot, a poll
         * that gave them a share; for one who stopped campaigning, every poll (their support itself changed).
         */
        boolean named(Poll p) {
            return option == null || p.shares().containsKey(option);
        }
    }

    /**
     * The departures from {@code contest} by {@code asOf}, latest first. A withdrawn party's polls before it left ask
     * of a race with it in: spread over the others in proportion, BC United's 9 to 11% of July 2024 went to the NDP
     * as much as to the Conservatives it endorsed.
     */
    static List<Departure> departures(Contest contest, Scope scope, LocalDate asOf) {
        if (!(contest instanceof SingleWinnerContest single)) {
            return List.of();
        }
        Stream<Departure> stayed = single.candidates().stream()
                .filter(c -> c.withdrew() != null && !c.withdrew().isAfter(asOf))
                .map(c -> new Departure(
                        c.withdrew(),
                        c.name() + " stopped campaigning on " + c.withdrew() + " (still on the ballot)",
                        null,
                        c.name()));
        // A withdrawn party's day is its first preferences' change of race: a head-to-head of two others, asked
        // before it left, never named it (review).
        Stream<Departure> left = single.withdrawn().stream()
                .filter(w -> scope == Scope.FIRST_PREF
                        && w.withdrew() != null
                        && !w.withdrew().isAfter(asOf))
                .map(w -> new Departure(
                        w.withdrew(),
                        w.name() + " withdrew on " + w.withdrew() + " (off the ballot)",
                        w.id(),
                        w.name()));
        return Stream.concat(stayed, left)
                .sorted(Comparator.comparing(Departure::day).reversed())
                .toList();
    }

    /** The first day of a poll's fieldwork, else the day it speaks for. */
    public static LocalDate begun(Poll p) {
        return p.fieldworkStart() != null ? p.fieldworkStart() : p.date();
    }
}
