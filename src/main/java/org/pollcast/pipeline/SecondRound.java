package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollingBlackout;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.MayorForecast;

/**
 * A two-round election between its rounds: the first round is counted, so what is left to forecast is the second, a
 * race of the two finalists on a later day whose votes are cast afresh. It is forecast as an election of its own, held
 * on the second round's day, of the two finalists, from the polls that asked that pair (the run-off polls, dated
 * before the first round or after it), each read as a poll of the two with its undecided left out. The model is the
 * first round's (the average with house effects, the shared polling error, the drift to polling day), so the second
 * round is as sure as its polls, not as sure as the first round's counted votes.
 *
 * <p>Before, a forecast dated after the first round was refused ("after election day"), and the second round's polls
 * could not be stored: a poll dated after the election's day was refused.
 *
 * @param election the second round as an election: the same id, held on the second round's day, no baseline
 * @param contest  the two finalists, counted by the most votes
 * @param first    the counted first round
 * @param firstDay the first round's day
 */
record SecondRound(Election election, SingleWinnerContest contest, ContestResult first, LocalDate firstDay) {

    /**
     * The second round of {@code e} as of {@code asOf}, when {@code e}'s lead is counted in two rounds and
     * {@code asOf} falls after its first; empty otherwise. Refused when the first round's result is not in data/results
     * (the finalists follow from it), when it elected someone outright, or when {@code asOf} is after the second round.
     */
    static Optional<SecondRound> asOf(Workspace ws, Election e, LocalDate asOf) {
        Optional<SingleWinnerContest> lead = e.lead().filter(c -> c.system() == VotingSystem.TWO_ROUND);
        if (lead.isEmpty() || !asOf.isAfter(e.date())) {
            return Optional.empty();
        }
        SingleWinnerContest contest = lead.get();
        if (asOf.isAfter(contest.secondRound())) {
            throw new RequestException(
                    "as-of", asOf + " is after " + e.id() + "'s second round (" + contest.secondRound() + ")");
        }
        ContestResult first = ws.results()
                .firstPreferences(e, contest.id())
                .flatMap(r -> settlesThePair(r)
                        .or(() -> settledByTheCount(r, ws.results().finalRound(e, contest.id()), contest)))
                .orElseThrow(() -> new RequestException(
                        "as-of",
                        asOf + " is after " + e.id() + "'s first round (" + e.date() + "), whose complete result is"
                                + " not in data/results: the second round's pair follows from it (round 1 of "
                                + e.series() + "_mayor_results.csv: every candidate's votes, or the leading"
                                + " candidates' and an 'Others' line holding fewer votes than the runner-up); forecast"
                                + " the first round with --as-of " + e.date().minusDays(1) + " or earlier"));
        Map<String, Double> shares = first.shares();
        List<String> top = leadingTwo(first, contest);
        if (top.size() < 2) {
            throw new RequestException(
                    "as-of",
                    e.id() + "'s first round in data/results names fewer than two of its candidates, so its second"
                            + " round's pair cannot be told");
        }
        if (contest.electsInFirstRound(shares.get(top.get(0)), shares.get(top.get(1)))) {
            throw new RequestException(
                    "as-of",
                    contest.nameOf(top.get(0)) + " was elected in " + e.id() + "'s first round (" + e.date() + ") with "
                            + String.format(Locale.ROOT, "%.1f%%", shares.get(top.get(0)))
                            + ": there was no second round to forecast");
        }
        Optional<String> left = contest.leftSecondRoundBy(top, asOf);
        if (left.isPresent()) {
            // Boston 2025: Josh Kraft took his name off the general election's ballot two days after the preliminary.
            throw new RequestException("as-of", unopposed(contest, top, left.get()) + ": there is no race to forecast");
        }
        List<Candidate> finalists =
                top.stream().map(id -> contest.candidate(id).orElseThrow()).toList();
        Election second = pairElection(e, contest.id(), finalists, contest.secondRound(), "second round");
        return Optional.of(
                new SecondRound(second, second.singleWinner(contest.id()).orElseThrow(), first, e.date()));
    }

    /**
     * "Josh Kraft withdrew from the second round on 2025-09-11: Michelle Wu stood unopposed on 2025-11-04", of the
     * first round's leading two {@code top}, {@code left} the one who withdrew.
     */
    static String unopposed(SingleWinnerContest contest, List<String> top, String left) {
        String other = top.get(0).equals(left) ? top.get(1) : top.get(0);
        return contest.nameOf(left) + " withdrew from the second round on "
                + contest.leftSecondRound().get(left) + ": " + contest.nameOf(other) + " stood unopposed on "
                + contest.secondRound();
    }

