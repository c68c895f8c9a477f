package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.report.Tables;
import org.pollcast.simulate.ShareInput;
import org.pollcast.store.PollStore;

/**
 * The trend between mayoral polls, read from the same city's Westminster voting-intention polls. Two years
 * before a mayoral election there may be one mayoral poll a year and a Westminster poll a month; when the
 * newest mayoral poll is months old, the change in the Westminster average since its date says which way
 * London has moved. The mayoral average is moved by {@value #WEIGHT} of that change, party by party.
 *
 * <p>Why half: a mayoral vote is partly personal (Khan ran ahead of Labour's Westminster share in 2016, behind
 * it in 2024), so it follows national moods less than one for one; the bundled data has no mayoral cycle with
 * both kinds of poll to learn the ratio from, so it is a stated prior, printed with every forecast it moves.
 * The Westminster polls never enter the mayoral average: only their change over time is used, and only polls
 * dated after the newest mayoral poll can move anything, so a survey that asked both questions (dated as its
 * mayoral poll, already in the mayoral average) is never counted twice: at most it is part of the anchor.
 *
 * @param change  points of Westminster share gained since {@code from}, by party
 * @param from    the newest mayoral poll's date (the anchor)
 * @param to      the as-of date
 * @param after   Westminster polls dated after the anchor that drive the change
 */
record WestminsterTrend(Map<String, Double> change, LocalDate from, LocalDate to, int after) {
    static final double WEIGHT = 0.5;

    WestminsterTrend {
        change = Map.copyOf(change);
    }

    /**
     * The trend since the newest of {@code mayoral}, or empty when nothing newer was polled. {@code sampleHints} are
     * the forecast's, as of {@code asOf} ({@link Averages#sampleHints}); the anchor's average asks for its own.
     */
    static Optional<WestminsterTrend> measure(
            Workspace ws,
            PollStore store,
            Election election,
            List<Poll> all,
            List<Poll> mayoral,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Integer> sampleHints) {
        Optional<Contest> westminster = election.contests().values().stream()
                .filter(c -> c.scopes().contains(Scope.WESTMINSTER))
                .findFirst();
        if (westminster.isEmpty() || mayoral.isEmpty()) {
            return Optional.empty();
        }
        String id = westminster.get().id();
        LocalDate anchor =
                mayoral.stream().map(Poll::date).max(LocalDate::compareTo).orElseThrow();
        List<Poll> polls = all.stream()
                .filter(p -> p.contest().equals(id) && p.scope() == Scope.WESTMINSTER && p.knownBy(asOf))
                .toList();
        // Known by now, and taken by the anchor: the opinion then, seen from today (Poll.asMeasured). A poll published
        // after the anchor left "then" and stayed in "now", and its difference read as a move since (review).
        List<Poll> before = polls.stream()
                .filter(p -> !p.date().isAfter(anchor))
                .map(Poll::asMeasured)
                .toList();
        List<Poll> after = polls.stream().filter(p -> p.date().isAfter(anchor)).toList();
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        PollAverage then = Averages.compute(
                ws, store, election, westminster.get(), Scope.WESTMINSTER, before, anchor, settings, sampleHints);
        List<Poll> upToNow = polls.stream()
                .filter(p -> !p.date().isAfter(anchor) || !sameSurvey(p, mayoral))
                .toList();
        PollAverage now = Averages.compute(
                ws, store, election, westminster.get(), Scope.WESTMINSTER, upToNow, asOf, settings, sampleHints);
        Map<String, Double> change = new LinkedHashMap<>();
        for (ShareEstimate s : now.shares()) {
            then.share(s.option()).ifPresent(t -> change.put(s.option(), s.share() - t.share()));
        }
        return Optional.of(new WestminsterTrend(change, anchor, asOf, after.size()));
    }

    private static boolean sameSurvey(Poll westminster, List<Poll> mayoral) {
        return mayoral.stream()
                .anyMatch(m ->
                        m.pollster().equals(westminster.pollster()) && m.date().equals(westminster.date()));
    }

    /** {@code in} with each party's candidate moved by {@link #WEIGHT} of its party's change, back to 100. */
    ShareInput apply(ShareInput in) {
        double[] mean = in.mean();
        double sum = 0;
        for (int j = 0; j < mean.length; j++) {
            String party = in.parties().get(j);
            Double d = party == null ? null : change.get(party);
            if (d != null) {
                mean[j] = Math.max(0.1, mean[j] + WEIGHT * d);
            }
            sum += mean[j];
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] *= 100 / sum;
        }
        String moves = change.entrySet().stream()
                .filter(e -> in.parties().contains(e.getKey()))
                .map(e -> e.getKey() + " " + Tables.signed(WEIGHT * e.getValue(), 1))
                .collect(Collectors.joining(", "));
        return in.withShares(
                mean,
                in.se(),
                String.format(
                        Locale.ROOT,
                        "; moved by half the Westminster polls' change since %s (%d newer %s): %s",
                        from,
                        after,
                        after == 1 ? "poll" : "polls",
                        moves));
    }
}
