package org.pollcast.aggregate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/** Helpers for aggregator tests: the bundled catalogue and hand-made polls. */
final class AggregateFixtures {
    static final DataHome HOME = new DataHome(Path.of("data"));
    static final ElectionCatalog CATALOG = new ElectionCatalog(HOME);

    private AggregateFixtures() {}

    static Election election(String id) {
        return CATALOG.resolve(id);
    }

    static Poll poll(
            String election, String pollster, String client, LocalDate end, Integer n, Map<String, Double> shares) {
        return PollBuilder.of(election, "mayor", Scope.FIRST_PREF, pollster)
                .client(client)
                .ended(end)
                .sample(n)
                .shares(shares)
                .build();
    }

    /** A poll that named only some options ({@code partial}), with its don't-knows where it printed them (else null). */
    static Poll partialPoll(
            String election, String pollster, LocalDate end, Map<String, Double> shares, Double dontKnow) {
        return PollBuilder.of(election, "mayor", Scope.FIRST_PREF, pollster)
                .client("DK")
                .ended(end)
                .sample(1000)
                .shares(shares)
                .dontKnow(dontKnow)
                .partial(true)
                .build();
    }

    static PollAverage average(Election e, List<Poll> polls, LocalDate asOf, AggregateSettings s) {
        return Aggregator.average(
                e, e.contest("mayor").orElseThrow(), Scope.FIRST_PREF, polls, asOf, s, Map.of(), Map.of());
    }
}