    /**
     * Why {@code e}'s second round, counted or not, is no race of two: a finalist withdrew from it (the definition's
     * {@code withdrew} after the first round); empty otherwise, or when the first round's count does not tell the pair.
     */
    static Optional<String> noRaceOfTwo(Workspace ws, Election e) {
        Optional<SingleWinnerContest> lead = e.lead().filter(c -> c.system() == VotingSystem.TWO_ROUND);
        if (lead.isEmpty() || lead.get().leftSecondRound().isEmpty()) {
            return Optional.empty();
        }
        SingleWinnerContest contest = lead.get();
        return ws.results().firstPreferences(e, contest.id()).flatMap(first -> {
            List<String> top = leadingTwo(first, contest);
            return top.size() < 2
                    ? Optional.empty()
                    : contest.leftSecondRoundBy(top, contest.secondRound()).map(left -> unopposed(contest, top, left));
        });
    }

    /**
     * {@code e} as a vote of {@code finalists} alone on {@code day}, its contest a first-past-the-post race of the two
     * under {@code contest}'s id, named "{@code e}'s name, {@code round}": a second round, or a count's final round
     * ({@link FinalRoundAccuracy}), scored and averaged as a first round is.
     */
    static Election pairElection(Election e, String contest, List<Candidate> finalists, LocalDate day, String round) {
        SingleWinnerContest pair =
                new SingleWinnerContest(contest, VotingSystem.FPTP, finalists, List.of(), EnumSet.of(Scope.FIRST_PREF));
        return new Election(
                e.id(),
                e.name() + ", " + round,
                day,
                null,
                e.parties(),
                Map.of(pair.id(), pair),
                e.source(),
                e.area(),
                e.office(),
                e.notes(),
                e.pollingBlackoutDays());
    }

    /** A two-round election's second round with its count, which gives votes to both of the pair. */
    record Counted(SecondRound round, ContestResult count) {}

