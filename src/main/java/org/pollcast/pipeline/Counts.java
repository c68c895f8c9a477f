package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import org.pollcast.BadInputException;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.CountResult;
import org.pollcast.election.Election;
import org.pollcast.election.OfficialCount;
import org.pollcast.election.Option;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.PublishedTransfers;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VoteCount;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.ingest.TransferTableReader;

/**
 * {@code pollcast count}: an election counted again from its official figures in data/results, with the very
 * count code the simulator runs ({@link VoteCount}), every round checked against the published totals.
 * Under the Supplementary Vote the second round uses the first-by-second table where one is bundled (a real
 * check: the totals come out of the table), else the published transfer totals (which only checks the sums), else
 * the finalists' published totals less their first preferences (which checks nothing: it is the published round).
 */
public final class Counts {
    private Counts() {}

    public static OfficialCount run(Workspace ws, String electionArg) {
        Election election = ws.catalog().resolve(electionArg);
        List<String> notes = new ArrayList<>();
        OfficialCount.Mayor mayor = null;
        Optional<SingleWinnerContest> single = election.first(SingleWinnerContest.class);
        if (single.isPresent()) {
            mayor = mayor(ws, election, single.get(), notes);
        }
        OfficialCount.Assembly assembly = AssemblyCounts.count(ws, election, notes);
        if (mayor == null && assembly == null) {
            // The notes say why figures that were found could not be counted (a candidate with no first
            // preferences): "no figures" alone would send the reader looking for a file that is there.
            throw new RequestException(
                    "election",
                    election.id() + ": nothing to count"
                            + (notes.isEmpty()
                                    ? ": " + ws.home().results()
                                            + " has no figures for it (a place's results go in files"
                                            + " named for its series: "
                                            + ResultFiles.Kind.MAYOR_RESULTS.fileName(election.series()) + ", "
                                            + ResultFiles.Kind.TURNOUT.fileName(election.series())
                                            + " and so on; see docs/election-definitions.md)"
                                    : ": " + String.join("; ", notes)));
        }
        return new OfficialCount(election.id(), mayor, assembly, notes);
    }

