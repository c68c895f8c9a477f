package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;

/**
 * One survey's several questions of one race, printed in a page's several tables: American articles print a survey's
 * head-to-head ("Kamala Harris vs. Donald Trump") in one table and its full-field question (with Kennedy, Stein,
 * Oliver and West) in the next, with the same pollster and dates; and, around a replaced nominee, the same survey's
 * question with the nominee who withdrew (Biden, 21 July 2024) in a table of its own. Each is a poll of the same key,
 * and the second was refused as "the same poll ... but with other figures", which refused the whole page (with
 * --skip-invalid the first printed was kept, whichever it was: the head-to-head, so the polls that named the small
 * candidates were the ones lost).
 *
 * <p>Under first past the post (where no narrower question is one of the count: under the Supplementary Vote, two
 * rounds or instant-runoff a second table of the two leaders may be the run-off, unlabelled, and is refused as before),
 * a forecast counts a survey once, by the question nearest the ballot: the one naming fewer candidates who withdrew
 * with no successor, then the one naming more of the contest's candidates (those who had stopped campaigning when it
 * began aside), then the one naming fewer of those who had, then (as {@link SurveyPopulations} does
 * for rows printed together) the likelier voters. The others are left out with a note. Versions these do not tell apart
 * are left as they are, and the store refuses the second as before.
 *
 * <p>A page's tables are apart, so the polls of a page are held until its end (a page is bounded in size: see {@link
 * HtmlPollTableReader#MAX_PAGE_CHARS}); other sources pass straight through.
 */
final class SurveyQuestions {
    private final Function<String, Optional<Election>> elections;
    private final boolean hold;
    private final List<SurveyPopulations.Offered> held = new ArrayList<>();
    private final Map<PollKey, List<Integer>> byKey = new HashMap<>();
    private final List<SkippedTable> notes = new ArrayList<>();

    /** {@code elections} gives an election by id; {@code hold}: whether the source is a page, whose polls are held. */
    SurveyQuestions(Function<String, Optional<Election>> elections, boolean hold) {
        Map<String, Optional<Election>> known = new HashMap<>();
        // Each comparison asks for its election: resolved once per id, not a definition file read per comparison.
        this.elections = id -> known.computeIfAbsent(id, elections);
        this.hold = hold;
    }

    /**
     * The versions of one key compared with each other at most: a page printing one survey hundreds of times is no
     * page of questions, and comparing each with all the others grew with their square (5,000 rows, minutes); the
     * rest go to the store, which refuses them as one poll with other figures.
     */
    private static final int VERSIONS_COMPARED = 4;

    /** Offers {@code polls} (in source order); returns those settled now: all of them unless a page's are held. */
    List<SurveyPopulations.Offered> offer(List<SurveyPopulations.Offered> polls) {
        if (!hold) {
            return polls;
        }
        for (SurveyPopulations.Offered o : polls) {
            offer(o);
        }
        return List.of();
    }

    private void offer(SurveyPopulations.Offered o) {
        List<Integer> versions = byKey.computeIfAbsent(o.poll().key(), k -> new ArrayList<>());
        if (versions.size() >= VERSIONS_COMPARED) {
            held.add(o);
            return;
        }
        for (int i : versions) {
            SurveyPopulations.Offered h = held.get(i);
            if (h == null || h.poll().sameFigures(o.poll())) {
                continue;
            }
            Choice choice = compare(o.poll(), h.poll());
            int better = choice.sign();
            if (better == 0) {
                continue; // nothing to choose by: the store refuses the second set of figures, as before
            }
            SurveyPopulations.Offered kept = better > 0 ? o : h;
            SurveyPopulations.Offered left = better > 0 ? h : o;
            notes.add(note(left, kept, choice.why()));
            if (better < 0) {
                return;
            }
            held.set(i, null);
        }
        versions.add(held.size());
        held.add(o);
    }

    /** The polls held, in source order, at the end of the source. */
    List<SurveyPopulations.Offered> settle() {
        List<SurveyPopulations.Offered> out = new ArrayList<>();
        for (SurveyPopulations.Offered o : held) {
            if (o != null) {
                out.add(o);
            }
        }
        held.clear();
        byKey.clear();
        return out;
    }

    /** The questions left out so far, each with the one kept; taken once. */
    List<SkippedTable> takeNotes() {
        List<SkippedTable> out = List.copyOf(notes);
        notes.clear();
        return out;
    }

    /** Which of two versions is nearer the ballot ({@code sign} positive: the first), and what told them apart. */
    record Choice(int sign, String why) {
        static final Choice NONE = new Choice(0, "");
    }

    private Choice compare(Poll a, Poll b) {
        Optional<SingleWinnerContest> contest = contest(a);
        // Only under first past the post is a survey's narrower question in a table apart no question of the count:
        // under the Supplementary Vote, two rounds or instant-runoff a second table of the two leaders may be the
        // survey's run-off or final round unlabelled, and choosing would drop it silently where the page is to be
        // refused. (Lines of one poll are told apart by the reader first: see SurveyPopulations.)
        if (contest.isEmpty() || contest.get().system() != VotingSystem.FPTP) {
            return Choice.NONE;
        }
        return nearerBallot(a, b);
    }