    /**
     * {@code e}'s second round with its count in data/results, for scoring a forecast or a poll against it; empty for
     * another system, a second round not counted, or a first round that elected someone or does not settle the pair.
     * A count that gives no votes to one of the pair is empty too, and {@code notThePair} is told why ({@link
     * #notThePairs}). What the backtest and pollster-accuracy both ask, each as the other did.
     */
    static Optional<Counted> counted(Workspace ws, Election e, Consumer<String> notThePair) {
        Optional<SingleWinnerContest> lead = e.lead().filter(c -> c.system() == VotingSystem.TWO_ROUND);
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> unopposed = noRaceOfTwo(ws, e);
        if (unopposed.isPresent()) {
            notThePair.accept(unopposed.get() + ", so there is no race of two to score");
            return Optional.empty();
        }
        Optional<ContestResult> count = ws.results().finalRound(e, lead.get().id());
        Optional<SecondRound> second = SecondRound.ifAny(ws, e, lead.get().secondRound());
        if (count.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        String why = second.get().notThePairs(count.get());
        if (why != null) {
            notThePair.accept(why);
            return Optional.empty();
        }
        return Optional.of(new Counted(second.get(), count.get()));
    }

    /**
     * {@code r} where it tells the finalists: a complete count, whose Others line, when it holds candidates with no count
     * of their own ({@link ContestResult#lumped}: an infobox's count, Chicago 2019's nine named of fourteen), holds
     * fewer votes than the runner-up, so none of them can have reached the second round. A result missing a
     * candidate's row is not complete ({@code ResultsCatalog} decides), and tells no pair.
     */
    static Optional<ContestResult> settlesThePair(ContestResult r) {
        return r.complete() && r.lumpedBelow(2) ? Optional.of(r) : Optional.empty();
    }

    /**
     * {@code first}, complete but with an Others line as large as its runner-up, when the second round's count names
     * the first round's two leading named candidates: the count says who the finalists were, which the Others line
     * could not (Ecuador 2023: six candidates' 26.6% in one line, Noboa second with 23.5%, and the run-off Noboa v
     * González). Before, the forecast between the rounds was refused though the pair was in data/results.
     */
    static Optional<ContestResult> settledByTheCount(
            ContestResult first, Optional<ContestResult> count, SingleWinnerContest contest) {
        if (!first.complete() || count.isEmpty()) {
            return Optional.empty();
        }
        Set<String> pair = count.get().votes().entrySet().stream()
                .filter(x -> x.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> leaders = Set.copyOf(leadingTwo(first, contest));
        return pair.size() == 2 && pair.equals(leaders) ? Optional.of(first) : Optional.empty();
    }

    /**
     * The two candidates of {@code contest} with the most votes in {@code first}, the leader first (fewer where it names
     * fewer). The finalists are candidates: a results file's "Others" line (many candidates' votes together) may outpoll
     * the runner-up, and taken for a finalist it stopped the forecast with an internal error.
     */
    static List<String> leadingTwo(ContestResult first, SingleWinnerContest contest) {
        return first.shares().entrySet().stream()
                .filter(x -> contest.candidate(x.getKey()).isPresent())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The second round of {@code e} as of {@code asOf} where there is one to forecast, else empty, never refused: a
     * one-round election, a date before the first round's or after the second's, a first round whose count is not in
     * data/results or that elected someone outright. What the average, the race over time and the default as-of ask;
     * the forecast itself asks {@link #asOf}, which says why there is none.
     */
    static Optional<SecondRound> ifAny(Workspace ws, Election e, LocalDate asOf) {
        try {
            return asOf(ws, e, asOf);
        } catch (RequestException none) {
            return Optional.empty();
        }
    }

    /**
     * The polls of the pair among {@code all} dated by {@code asOf}, each as a first-preference poll of the second
     * round, its shares the two's split (a poll's undecided, published beside them, is no option of a race of two):
     * those dated after the first round, or, with none yet, those asked before it.
     */
    List<Poll> polls(List<Poll> all, LocalDate asOf) {
        boolean afterOnly = all.stream().anyMatch(p -> used(p, asOf, true));
        return all.stream()
                .filter(p -> used(p, asOf, afterOnly))
                .map(this::asSecondRound)
                .toList();
    }

    /** As {@link #polls(List, LocalDate)}, for the report's polls, each keeping its row id and provenance. */
    List<StoredPoll> stored(List<StoredPoll> all, LocalDate asOf) {
        boolean afterOnly = all.stream().anyMatch(sp -> used(sp.poll(), asOf, true));
        return all.stream()
                .filter(sp -> used(sp.poll(), asOf, afterOnly))
                .map(sp -> new StoredPoll(sp.id(), asSecondRound(sp.poll()), sp.provenance()))
                .toList();
    }

    /**
     * Whether {@code p} is a run-off poll of the two finalists dated by {@code asOf} (and after the first round, with
     * {@code afterOnly}). Before the first round a poll of the pair asked of a match-up while every candidate still
     * stood; once the second round's own polls exist, they alone say how its voters divide.
     */
    private boolean used(Poll p, LocalDate asOf, boolean afterOnly) {
        return p.contest().equals(contest.id())
                && p.scope() == Scope.RUNOFF
                && named(p).equals(finalists())
                && p.knownBy(asOf)
                && (!afterOnly || askedAfterTheFirstRound(p, firstDay));
    }

    /**
     * Whether {@code p} was asked once the first round of {@code firstDay} was over: dated after that day, or asked on
     * it alone, the evening the count named the finalists. France's pollsters polled the pair that evening (Ifop 51 to
     * 49, Ipsos 54 to 46, Elabe 52 to 48 on 10 April 2022); dated the first round's day, they were read as asked while
     * every candidate stood and left out, and the forecast of 11 April rested on one poll where it had six. A poll
     * dated that day whose fieldwork began before it was asked, at least in part, before the count.
     */
    static boolean askedAfterTheFirstRound(Poll p, LocalDate firstDay) {
        if (p.date().isAfter(firstDay)) {
            return true;
        }
        LocalDate start = p.fieldworkStart() != null ? p.fieldworkStart() : p.date();
        return p.date().equals(firstDay) && !start.isBefore(firstDay);
    }

    /**
     * How many of the pair's polls among {@code all} were asked before the first round and are not among {@code used}:
     * none while {@code used} are those before it (with no poll of the second round yet).
     */
    int leftOut(List<Poll> all, List<Poll> used) {
        return used.stream().allMatch(p -> askedAfterTheFirstRound(p, firstDay))
                ? (int) pairPolls(all).stream()
                        .filter(p -> !askedAfterTheFirstRound(p, firstDay))
                        .count()
                : 0;
    }

    /** The pair in words: "Emmanuel Macron v Marine Le Pen". */
    String pairWords() {
        return contest.candidates().get(0).name() + " v "
                + contest.candidates().get(1).name();
    }

    /** Every run-off poll of the finalists among {@code all}, whenever dated. */
    List<Poll> pairPolls(List<Poll> all) {
        return all.stream().filter(p -> used(p, LocalDate.MAX, false)).toList();
    }

    private Poll asSecondRound(Poll p) {
        return pairSplit(p, finalists(), contest.id());
    }

    /**
     * {@code p}, a poll naming both of {@code pair}, as a first-preference poll of {@code contest} between the two: their
     * shares of the two's total (its undecided and others left out). A second round's polls, and a count's final
     * round's ({@link FinalRoundAccuracy}), are read so.
     */
    static Poll pairSplit(Poll p, Set<String> pair, String contest) {
        double sum = pair.stream().mapToDouble(id -> p.shares().get(id)).sum();
        Map<String, Double> split = new LinkedHashMap<>();
        for (String id : p.shares().keySet()) {
            if (pair.contains(id)) {
                split.put(id, 100 * p.shares().get(id) / sum);
            }
        }
        return p.withShares(split).asQuestionOf(contest, Scope.FIRST_PREF);
    }

    /**
     * Why {@code counted}, a results file's second round, cannot be set beside a forecast of the pair: it gives no
     * votes to one of the two the first round named (a row lost from the file, or a count of another pair), or null
     * when it gives both theirs. Scored anyway, the pair's forecast met a count of one candidate and the backtest and
     * pollster-accuracy stopped with an internal error.
     */
    String notThePairs(ContestResult counted) {
        List<String> missing = contest.candidates().stream()
                .filter(c -> !(counted.votes().getOrDefault(c.id(), 0L) > 0))
                .map(Candidate::name)
                .toList();
        if (missing.isEmpty()) {
            return null;
        }
        return "the second round's count in data/results gives no votes to " + String.join(" or ", missing)
                + ", though the first round's put " + pairWords() + " through; it names "
                + (counted.votes().isEmpty()
                        ? "nobody"
                        : String.join(", ", counted.votes().keySet()));
    }

    private Set<String> finalists() {
        return Set.of(
                contest.candidates().get(0).id(), contest.candidates().get(1).id());
    }

    /**
     * What the forecast's source note says first: the counted first round, and the polls the second round's forecast
     * rests on: {@code used} polls of the pair, and {@code leftOut} asked before the first round and not used.
     */
    String note(List<Poll> used, int leftOut) {
        return note(used, leftOut, "forecasts");
    }

    /**
     * "; 1 poll dated inside the 14-day polling blackout is not counted before polling day (2021-12-19), ...", naming
     * the pair's polls its blackout keeps out as of {@code asOf} ({@link PollingBlackout#heldBackNote}), or "" with
     * none: they never reach {@link #polls}, so the average's own note cannot name them.
     */
    String heldBack(List<Poll> all, LocalDate asOf) {
        List<Poll> pair = all.stream()
                .filter(p ->
                        p.contest().equals(contest.id()) && p.scope() == Scope.RUNOFF && named(p).equals(finalists()))
                .toList();
        return PollingBlackout.heldBackNote(election, pair, contest.id(), Scope.RUNOFF, asOf)
                .map(n -> "; " + n)
                .orElse("");
    }

    /** As {@link #note(List, int)}, saying what this does with the second round ("forecasts", "averages"). */
    String note(List<Poll> used, int leftOut, String does) {
        Map<String, Double> shares = first.shares();
        boolean after = used.stream().allMatch(p -> askedAfterTheFirstRound(p, firstDay));
        return String.format(
                        Locale.ROOT,
                        MayorForecast.SECOND_ROUND + "%s: the first round (%s) is counted, %s %.1f%% and %s %.1f%%, so"
                                + " this %s the second round alone, from the %s of the two",
                        election.date(),
                        firstDay,
                        contest.candidates().get(0).name(),
                        shares.get(contest.candidates().get(0).id()),
                        contest.candidates().get(1).name(),
                        shares.get(contest.candidates().get(1).id()),
                        does,
                        org.pollcast.Counted.of(used.size(), "poll", "polls"))
                + (after ? " dated after it" : ", every one asked before it while every candidate stood")
                + ", their undecided left out"
                + (leftOut == 0
                        ? ""
                        : " (" + leftOut + " asked before the first round, when every candidate stood, "
                                + (leftOut == 1 ? "is" : "are") + " left out)");
    }

    /** The options {@code p} names, its "other" aside: a run-off poll's pair. */
    static Set<String> named(Poll p) {
        return p.shares().keySet().stream()
                .filter(id -> !id.equals(Option.OTHER))
                .collect(java.util.stream.Collectors.toSet());
    }
}