    private static OfficialCount.Mayor mayor(
            Workspace ws, Election election, SingleWinnerContest contest, List<String> notes) {
        Optional<ContestResult> found = ws.results().firstPreferences(election, contest.id());
        if (found.isEmpty()) {
            notes.add(contest.id() + ": no first preferences in data/results (read: "
                    + ResultFiles.names(ws.results().mayorFiles()) + "; " + election.id() + "'s go in "
                    + ResultFiles.Kind.MAYOR_RESULTS.fileName(election.series()) + ")");
            return null;
        }
        ContestResult r = found.get();
        if (!r.complete()) {
            // Where the user's own file is, not pollcast's data/results/SOURCES.md, which their data folder lacks.
            notes.add(contest.id() + ": not counted: first preferences missing for " + String.join(", ", r.missing())
                    + " (a row each in data/results/" + ResultFiles.Kind.MAYOR_RESULTS.fileName(election.series())
                    + ", or an 'Others' row holding the votes of the candidates with none of their own: see"
                    + " docs/election-definitions.md, Results of an election outside London)");
            return null;
        }
        if (!r.lumped().isEmpty()) {
            Optional<Integer> goneBy = lumpedGoneBy(ws, election, contest, r);
            String why = goneBy.isPresent() ? null : lumpedUncountable(contest, r);
            if (why != null) {
                notes.add(contest.id() + ": not counted: " + why);
                return null;
            }
            // The candidates with a count of their own are counted; the Others line is part of the valid vote.
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: %s counted only inside the Others line (%,d votes), %s",
                    contest.id(),
                    String.join(", ", r.lumped()),
                    r.votes().get(Option.OTHER),
                    goneBy.isPresent()
                            ? "out of the count by round " + goneBy.get()
                                    + ", the first published later round, which is read as published"
                            : "too few for any of them to change the count"));
            contest = contest.withCandidates(contest.candidates().stream()
                    .filter(c -> !r.lumped().contains(c.id()))
                    .toList());
        }
        List<Candidate> candidates = contest.candidates();
        int n = candidates.size();
        double[] first = new double[n];
        for (int j = 0; j < n; j++) {
            first[j] = r.votes().get(candidates.get(j).id());
        }
        double total = r.total();
        OptionalLong valid = ws.results().validVotes(election, contest.id());
        if (valid.isPresent()) {
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: first preferences sum to %,d; published valid votes %,d: %s",
                    contest.id(),
                    (long) total,
                    valid.getAsLong(),
                    valid.getAsLong() == (long) total ? "the same" : "DIFFERENT"));
            // The Others line the results catalog made from those valid votes (a file naming the polled parties
            // only) must not read as a check passed: say where it came from.
            for (String x : r.sources()) {
                if (x.startsWith(ResultsCatalog.UNNAMED_OTHERS)) {
                    notes.add(contest.id() + ": no Others line in the results file; " + x);
                }
            }
        } else if (!r.votes().containsKey(Option.OTHER) && contest.completeBallot()) {
            // A definition listing everyone on the ballot, each with a row: the named votes are every valid vote, and
            // the warning below ("a candidate it leaves out is counted nowhere") would cast doubt on a complete count.
            // Iceland's 2024 presidential file names all twelve candidates and read as if some might be missing.
            notes.add(
                    contest.id() + ": shares are of the " + String.format(Locale.ROOT, "%,d", (long) total)
                            + " votes the results file names, a row for every candidate on the ballot (the definition says"
                            + " ballot: complete): every valid vote; no turnout file gives the valid votes to check them against");
        } else if (!r.votes().containsKey(Option.OTHER)) {
            // Nothing to check the sum against: a file naming only some candidates reads as every vote (South Korea
            // 2017's Moon at 41.30% of the five named, 41.08% of all), and the shares must say what they are of.
            notes.add(contest.id() + ": shares are of the " + String.format(Locale.ROOT, "%,d", (long) total)
                    + " votes the results file names; it has no Others line and no turnout file gives the valid votes,"
                    + " so a candidate it leaves out is counted nowhere");
        }
        List<OfficialCount.Votes> round1 = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Candidate c = candidates.get(j);
            round1.add(new OfficialCount.Votes(c.id(), c.name(), c.party(), (long) first[j], 100 * first[j] / total));
        }
        // The Others line is a row of the round like a candidate's, whether it holds candidates of the definition or
        // only votes for none of them (write-ins): it is in every share's total, so the round adds up only with it.
        long others = r.votes().getOrDefault(Option.OTHER, 0L);
        if (others > 0 || !r.lumped().isEmpty()) {
            round1.add(new OfficialCount.Votes(
                    Option.OTHER,
                    r.lumped().isEmpty()
                            ? "Others"
                            : "Others (" + r.lumped().size()
                                    + (r.lumped().size() == 1 ? " candidate" : " candidates")
                                    // A definition listing the leaders of a long ballot cannot say the line holds only
                                    // its own: San Francisco 2024's held Safaí and eight candidates it did not list,
                                    // and "Others (1 candidate)" read as Safaí alone on 8%.
                                    + (contest.completeBallot() ? ")" : " and any the definition does not list)"),
                    null,
                    others,
                    100 * others / total));
        }
        // Most votes first, the Others line last as every table lists it: Los Angeles 2017's eight others together
        // outpolled the third candidate and were listed as if one who came third.
        round1.sort(Comparator.comparing((OfficialCount.Votes v) -> v.id().equals(Option.OTHER))
                .thenComparing(
                        Comparator.comparingLong(OfficialCount.Votes::votes).reversed()));
        String from1 = ws.results().filesOf(election, contest.id(), "1");
        if (contest.system() == VotingSystem.FPTP) {
            CountResult fptp = VoteCount.firstPastThePost(first);
            return new OfficialCount.Mayor(
                    contest.id(),
                    contest.system().code(),
                    round1,
                    null,
                    candidates.get(fptp.winner()).id(),
                    true,
                    "none: one round",
                    null,
                    from1);
        }
        if (contest.system() == VotingSystem.INSTANT_RUNOFF) {
            return instantRunoff(ws, election, contest, first, total, round1, from1, notes);
        }
        if (contest.system() == VotingSystem.TWO_ROUND) {
            return twoRounds(ws, election, contest, first, total, round1, from1, notes);
        }
        if (!contest.system().topTwoGoOn()) {
            notes.add(contest.id() + ": " + contest.system().code() + " is not counted");
            return null;
        }
        Optional<ContestResult> published = ws.results().finalRound(election, contest.id());
        Optional<TransferTableReader.Found> cross = TransferTableReader.table(
                TransferTableReader.parse(ws.resultFiles(ResultFiles.Kind.MAYOR_SECOND_PREFERENCES)),
                election,
                contest.id(),
                ws.aliases(),
                ws.rowOwners());
        RunoffTransfers transfers;
        String from;
        boolean fromFinals = false;
        if (cross.isPresent()) {
            transfers = cross.get().table();
            from = "the first-by-second table ("
                    + String.join(
                            ", ",
                            cross.get().files().stream()
                                    .map(p -> p.getFileName().toString())
                                    .toList())
                    + ")";
        } else {
            Optional<ContestResult> counted = ws.results().countedTransfers(election, contest.id());
            if ((counted.isEmpty() || counted.get().votes().size() != 2)
                    && published.isPresent()
                    && published.get().votes().size() == 2) {
                // Round 2 is each finalist's first preferences plus the second preferences counted for them.
                counted = Optional.of(transfersFromFinals(ws, election, contest, candidates, first, published.get()));
                fromFinals = true;
            }
            if (counted.isEmpty() || counted.get().votes().size() != 2) {
                // A majority of first preferences wins outright; otherwise the run-off decides, and without second
                // preferences nobody can be named the winner (the leader on first preferences may lose it).
                int leader = VoteCount.firstPastThePost(first).winner();
                // A winner with a majority needed no second preferences: none are missing, and "not counted" misled.
                return firstRoundOnly(
                        contest,
                        first,
                        total,
                        round1,
                        from1,
                        notes,
                        electedInFirstRound(contest, first, total)
                                ? String.format(
                                        Locale.ROOT,
                                        contest.outright().isEmpty()
                                                ? "%s won a majority of first preferences (%.2f%%): no run-off was needed"
                                                : "%s was elected in the first round (%.2f%%; "
                                                        + OutrightRule.describe(contest.outright())
                                                        + " elects): no run-off was needed",
                                        candidates.get(leader).id(),
                                        100 * first[leader] / total)
                                : "no second preferences in data/results: the run-off is not counted");
            }
            List<String> ids = List.copyOf(counted.get().votes().keySet());
            int a = index(candidates, ids.get(0));
            int b = index(candidates, ids.get(1));
            double eliminated = total - first[a] - first[b];
            double toA = counted.get().votes().get(ids.get(0));
            double toB = counted.get().votes().get(ids.get(1));
            if (toA < 0 || toB < 0 || toA + toB > eliminated) {
                throw new BadInputException(String.format(
                        Locale.ROOT,
                        "%s: %s %s round 2_transfers: %,d + %,d second preferences exceed the %,d first preferences"
                                + " of the eliminated candidates (or one is negative)",
                        ws.results().filesOf(election, contest.id(), "2_transfers"),
                        election.id(),
                        contest.id(),
                        (long) toA,
                        (long) toB,
                        (long) eliminated));
            }
            transfers = new PublishedTransfers(
                    a,
                    b,
                    counted.get().votes().get(ids.get(0)),
                    counted.get().votes().get(ids.get(1)),
                    eliminated);
            from = fromFinals
                    ? "the finalists' published totals (round 2 less round 1), so the final round is the published"
                            + " one, not a check of it"
                    : "the published transfer totals (round 2_transfers), which this count can only add up";
        }
        // An Others line's ballots are counted as a candidate who can neither win nor reach the run-off: they are in
        // the total a first-round majority is of, and published totals hold their second preferences too. Left out,
        // 48% of all first preferences was a majority of the named candidates' (elected "in the first round"), and Sri
        // Lanka's 2024 count (34 other candidates' 5.1% in one line, a blind trial) added 83,743 and 133,546 of the
        // published 105,264 and 167,867. A first-by-second table has no row for them: they stay with no one.
        double[] ballots = first;
        int excluded = -1;
        RunoffTransfers withOthers = transfers;
        if (others > 0) {
            ballots = Arrays.copyOf(first, n + 1);
            ballots[n] = others;
            excluded = n;
            RunoffTransfers named = transfers;
            withOthers = transfers instanceof PublishedTransfers
                    ? transfers
                    : (source, x, y, into) -> {
                        if (source == n) {
                            into[0] = 0;
                            into[1] = 0;
                            into[2] = 1;
                        } else {
                            named.split(source, x, y, into);
                        }
                    };
        }
        CountResult result = VoteCount.supplementaryVote(ballots, excluded, withOthers);
        // Transfers derived from the published final round would match it by construction: nothing to check.
        Optional<ContestResult> toCheck = fromFinals ? Optional.empty() : published;
        OfficialCount.Runoff runoff = null;
        OfficialCount.Check check = null;
        if (!result.firstRound()) {
            int[] pair = result.finalists();
            List<OfficialCount.Finalist> finalists = new ArrayList<>();
            double finalTotal = result.finalVotes()[pair[0]] + result.finalVotes()[pair[1]];
            long[] counted = new long[2];
            long[] expected = new long[2];
            List<String> ids = new ArrayList<>();
            for (int f = 0; f < 2; f++) {
                int j = pair[f];
                long votes = Math.round(result.finalVotes()[j]);
                finalists.add(new OfficialCount.Finalist(
                        candidates.get(j).id(),
                        candidates.get(j).name(),
                        (long) first[j],
                        votes - (long) first[j],
                        votes,
                        100 * result.finalVotes()[j] / finalTotal));
                ids.add(candidates.get(j).id());
                counted[f] = votes;
                expected[f] = toCheck.map(
                                p -> p.votes().getOrDefault(candidates.get(j).id(), -1L))
                        .orElse(-1L);
            }
            runoff = new OfficialCount.Runoff(finalists, Math.round(result.exhausted()));
            if (toCheck.isPresent()) {
                boolean matches = Arrays.equals(counted, expected);
                check = new OfficialCount.Check(
                        ids,
                        counted,
                        expected,
                        matches,
                        String.format(
                                Locale.ROOT,
                                "counted %,d v %,d; published %,d v %,d (%s): %s",
                                counted[0],
                                counted[1],
                                expected[0],
                                expected[1],
                                String.join(", ", toCheck.get().sources()),
                                matches ? "the same" : "DIFFERENT"));
            }
        }
        return new OfficialCount.Mayor(
                contest.id(),
                contest.system().code(),
                round1,
                runoff,
                candidates.get(result.winner()).id(),
                result.firstRound(),
                from,
                check,
                from1);
    }

    /**
     * An instant-runoff count from its published rounds. Without the ballots' rankings the transfers cannot be
     * counted again, so each round is checked against the one before for what any count must satisfy: a candidate
     * still in the count never loses votes, ballots only leave it (exhaust), and whoever is eliminated had fewer votes
     * than everyone who stays (one at a time or several at once, as New York's batch elimination drops them). The
     * winner is the last round's leader when that is a majority of its votes, or the larger of the last two.
     */
    private static OfficialCount.Mayor instantRunoff(
            Workspace ws,
            Election election,
            SingleWinnerContest contest,
            double[] first,
            double total,
            List<OfficialCount.Votes> round1,
            String from1,
            List<String> notes) {
        List<Candidate> candidates = contest.candidates();
        SortedMap<Integer, ContestResult> later = ws.results().laterRounds(election, contest.id());
        CountResult plurality = VoteCount.firstPastThePost(first);
        boolean outright = electedInFirstRound(contest, first, total);
        if (later.isEmpty()) {
            return firstRoundOnly(
                    contest,
                    first,
                    total,
                    round1,
                    from1,
                    notes,
                    outright
                            ? "elected on the first count, with a majority of the valid votes: no later round was"
                                    + " needed"
                            : "no later rounds in data/results (rounds 2, 3, ... in " + from1 + "): the count stops"
                                    + " at round 1");
        }
        Map<String, Long> before = new LinkedHashMap<>();
        for (int j = 0; j < candidates.size(); j++) {
            before.put(candidates.get(j).id(), (long) first[j]);
        }
        List<String> problems = new ArrayList<>();
        List<OfficialCount.Round> rounds = new ArrayList<>();
        int previous = 1;
        for (Map.Entry<Integer, ContestResult> round : later.entrySet()) {
            int number = round.getKey();
            // Rounds left out between two published ones (an infobox's first and final rounds) may have eliminated
            // anyone below the final pair, so who went out is checked only from one round to the next.
            boolean consecutive = number == previous + 1;
            Map<String, Long> now = round.getValue().votes();
            long nowTotal = now.values().stream().mapToLong(Long::longValue).sum();
            // Round 1's total is every valid vote, its "others" (write-ins) included: they transfer too, so a round 2
            // above the named candidates' round-1 votes is no inconsistency (Alaska 2022's 2,974 write-ins).
            long stayed = before.values().stream().mapToLong(Long::longValue).sum();
            long beforeTotal = previous == 1 ? Math.max((long) total, stayed) : stayed;
            long lowestStaying = Long.MAX_VALUE;
            for (Map.Entry<String, Long> e : now.entrySet()) {
                Long was = before.get(e.getKey());
                if (was == null) {
                    problems.add("round " + number + " has " + e.getKey() + ", who was not in round " + previous);
                    continue;
                }
                if (e.getValue() < was) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s falls from %,d in round %d to %,d in round %d (a candidate still in the count only"
                                    + " gains)",
                            e.getKey(),
                            was,
                            previous,
                            e.getValue(),
                            number));
                }
                lowestStaying = Math.min(lowestStaying, was);
            }
            for (Map.Entry<String, Long> e : before.entrySet()) {
                if (consecutive && !now.containsKey(e.getKey()) && e.getValue() > lowestStaying) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s is out of round %d with %,d votes, more than a candidate who stays (%,d)",
                            e.getKey(),
                            number,
                            e.getValue(),
                            lowestStaying));
                }
            }
            if (nowTotal > beforeTotal) {
                problems.add(String.format(
                        Locale.ROOT,
                        "round %d has %,d votes, more than round %d's %,d (ballots only leave a count)",
                        number,
                        nowTotal,
                        previous,
                        beforeTotal));
            }
            List<OfficialCount.Votes> votes = new ArrayList<>();
            for (Candidate c : candidates) {
                Long v = now.get(c.id());
                if (v != null) {
                    votes.add(new OfficialCount.Votes(c.id(), c.name(), c.party(), v, 100.0 * v / nowTotal));
                }
            }
            votes.sort(Comparator.comparingLong(OfficialCount.Votes::votes).reversed());
            rounds.add(new OfficialCount.Round(number, votes));
            before = new LinkedHashMap<>(now);
            previous = number;
        }
        List<OfficialCount.Votes> last = rounds.get(rounds.size() - 1).votes();
        long lastTotal = last.stream().mapToLong(OfficialCount.Votes::votes).sum();
        OfficialCount.Votes leader = last.get(0);
        boolean decided = leader.votes() * 2 > lastTotal
                || (last.size() == 2 && leader.votes() > last.get(1).votes());
        OfficialCount.Runoff pair = null;
        if (last.size() == 2) {
            List<OfficialCount.Finalist> finalists = new ArrayList<>();
            for (OfficialCount.Votes v : last) {
                long firstPref = (long) first[index(candidates, v.id())];
                finalists.add(new OfficialCount.Finalist(
                        v.id(), v.name(), firstPref, v.votes() - firstPref, v.votes(), v.share()));
            }
            pair = new OfficialCount.Runoff(finalists, (long) total - lastTotal);
        }
        if (!decided) {
            notes.add(contest.id() + ": the last round in data/results (round " + previous + ") leaves "
                    + last.size() + " candidates without a majority: the winner is unknown until its later rounds are"
                    + " added");
        }
        String ids =
                String.join(", ", last.stream().map(OfficialCount.Votes::id).toList());
        OfficialCount.Check check = new OfficialCount.Check(
                List.of(),
                new long[0],
                new long[0],
                problems.isEmpty(),
                problems.isEmpty()
                        ? (later.size() == 1 ? "round " : "rounds ")
                                + String.join(
                                        ", ",
                                        later.keySet().stream()
                                                .map(String::valueOf)
                                                .toList())
                                + " as published: consistent with round 1 (no continuing candidate loses votes,"
                                + " the eliminated are the lowest, ballots only exhaust): " + ids + " in the last"
                        : "the published rounds are NOT consistent: " + String.join("; ", problems) + " (" + from1
                                + ")");
        return new OfficialCount.Mayor(
                contest.id(),
                contest.system().code(),
                round1,
                pair,
                decided ? leader.id() : null,
                outright,
                "the published rounds (" + from1 + "), read, not counted again (that needs the ballots' rankings)",
                check,
                rounds,
                from1);
    }

    /**
     * The first published later round of an instant-runoff count from which every candidate inside the Others line
     * ({@link ContestResult#lumped}) is gone, or empty. Such a count is read, not redone: those candidates were
     * eliminated before it, so their own first-round votes, which an infobox of the leaders leaves out, change none of
     * the published rounds (New York's 2021 primary: Morales, McGuire and Donovan out before the Board's round 6).
     */
    private static Optional<Integer> lumpedGoneBy(
            Workspace ws, Election election, SingleWinnerContest contest, ContestResult r) {
        if (contest.system() == VotingSystem.TWO_ROUND) {
            // The second round's count names the pair, the first round's two leading named candidates: those inside
            // an Others line as large as the runner-up did not reach it (Ecuador 2023).
            return SecondRound.settledByTheCount(r, ws.results().finalRound(election, contest.id()), contest)
                    .map(x -> 2);
        }
        if (contest.system() != VotingSystem.INSTANT_RUNOFF) {
            return Optional.empty();
        }
        SortedMap<Integer, ContestResult> later = ws.results().laterRounds(election, contest.id());
        if (later.isEmpty()
                || later.values().stream()
                        .anyMatch(round -> r.lumped().stream().anyMatch(round.votes()::containsKey))) {
            return Optional.empty();
        }
        return Optional.of(later.firstKey());
    }

    /**
     * Why a first round whose Others line holds candidates of the definition ({@link ContestResult#lumped}) cannot be
     * counted, or null when it can: when the line holds fewer votes than the second-placed candidate with a count
     * (where the top two go on), or than the leader (first past the post), none of those in it can have reached the
     * second round or won, whatever their split. An instant-runoff count needs each candidate's own votes to eliminate
     * them in turn.
     */
    private static String lumpedUncountable(SingleWinnerContest contest, ContestResult r) {
        if (contest.system() == VotingSystem.INSTANT_RUNOFF) {
            return "an instant-runoff count eliminates candidates one by one, and " + String.join(", ", r.lumped())
                    + " have no count of their own, only an Others line";
        }
        int place = contest.system() == VotingSystem.FPTP ? 0 : 1;
        if (r.lumpedBelow(place + 1)) {
            return null;
        }
        long others = r.votes().getOrDefault(Option.OTHER, 0L);
        return String.format(
                Locale.ROOT,
                "the Others line (%,d votes) holds %s with no count of their own, and as many votes as the %s: one of"
                        + " them may have %s",
                others,
                String.join(", ", r.lumped()),
                place == 0 ? "leader" : "runner-up",
                place == 0 ? "won" : "reached the second round");
    }

    /**
     * Two rounds as published: a first-round majority wins; else the second round's two, whose votes were cast afresh
     * on another day (more voters or fewer than the first round's), the larger winning. Nothing is transferred, so
     * there is nothing to derive or check: counted as the Supplementary Vote is, round 2 less round 1 was taken for
     * second preferences, and a second round with more voters than the first round's eliminated candidates had was
     * refused as impossible (Poland 2025).
     */
    private static OfficialCount.Mayor twoRounds(
            Workspace ws,
            Election election,
            SingleWinnerContest contest,
            double[] first,
            double total,
            List<OfficialCount.Votes> round1,
            String from1,
            List<String> notes) {
        List<Candidate> candidates = contest.candidates();
        CountResult plurality = VoteCount.firstPastThePost(first);
        if (electedInFirstRound(contest, first, total)) {
            String why = contest.outright().isEmpty()
                    ? "a majority in the first round"
                    : String.format(
                            Locale.ROOT,
                            "%s was elected in the first round (%.2f%%; %s elects): no second round was needed",
                            candidates.get(plurality.winner()).id(),
                            100 * first[plurality.winner()] / total,
                            OutrightRule.describe(contest.outright()));
            return firstRoundOnly(contest, first, total, round1, from1, notes, why);
        }
        Optional<ContestResult> second = ws.results().finalRound(election, contest.id());
        Optional<String> unopposed = SecondRound.noRaceOfTwo(ws, election);
        if (unopposed.isPresent()) {
            // A finalist left the second round's ballot (Boston 2025): the other was elected unopposed, whatever
            // the second round's count (write-ins aside) says. Before, the count named no winner.
            int[] lead = java.util.stream.IntStream.range(0, first.length)
                    .boxed()
                    .sorted((x, y) -> Double.compare(first[y], first[x]))
                    .mapToInt(Integer::intValue)
                    .limit(2)
                    .toArray();
            List<String> top = List.of(
                    candidates.get(lead[0]).id(), candidates.get(lead[1]).id());
            String left = contest.leftSecondRoundBy(top, contest.secondRound()).orElseThrow();
            String elected = top.get(0).equals(left) ? top.get(1) : top.get(0);
            notes.add(contest.id() + ": " + unopposed.get());
            List<OfficialCount.Finalist> alone = new ArrayList<>();
            second.map(r -> r.votes().get(elected)).ifPresent(v -> {
                int j = index(candidates, elected);
                alone.add(new OfficialCount.Finalist(
                        elected, candidates.get(j).name(), (long) first[j], v - (long) first[j], v, 100));
            });
            return new OfficialCount.Mayor(
                    contest.id(),
                    contest.system().code(),
                    round1,
                    alone.isEmpty() ? null : new OfficialCount.Runoff(alone, 0),
                    elected,
                    false,
                    "the second round"
                            + (alone.isEmpty()
                                    ? ""
                                    : " as published ("
                                            + String.join(", ", second.get().sources()) + ")")
                            + ": " + unopposed.get(),
                    null,
                    from1);
        }
        if (second.isEmpty() || second.get().votes().size() != 2) {
            return firstRoundOnly(
                    contest,
                    first,
                    total,
                    round1,
                    from1,
                    notes,
                    "no second round (round 2, the two finalists' votes) in data/results");
        }
        Map<String, Long> votes = second.get().votes();
        double finalTotal = votes.values().stream().mapToLong(Long::longValue).sum();
        List<OfficialCount.Finalist> finalists = new ArrayList<>();
        String winner = null;
        long most = -1;
        Set<String> topTwo = new HashSet<>();
        int[] order = java.util.stream.IntStream.range(0, first.length)
                .boxed()
                .sorted((x, y) -> Double.compare(first[y], first[x]))
                .mapToInt(Integer::intValue)
                .toArray();
        topTwo.add(candidates.get(order[0]).id());
        topTwo.add(candidates.get(order[1]).id());
        if (!topTwo.equals(votes.keySet())) {
            notes.add(contest.id() + ": the second round as published (" + String.join(" v ", votes.keySet())
                    + ") is not the first round's leading two (" + String.join(" v ", topTwo) + ")");
        }
        for (Map.Entry<String, Long> v : votes.entrySet()) {
            int j = index(candidates, v.getKey());
            long firstVotes = (long) first[j];
            finalists.add(new OfficialCount.Finalist(
                    v.getKey(),
                    candidates.get(j).name(),
                    firstVotes,
                    v.getValue() - firstVotes,
                    v.getValue(),
                    100 * v.getValue() / finalTotal));
            if (v.getValue() > most) {
                most = v.getValue();
                winner = v.getKey();
            }
        }
        return new OfficialCount.Mayor(
                contest.id(),
                contest.system().code(),
                round1,
                new OfficialCount.Runoff(finalists, 0),
                winner,
                false,
                "the second round as published ("
                        + String.join(", ", second.get().sources())
                        + "): its votes were cast afresh, so each finalist's change from the first round is new votes"
                        + " less lost ones, not transfers",
                null,
                from1);
    }

    /**
     * Whether the first round's leader was elected in it: a majority of the first preferences, or a two-round
     * contest's own rules of an outright win.
     */
    private static boolean electedInFirstRound(SingleWinnerContest contest, double[] first, double total) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < first.length; i++) {
            if (a < 0 || first[i] > first[a]) {
                b = a;
                a = i;
            } else if (b < 0 || first[i] > first[b]) {
                b = i;
            }
        }
        return a >= 0 && contest.electsInFirstRound(100 * first[a] / total, b < 0 ? 0 : 100 * first[b] / total);
    }

    /**
     * A count that stops at its first round ({@code why}, said in the notes): the winner is named only when they have
     * a majority of first preferences, since the later rounds could turn a plurality round.
     */
    private static OfficialCount.Mayor firstRoundOnly(
            SingleWinnerContest contest,
            double[] first,
            double total,
            List<OfficialCount.Votes> round1,
            String from1,
            List<String> notes,
            String why) {
        List<Candidate> candidates = contest.candidates();
        CountResult plurality = VoteCount.firstPastThePost(first);
        boolean outright = electedInFirstRound(contest, first, total);
        String leader = candidates.get(plurality.winner()).id();
        notes.add(contest.id() + ": " + why
                + (outright
                        ? ""
                        : "; the winner is unknown (" + leader + " leads on first preferences without a majority)"));
        return new OfficialCount.Mayor(
                contest.id(),
                contest.system().code(),
                round1,
                null,
                outright ? leader : null,
                outright,
                "none",
                null,
                from1);
    }

    private static int index(List<Candidate> candidates, String id) {
        for (int j = 0; j < candidates.size(); j++) {
            if (candidates.get(j).id().equals(id)) {
                return j;
            }
        }
        throw new IllegalStateException("no candidate " + id);
    }

    /**
     * The second preferences counted for each finalist, as the published final totals (round 2) less their first
     * preferences; a final total below the first preferences is bad input naming the file.
     */
    private static ContestResult transfersFromFinals(
            Workspace ws,
            Election election,
            SingleWinnerContest contest,
            List<Candidate> candidates,
            double[] first,
            ContestResult finals) {
        Map<String, Long> transfers = new LinkedHashMap<>();
        for (Map.Entry<String, Long> f : finals.votes().entrySet()) {
            long firstPrefs = (long) first[index(candidates, f.getKey())];
            if (f.getValue() < firstPrefs) {
                throw new BadInputException(String.format(
                        Locale.ROOT,
                        "%s: %s %s round 2: %s's final total %,d is below their %,d first preferences",
                        ws.results().filesOf(election, contest.id(), "2"),
                        election.id(),
                        contest.id(),
                        f.getKey(),
                        f.getValue(),
                        firstPrefs));
            }
            transfers.put(f.getKey(), f.getValue() - firstPrefs);
        }
        return new ContestResult(finals.election(), finals.contest(), transfers, true, List.of(), finals.sources());
    }
}
