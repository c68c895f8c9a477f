package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.LeadVote;
import org.pollcast.election.Option;
import org.pollcast.election.RoundLabel;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollingBlackout;
import org.pollcast.store.PollStore;

/** Final-poll errors gathered over the catalogue's elections that have polls and complete results. */
public final class AccuracyData {
    private AccuracyData() {}

    public static List<FinalPollError> errors(Workspace ws, List<Election> elections) {
        return score(ws, elections).finalPolls();
    }

    /** Every final poll of {@code elections} scored, each house's record, and why any election was left out. */
    public static AccuracyResult score(Workspace ws, List<Election> elections) {
        try (PollStore store = ws.openStore()) {
            Map<String, String> leftOut = new LinkedHashMap<>();
            Map<String, String> unscored = new LinkedHashMap<>();
            List<FinalPollError> errors = errors(ws, store, elections, leftOut, unscored, true);
            return new AccuracyResult(
                    errors,
                    PollsterAccuracy.summarise(errors),
                    PollsterAccuracy.summariseFinalRounds(errors),
                    resultShares(ws, elections),
                    leftOut,
                    unscored);
        }
    }

    static List<FinalPollError> errors(Workspace ws, PollStore store, List<Election> elections) {
        return errors(ws, store, elections, new LinkedHashMap<>(), new LinkedHashMap<>(), true);
    }

    private static List<FinalPollError> errors(
            Workspace ws,
            PollStore store,
            List<Election> elections,
            Map<String, String> leftOut,
            Map<String, String> unscored,
            boolean finalRounds) {
        ResultsCatalog results = ws.results();
        List<FinalPollError> out = new ArrayList<>();
        for (Election e : elections) {
            Optional<SingleWinnerContest> mayor = e.lead();
            if (mayor.isEmpty()) {
                leftOut.put(e.id(), "no single-winner contest");
                continue;
            }
            Optional<ContestResult> result =
                    results.firstPreferences(e, mayor.get().id());
            if (result.isEmpty()) {
                leftOut.put(e.id(), noResult(ws, e, mayor.get().id()));
                if (finalRounds) {
                    out.addAll(finalRoundAlone(ws, store, e, mayor.get(), leftOut, unscored));
                }
                continue;
            }
            if (!result.get().complete()) {
                // By name: "no count for johnson" in 2004 is Darren Johnson, whom a reader of ids takes for Boris.
                List<String> missing = result.get().missing().stream()
                        .map(id -> mayor.get().option(id).map(Option::name).orElse(id))
                        .toList();
                leftOut.put(e.id(), "result incomplete: no count for " + String.join(", ", missing));
                if (finalRounds) {
                    out.addAll(finalRoundAlone(ws, store, e, mayor.get(), leftOut, unscored));
                }
                continue;
            }
            List<Poll> polls = PollSource.polls(ws, store, e);
            List<FinalPollError> scored =
                    PollsterAccuracy.finalPolls(e, mayor.get().id(), polls, result.get());
            if (scored.isEmpty()) {
                leftOut.put(e.id(), noFinalPoll(e, mayor.get().id(), polls));
            } else {
                notLate(e, mayor.get().id(), polls, scored).ifPresent(n -> unscored.put(e.id(), n));
            }
            onPollingDay(e, mayor.get().id(), polls).ifPresent(n -> unscored.merge(e.id(), n, (a, b) -> a + "; " + b));
            inBlackout(
                            e,
                            polls.stream()
                                    .filter(p -> p.contest().equals(mayor.get().id()) && p.scope() == Scope.FIRST_PREF)
                                    .toList())
                    .ifPresent(n -> unscored.merge(e.id(), n, (a, b) -> a + "; " + b));
            out.addAll(scored);
            out.addAll(secondRound(ws, e, mayor.get(), polls, leftOut, unscored));
            if (finalRounds) {
                out.addAll(FinalRoundAccuracy.score(results, e, mayor.get(), polls, leftOut::put, unscored::put));
            }
        }
        return out;
    }

