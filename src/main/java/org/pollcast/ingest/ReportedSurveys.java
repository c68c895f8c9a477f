package org.pollcast.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A page's report of a survey stored before from a table: a news page gives a firm's figures with no fieldwork dates,
 * dated by its publication, where a table gave the same figures with the days the firm asked. Under its publication
 * date it has a key of its own, and the same survey counted twice in the average (the Senedd 2026 trial: Nation.Cymru's
 * report of YouGov's poll of 25–29 November 2024, published 1 December, beside the table's row). Such a poll is the
 * stored one: the same election, contest, firm and shares, its fieldwork ended on or within {@value #MOST_DAYS} days
 * before the report, and no client, population or ballot the page gives that the stored poll contradicts (a firm's
 * tracker may repeat its figures within weeks, for another client or another population). Asked only of pages about
 * a survey or a few ({@link PollFormat#reportsFewPolls}); the stored polls are read once an election per ingest.
 */
final class ReportedSurveys {
    /** The most days between a survey's last day of fieldwork and a report of it. */
    static final int MOST_DAYS = 10;

    private final PollStore store;
    private final Map<String, List<StoredPoll>> byElection = new HashMap<>();

    ReportedSurveys(PollStore store) {
        this.store = store;
    }

    /** The stored survey {@code poll} reports, if it is dated only by its publication and one matches. */
    Optional<StoredPoll> storedAs(Poll poll) {
        if (store == null || poll.fieldworkEnd() != null || poll.published() == null) {
            return Optional.empty();
        }
        List<StoredPoll> stored = byElection.computeIfAbsent(poll.election(), e -> store.polls(PollQuery.of(e)));
        return stored.stream().filter(s -> reports(s.poll(), poll)).findFirst();
    }

    static boolean reports(Poll stored, Poll report) {
        return stored.fieldworkEnd() != null
                && stored.contest().equals(report.contest())
                && stored.pollster().equals(report.pollster())
                && !stored.fieldworkEnd().isAfter(report.published())
                && !stored.fieldworkEnd().isBefore(report.published().minusDays(MOST_DAYS))
                && stored.shares().equals(report.shares())
                // What the page says of its poll that the stored one contradicts makes it another survey (review: a
                // firm's poll of registered voters for another client, with the same figures as its earlier one of
                // likely voters, was counted as that one).
                && agree(stored.client(), report.client())
                && agree(stored.population(), report.population())
                && (stored.scope() == report.scope()
                        || stored.scope() == Scope.UNSPECIFIED
                        || report.scope() == Scope.UNSPECIFIED);
    }

    /** Two values that do not contradict: equal, or either not given. */
    private static boolean agree(String a, String b) {
        return a == null || b == null || a.isBlank() || b.isBlank() || a.equalsIgnoreCase(b);
    }
}
