package org.pollcast.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;

/**
 * A definition's polling blackout ({@link Election#pollingBlackoutDays}) applied to its polls as they are read: a poll
 * dated inside the days before a polling day in which no poll may be published, with no exact publication day before
 * it, is known from that polling day ({@link Poll#heldBackUntil}). Chile's 2021 table prints Cadem's surveys of 16–19
 * and 20 November, the eve of the first round, published after the vote or only privately; counted "a day out", the
 * backtest, its baselines, {@code forecast --as-of} and the report's race history read figures no voter saw. A
 * second round has its own blackout before its own day; a poll dated on a polling day (an exit poll) is its own.
 */
public final class PollingBlackout {
    private PollingBlackout() {}

    /** {@code p}, held back until its polling day when dated inside that day's blackout. */
    public static Poll apply(Election e, Poll p) {
        int days = e.pollingBlackoutDays();
        if (days == 0) {
            return p;
        }
        LocalDate day = p.date().isAfter(e.date()) ? e.lastPollDay() : e.date();
        boolean inside = p.date().isBefore(day) && !p.date().isBefore(day.minusDays(days));
        boolean publishedBefore = p.exactlyPublished() && p.published().isBefore(day);
        return inside && !publishedBefore ? p.heldBackUntil(day) : p;
    }

    /**
     * Which polls of {@code contest} and {@code scope}, dated by {@code asOf}, their blackout keeps out of a forecast
     * as of that day, in words ("2 polls dated inside the 14-day polling blackout are not counted before polling day
     * (2021-11-21), as the law forbade publishing them in the country before the vote: Cadem (dated 2021-11-19), ..."); empty with none.
     */
    public static Optional<String> heldBackNote(
            Election e, List<Poll> polls, String contest, Scope scope, LocalDate asOf) {
        List<Poll> held = polls.stream()
                .filter(p -> p.contest().equals(contest)
                        && p.scope() == scope
                        && p.heldBack()
                        && !p.date().isAfter(asOf)
                        && !p.knownBy(asOf))
                .toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = held.stream()
                .map(p -> p.publishedAs() + " (dated " + p.date() + ")")
                .distinct()
                .toList();
        LocalDate day =
                held.stream().map(Poll::heldUntil).min(LocalDate::compareTo).orElseThrow();
        boolean one = named.size() == 1;
        return Optional.of(named.size() + (one ? " poll" : " polls") + " dated inside the "
                + (e.pollingBlackoutDays() > 0 ? e.pollingBlackoutDays() + "-day " : "") + "polling blackout "
                + (one ? "is" : "are") + " not counted before polling day (" + day + "), as " + why(one) + ": "
                + String.join(", ", named));
    }

    /**
     * Why a forecast made inside the blackout counts no newer poll, in words ("the 15-day polling blackout began on
     * 2022-09-10: no newer poll may be published in the country before polling day"); empty outside it, or where a poll
     * published inside it is counted. Italy's 2022 forecast a week out said only that its newest poll was 9 days old,
     * which read as a stale kit, not as the law's silence that every forecast of that week shared. The first round's
     * blackout only (measured from the election's {@code date}): a forecast between the rounds gets no such note.
     */
    public static Optional<String> silenceNote(Election e, LocalDate newest, LocalDate asOf) {
        int days = e.pollingBlackoutDays();
        LocalDate from = e.date().minusDays(days);
        if (days == 0 || !asOf.isBefore(e.date()) || asOf.isBefore(from) || !newest.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of("the " + days + "-day polling blackout began on " + from
                + ": no newer poll may be published in the country before polling day");
    }

    /**
     * Why a blackout's poll waits for polling day, in words shared by every note that names one: the law forbids
     * publishing it in the country, which is not to say no one did (Spain's were published through an Andorran paper).
     */
    public static String why(boolean one) {
        return "the law forbade publishing " + (one ? "it" : "them") + " in the country before the vote";
    }

    /** {@link #apply} to each poll. */
    public static List<Poll> apply(Election e, List<Poll> polls) {
        return e.pollingBlackoutDays() == 0
                ? polls
                : polls.stream().map(p -> apply(e, p)).toList();
    }

    /** {@link #apply} to each stored poll. */
    public static List<StoredPoll> applyStored(Election e, List<StoredPoll> polls) {
        return e.pollingBlackoutDays() == 0
                ? polls
                : polls.stream()
                        .map(s -> new StoredPoll(s.id(), apply(e, s.poll()), s.provenance()))
                        .toList();
    }
}