    /** Which polls were not scored for being begun on polling day itself ({@link PollsterAccuracy#begunOnPollingDay}). */
    private static Optional<String> onPollingDay(Election e, String contest, List<Poll> polls) {
        List<String> named = polls.stream()
                .filter(p -> p.contest().equals(contest) && p.scope() == Scope.FIRST_PREF)
                .filter(p -> PollsterAccuracy.begunOnPollingDay(e, p))
                .map(p -> p.publishedAs() == null ? p.pollster() : p.publishedAs())
                .distinct()
                .toList();
        return named.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", named) + (named.size() == 1 ? "'s poll" : "'s polls")
                        + " of polling day ("
                        + e.date() + ") not scored: fieldwork begun on polling day itself is an exit poll, not a final"
                        + " poll before the vote");
    }

    /**
     * Which firms' polls were not scored for being dated inside the polling blackout ({@link
     * PollsterAccuracy#inBlackout}), with their dates: the public could not read them before the vote.
     */
    private static Optional<String> inBlackout(Election e, List<Poll> polls) {
        List<String> named = polls.stream()
                .filter(p -> !p.date().isAfter(e.date()) && PollsterAccuracy.inBlackout(e, p))
                .map(p -> p.publishedAs() + "'s of " + p.date())
                .distinct()
                .toList();
        return named.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", named) + " not scored: dated inside the " + e.pollingBlackoutDays()
                        + "-day polling blackout, in which " + PollingBlackout.why(named.size() == 1));
    }

    /**
     * The final round of {@code e}'s count where its first preferences cannot be scored: the count's final pair is
     * published whole where a first round misses candidates' counts (London 2004's run-off, Livingstone v Norris), and
     * its polls are scored against it. Nothing, and no store read, where there is no such final round.
     */
    private static List<FinalPollError> finalRoundAlone(
            Workspace ws,
            PollStore store,
            Election e,
            SingleWinnerContest contest,
            Map<String, String> leftOut,
            Map<String, String> unscored) {
        if (FinalRoundAccuracy.count(ws.results(), e, contest).isEmpty()) {
            return List.of();
        }
        return FinalRoundAccuracy.score(
                ws.results(), e, contest, PollSource.polls(ws, store, e), leftOut::put, unscored::put);
    }

    /**
     * A two-round election's second round, scored as a first round is: each firm's last poll of the pair asked after the
     * first round, in the final days before the second round's, against its count, under the label "{@code id} (second
     * round)". France's, Poland's and Chicago's pollsters are judged on their run-off polls as much as on the first
     * round's, and only the first round was scored. Nothing for another system, or a second round not counted.
     */
    private static List<FinalPollError> secondRound(
            Workspace ws,
            Election e,
            SingleWinnerContest contest,
            List<Poll> polls,
            Map<String, String> leftOut,
            Map<String, String> unscored) {
        String label = RoundLabel.secondRound(e.id());
        Optional<SecondRound.Counted> counted = SecondRound.counted(ws, e, why -> leftOut.put(label, why));
        if (counted.isEmpty()) {
            return List.of();
        }
        SecondRound second = counted.get().round();
        List<Poll> pair = second.polls(polls, contest.secondRound()).stream()
                .filter(p -> SecondRound.askedAfterTheFirstRound(p, e.date()))
                .toList();
        List<FinalPollError> scored = PollsterAccuracy.finalPolls(
                second.election(), contest.id(), pair, counted.get().count());
        inBlackout(second.election(), pair).ifPresent(n -> unscored.merge(label, n, (a, b) -> a + "; " + b));
        if (scored.isEmpty()) {
            leftOut.put(
                    label,
                    pair.isEmpty()
                            ? "no poll of " + second.pairWords() + " after the first round"
                            : "no poll of " + second.pairWords() + " in the final " + PollsterAccuracy.FINAL_WINDOW_DAYS
                                    + " days" + PollsterAccuracy.beforeBlackout(second.election()));
        }
        return scored.stream().map(f -> f.withElection(label)).toList();
    }

    /** The firms that polled {@code e} but whose last poll came before the final days, with how far out it was. */
    private static Optional<String> notLate(Election e, String contest, List<Poll> polls, List<FinalPollError> scored) {
        Set<String> in = new HashSet<>();
        scored.forEach(f -> in.add(f.pollster()));
        Map<String, Poll> last = new TreeMap<>();
        byElectionDay(e, contest, polls)
                .filter(p -> !in.contains(p.pollster()))
                .forEach(p -> last.merge(p.pollster(), p, AccuracyData::later));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<String> each = new ArrayList<>();
        last.values().forEach(p -> each.add(p.publishedAs() + " (" + daysBefore(e, p) + " days before)"));
        return Optional.of("no poll in the final " + PollsterAccuracy.FINAL_WINDOW_DAYS + " days"
                + PollsterAccuracy.beforeBlackout(e) + " from " + String.join(", ", each));
    }

    /**
     * Why an election has no result to score against. An election led by its list vote (a parliament alone) names the
     * vote and the file it is read from: "no parliament-list result in data/results" named a contest id the definition
     * never wrote, and left a new user to guess which file to add.
     */
    private static String noResult(Workspace ws, Election e, String contest) {
        return e.leadVote()
                .map(v -> "no " + v.words() + " result for " + e.id() + " in "
                        + ws.home()
                                .results()
                                .resolve((v == LeadVote.LIST
                                                ? ResultFiles.Kind.ASSEMBLY_LIST_RESULTS
                                                : ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS)
                                        .fileName(e.series())))
                .orElse("no " + contest + " result in " + ws.home().results());
    }

    /**
     * Why an election with a complete result has no final poll: no polls at all, or none late enough. The polls are of
     * the lead's first preferences, or of the list vote (or the vote) that leads a parliament alone: a Scottish list
     * poll is no "first-preference" poll.
     */
    private static String noFinalPoll(Election e, String contest, List<Poll> polls) {
        String what = e.leadVote().map(v -> v.words() + " poll").orElse("first-preference poll");
        return byElectionDay(e, contest, polls)
                .reduce(AccuracyData::later)
                .map(p -> "no " + what + " in the final " + PollsterAccuracy.FINAL_WINDOW_DAYS
                        + " days" + PollsterAccuracy.beforeBlackout(e) + "; the last, " + p.publishedAs()
                        + "'s, is dated " + daysBefore(e, p)
                        + " days before")
                .orElse("no " + what + "s");
    }

    /**
     * The first-preference polls of {@code contest} dated by {@code e}'s election day, in the polls' order: those whose
     * last, a firm's or any, {@link #notLate} and {@link #noFinalPoll} tell of when no final poll was scored.
     */
    private static java.util.stream.Stream<Poll> byElectionDay(Election e, String contest, List<Poll> polls) {
        return polls.stream()
                .filter(p -> p.contest().equals(contest)
                        && p.scope() == Scope.FIRST_PREF
                        && !p.date().isAfter(e.date()));
    }

    /** The later-dated of two polls; on the same day the one listed first. */
    private static Poll later(Poll a, Poll b) {
        return b.date().isAfter(a.date()) ? b : a;
    }

    /** How many days before {@code e}'s election day {@code p} is dated. */
    private static long daysBefore(Election e, Poll p) {
        return ChronoUnit.DAYS.between(p.date(), e.date());
    }

    /**
     * Each election's official first-preference shares (complete results only), by election id; a two-round election's
     * second round and a count's final round of two under their labels.
     */
    public static Map<String, Map<String, Double>> resultShares(Workspace ws, List<Election> elections) {
        ResultsCatalog results = ws.results();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Election e : elections) {
            e.lead()
                    .flatMap(m -> results.firstPreferences(e, m.id()))
                    .filter(ContestResult::complete)
                    .ifPresent(r -> out.put(e.id(), r.shares()));
            e.lead()
                    .filter(m -> m.system() == VotingSystem.TWO_ROUND)
                    .flatMap(m -> results.finalRound(e, m.id()))
                    .ifPresent(r -> out.put(RoundLabel.secondRound(e.id()), r.shares()));
            e.lead()
                    .flatMap(m -> FinalRoundAccuracy.count(results, e, m))
                    .ifPresent(r -> out.put(RoundLabel.finalRound(e.id()), r.shares()));
        }
        return out;
    }

    /** Pollster weights for {@code target} from elections strictly before it. */
    static Map<String, Double> weights(Workspace ws, PollStore store, Election target) {
        List<Election> earlier = ws.catalog().all().stream()
                .filter(e -> e.date().isBefore(target.date()))
                .toList();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        // A second round's final polls are dated by its own day: without it they fell to no date and were dropped
        // from every forecast's weights without a word, though pollster-accuracy prints them (review).
        earlier.forEach(e -> {
            dates.put(e.id(), e.date());
            e.lead()
                    .filter(m -> m.system() == VotingSystem.TWO_ROUND)
                    .ifPresent(m -> dates.put(RoundLabel.secondRound(e.id()), m.secondRound()));
        });
        // A final round's poll is the same survey as the firm's first-preference poll, on the same ballots: its error
        // is no second draw of the firm's accuracy, and the weights stay those of the first preferences (and of a
        // two-round election's second round, a vote of its own). Not scored at all here, so that weighing reads no
        // polls of an election whose first round cannot be scored (London 2004).
        List<FinalPollError> scored = errors(ws, store, earlier, new LinkedHashMap<>(), new LinkedHashMap<>(), false);
        return PollsterAccuracy.weights(scored, target.date(), dates);
    }
}
