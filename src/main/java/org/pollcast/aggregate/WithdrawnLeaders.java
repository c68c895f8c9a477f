package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.poll.Poll;

/**
 * Polls of a race led by someone who then withdrew, left out of the average. A withdrawn candidate's share is spread
 * over the others in proportion ({@link PollPanel}), which assumes their supporters are like everyone else's: fair for
 * a third candidate's few points (Rory Stewart's 2021 London polls), not for one of the two a poll was between. Joe
 * Biden's 2024 polls (Biden 38, Trump 41, Kennedy 15) spread so read Trump at 74%, and the average as of August,
 * of such polls only, gave him 77.8% of the national vote. A poll in which a withdrawn candidate led or ran second
 * (ties included) was of another race, and says nothing of how it splits once they are gone; the note names them.
 */
public final class WithdrawnLeaders {
    private WithdrawnLeaders() {}

    /**
     * {@code polls} less those in which a withdrawn candidate of {@code contest} is among the two largest shares named;
     * a note for each such candidate goes to {@code notes}.
     */
    static List<Poll> leaveOut(Contest contest, List<Poll> polls, List<String> notes) {
        if (!(contest instanceof SingleWinnerContest single)
                || single.withdrawn().isEmpty()) {
            return polls;
        }
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        List<Poll> kept = new ArrayList<>(polls.size());
        for (Poll p : polls) {
            WithdrawnCandidate leader = withdrawnLeader(single, p);
            if (leader == null) {
                kept.add(p);
            } else {
                leftOut.merge(leader.name(), 1, Integer::sum);
            }
        }
        leftOut.forEach((name, n) -> notes.add(name + " (withdrew) led or ran second in " + n
                + (n == 1 ? " poll" : " polls") + ", left out: a poll of a race between other people says nothing of"
                + " how it splits without them (their supporters cannot be assumed to split like everyone else's)"));
        return leftOut.isEmpty() ? polls : kept;
    }

    /**
     * Whether the average leaves {@code p} out as a poll of another race: a withdrawn candidate of {@code contest} led
     * it or ran second. The backtest asks, so that a date with only such polls is said to have none it can use.
     */
    public static boolean ledByWithdrawn(Contest contest, Poll p) {
        return contest instanceof SingleWinnerContest single && withdrawnLeader(single, p) != null;
    }

    /**
     * The polls the average of {@code contest} can use as of {@code asOf}: its first preferences dated by then, less
     * those a withdrawn candidate led. The forecast, the backtest's counts and baselines, the race over time and the
     * report's trend all ask this one question.
     */
    public static java.util.function.Predicate<Poll> averaged(Contest contest, LocalDate asOf) {
        return p -> p.contest().equals(contest.id())
                && p.scope() == Scope.FIRST_PREF
                && p.knownBy(asOf)
                && !ledByWithdrawn(contest, p);
    }

    /** The withdrawn candidate among the poll's two largest named shares, or null. */
    private static WithdrawnCandidate withdrawnLeader(SingleWinnerContest contest, Poll p) {
        List<Double> shares = p.shares().entrySet().stream()
                .filter(e -> !e.getKey().equals(Option.OTHER))
                .map(Map.Entry::getValue)
                .sorted(Comparator.reverseOrder())
                .toList();
        if (shares.size() < 2) {
            return null;
        }
        double second = shares.get(1);
        for (WithdrawnCandidate w : contest.withdrawn()) {
            Double s = p.shares().get(w.id());
            // Named at 0 beside one other candidate is no lead (review).
            if (s != null && s > 0 && s >= second) {
                return w;
            }
        }
        return null;
    }
}