    /**
     * Which of two versions of one survey is nearer the ballot: the one naming fewer candidates who withdrew with no
     * successor, then the one naming more of the contest's candidates, then the likelier voters. The full field comes
     * before the population: a likely voters' head-to-head beside a registered voters' question naming Stein and
     * Oliver, who were on the ballot, had kept the head-to-head and lost them. A survey's scenarios on lines of one poll
     * are chosen between by the same rule ({@link SurveyPopulations}), but under another system than first past the
     * post never where a version names two options: a line of the leading two may be the survey's run-off, unlabelled,
     * which the store then refuses as before.
     */
    Choice nearerBallot(Poll a, Poll b) {
        Optional<SingleWinnerContest> contest = contest(a);
        if (contest.isEmpty()) {
            return Choice.NONE;
        }
        boolean fptp = contest.get().system() == VotingSystem.FPTP;
        if (!fptp && (options(a) <= 2 || options(b) <= 2)) {
            return Choice.NONE;
        }
        Set<String> withdrawn =
                contest.get().withdrawn().stream().map(WithdrawnCandidate::id).collect(Collectors.toSet());
        // A candidate who stopped campaigning before the survey began (a definition's withdrew: day; still on the
        // ballot) is not one of those standing, and between versions naming as many of those, the one without them
        // is the race the pollster asked about: after Eric Adams stopped (New York, 28 September 2025) AtlasIntel
        // printed its last survey without him and "had Adams remained" (Cuomo 39.4 without him; 32.7 and Adams 6.4
        // with), and the version naming him had been kept as naming more candidates standing. He won 0.3%, Cuomo
        // 41.6%. A version naming others standing besides (Kennedy, who stopped on 23 August 2024, beside Stein and
        // Oliver) is still kept over a head-to-head.
        LocalDate begun = a.fieldworkStart() != null ? a.fieldworkStart() : a.date();
        Set<String> stopped = contest.get().candidates().stream()
                .filter(c -> c.withdrew() != null && begun != null && begun.isAfter(c.withdrew()))
                .map(Candidate::id)
                .collect(Collectors.toSet());
        Set<String> standing = contest.get().candidates().stream()
                .map(Candidate::id)
                .filter(id -> !stopped.contains(id))
                .collect(Collectors.toSet());
        // First by how much of the survey went to those not on the ballot, then by how many it named: Atlas Político's
        // January 2021 survey for 2022 named three who did not stand beside Haddad (36.6% between them) in one
        // scenario, and four minor ones (20.9%) beside Lula, who stood, in the other; by their number alone the Haddad
        // scenario, which left the eventual candidate out, was kept.
        double offBallotA = shareOf(a, withdrawn);
        double offBallotB = shareOf(b, withdrawn);
        int byWithdrawn = Integer.compare(named(b, withdrawn), named(a, withdrawn));
        // Only between versions naming different candidates who withdrew: two surveys naming the same ones (KSOI's
        // two samples of 25–26 February 2022, Ahn at 5.9 and 7.3) differ by their samples, not by their question.
        boolean sameWithdrawn = namedOf(a, withdrawn).equals(namedOf(b, withdrawn));
        if (!sameWithdrawn && Math.abs(offBallotA - offBallotB) > OFF_BALLOT_TIE) {
            int sign = Double.compare(offBallotB, offBallotA);
            return new Choice(
                    sign,
                    sign == byWithdrawn
                            ? "it names fewer candidates who withdrew"
                            : "less of it goes to candidates who withdrew");
        }
        if (byWithdrawn != 0) {
            return new Choice(byWithdrawn, "it names fewer candidates who withdrew");
        }
        int byStanding = Integer.compare(named(a, standing), named(b, standing));
        if (byStanding != 0) {
            return new Choice(byStanding, "it names more of the candidates standing");
        }
        int byStopped = Integer.compare(named(b, stopped), named(a, stopped));
        if (byStopped != 0) {
            return new Choice(byStopped, "it leaves out who had stopped campaigning when it began");
        }
        int ra = SurveyPopulations.rank(a.population());
        int rb = SurveyPopulations.rank(b.population());
        if (ra >= 0 && rb >= 0 && ra != rb) {
            return new Choice(
                    Integer.compare(ra, rb), "likelier voters (likely over registered over voters over adults)");
        }
        return Choice.NONE;
    }

    /** How many options a poll names, "other" aside. */
    private static int options(Poll p) {
        return (int) p.shares().keySet().stream()
                .filter(k -> !Option.OTHER.equals(k))
                .count();
    }

    private Optional<SingleWinnerContest> contest(Poll p) {
        return elections.apply(p.election()).flatMap(e -> e.singleWinner(p.contest()));
    }

    /** Points of difference in the share given to withdrawn candidates below which two versions are not told apart. */
    private static final double OFF_BALLOT_TIE = 1.0;

    private static double shareOf(Poll p, Set<String> ids) {
        return p.shares().entrySet().stream()
                .filter(e -> ids.contains(e.getKey()) && e.getValue() != null)
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static Set<String> namedOf(Poll p, Set<String> ids) {
        return p.shares().keySet().stream().filter(ids::contains).collect(Collectors.toSet());
    }

    /** How many of {@code ids} the poll gives a figure, zero included (a printed 0 is a candidate asked about). */
    private static int named(Poll p, Set<String> ids) {
        return namedOf(p, ids).size();
    }

    private static SkippedTable note(SurveyPopulations.Offered left, SurveyPopulations.Offered kept, String why) {
        Poll p = left.poll();
        return SkippedTable.at(
                left.normalised().location(),
                p.key() + (p.population() == null ? "" : " among " + p.population()) + " ("
                        + PollShares.printed(p.shares()) + "): the same survey's question at "
                        + SkippedTable.where(kept.normalised().location()) + " ("
                        + PollShares.printed(kept.poll().shares()) + ") is kept, as nearer the ballot (" + why
                        + "): one survey is counted once");
    }
}
