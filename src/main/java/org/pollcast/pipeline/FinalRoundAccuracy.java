package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.RoundLabel;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;

/**
 * The final round of a count by preferences, scored as a first round is: each firm's last poll of the pair the count's
 * final round was between (a run-off question: London's Supplementary Vote polls of Khan v Goldsmith, Australia's
 * two-party-preferred headline, a ranked-choice survey's final two), in the final days, against the published final
 * round (round 2 of the Supplementary Vote; instant-runoff's last round, when two are left in it), under the label
 * "{@code id} (final round)". Pundits judge London's firms by their run-off and Australia's by their 2PP, and only the
 * first preferences were scored. A run-off poll of another pair than the count's final two asked a race that was never
 * counted, so it is not scored and a note says so. Each poll is read as the pair's split, its undecided left out, as a
 * second round's poll is ({@link SecondRound#pairSplit}).
 */
final class FinalRoundAccuracy {
    private FinalRoundAccuracy() {}

    /**
     * {@code e}'s final-round polls scored, nothing for a system with no count by preferences or a result with no final
     * pair; {@code leftOut} is told (label, why) when the pair was polled but not in the final days, and {@code unscored}
     * (label, note) of the final days' polls of other pairs.
     */
    static List<FinalPollError> score(
            ResultsCatalog results,
            Election e,
            SingleWinnerContest contest,
            List<Poll> polls,
            BiConsumer<String, String> leftOut,
            BiConsumer<String, String> unscored) {
        String label = RoundLabel.finalRound(e.id());
        Optional<ContestResult> count = count(results, e, contest);
        if (count.isEmpty()) {
            // A count published to a last round of three or more gives no pair: said, not silently dropped (review).
            if (contest.system() == VotingSystem.INSTANT_RUNOFF) {
                var later = results.laterRounds(e, contest.id());
                if (!later.isEmpty()) {
                    leftOut.accept(
                            label,
                            "the count's last published round (" + later.lastKey() + ") has "
                                    + later.get(later.lastKey()).votes().size()
                                    + " in: no final pair to score polls against");
                }
            }
            return List.of();
        }
        Set<String> pair = count.get().votes().entrySet().stream()
                .filter(x -> !x.getKey().equals(Option.OTHER) && x.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Candidate> finalists = count.get().topTwo().stream()
                .flatMap(id -> contest.candidate(id).stream())
                .toList();
        if (pair.size() != 2 || finalists.size() != 2 || !pair.equals(ids(finalists))) {
            // A count whose final round names someone the definition does not, or more or fewer than two, gives no
            // pair to set a poll against.
            leftOut.accept(
                    label,
                    "the count's final round names " + String.join(", ", pair) + ": no pair of the"
                            + " definition's candidates to score polls against");
            return List.of();
        }
        String pairWords = finalists.get(0).name() + " v " + finalists.get(1).name();
        List<Poll> runoffs = polls.stream()
                .filter(p -> p.contest().equals(contest.id())
                        && p.scope() == Scope.RUNOFF
                        && !p.date().isAfter(e.date()))
                .toList();
        LocalDate from = PollsterAccuracy.windowStart(e);
        List<Poll> ofPair = runoffs.stream()
                .filter(p -> SecondRound.named(p).equals(pair))
                .map(p -> SecondRound.pairSplit(p, pair, contest.id()))
                .toList();
        Election round = SecondRound.pairElection(e, contest.id(), finalists, e.date(), "final round");
        List<FinalPollError> scored = PollsterAccuracy.finalPolls(round, contest.id(), ofPair, count.get());
        if (scored.isEmpty() && !ofPair.isEmpty()) {
            leftOut.accept(
                    label,
                    "no poll of " + pairWords + " in the final " + PollsterAccuracy.FINAL_WINDOW_DAYS + " days"
                            + PollsterAccuracy.beforeBlackout(e));
        }
        Map<String, List<String>> otherPairs = new TreeMap<>();
        runoffs.stream()
                .filter(p -> !p.date().isBefore(from) && !SecondRound.named(p).equals(pair))
                .forEach(p -> otherPairs
                        .computeIfAbsent(p.publishedAs(), k -> new ArrayList<>())
                        .add(pairOf(contest, p)));
        if (!otherPairs.isEmpty()) {
            List<String> each = new ArrayList<>();
            otherPairs.forEach((firm, pairs) -> each.add(firm + " (" + String.join(", ", pairs) + ")"));
            unscored.accept(
                    label,
                    "run-off polls of another pair than the count's final two (" + pairWords + ") are not scored: "
                            + String.join("; ", each));
        }
        return scored.stream().map(f -> f.withElection(label)).toList();
    }

    /**
     * The published final round of {@code e}'s count between two: the Supplementary Vote's round 2, or instant-runoff's
     * last round when two are left in it. Empty for another system (a two-round election's second round is a vote of
     * its own, scored apart).
     */
    static Optional<ContestResult> count(ResultsCatalog results, Election e, SingleWinnerContest contest) {
        return switch (contest.system()) {
            case SUPPLEMENTARY_VOTE -> results.finalRound(e, contest.id());
            case INSTANT_RUNOFF -> results.lastPair(e, contest.id());
            default -> Optional.empty();
        };
    }

    private static Set<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::id).collect(Collectors.toSet());
    }

    /** "Khan v Whittle" for a poll's named options, by the contest's names. */
    private static String pairOf(SingleWinnerContest contest, Poll p) {
        return p.shares().keySet().stream()
                .filter(id -> !id.equals(Option.OTHER))
                .map(contest::nameOf)
                .collect(Collectors.joining(" v "));
    }
}
