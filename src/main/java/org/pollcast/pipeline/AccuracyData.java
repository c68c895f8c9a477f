package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.store.PollStore;

/** Final-poll errors gathered over the catalogue's elections that have polls and complete results. */
public final class AccuracyData {
    private AccuracyData() {}

    public static List<FinalPollError> errors(Workspace ws, List<Election> elections) {
        try (PollStore store = ws.openStore()) {
            return errors(ws, store, elections);
        }
    }

    static List<FinalPollError> errors(Workspace ws, PollStore store, List<Election> elections) {
        ResultsCatalog results = ws.results();
        List<FinalPollError> out = new ArrayList<>();
        for (Election e : elections) {
            Optional<SingleWinnerContest> mayor = e.lead();
            if (mayor.isEmpty()) {
                continue;
            }
            Optional<ContestResult> result =
                    results.firstPreferences(e, mayor.get().id());
            if (result.isEmpty() || !result.get().complete()) {
                continue;
            }
            out.addAll(PollsterAccuracy.finalPolls(e, mayor.get().id(), PollSource.polls(ws, store, e), result.get()));
        }
        return out;
    }

    /** Each election's official first-preference shares (complete results only), by election id. */
    public static Map<String, Map<String, Double>> resultShares(Workspace ws, List<Election> elections) {
        ResultsCatalog results = ws.results();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Election e : elections) {
            e.lead()
                    .flatMap(m -> results.firstPreferences(e, m.id()))
                    .filter(ContestResult::complete)
                    .ifPresent(r -> out.put(e.id(), r.shares()));
        }
        return out;
    }

    /** Pollster weights for {@code target} from elections strictly before it. */
    static Map<String, Double> weights(Workspace ws, PollStore store, Election target) {
        List<Election> earlier = ws.catalog().all().stream()
                .filter(e -> e.date().isBefore(target.date()))
                .toList();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        earlier.forEach(e -> dates.put(e.id(), e.date()));
        return PollsterAccuracy.weights(errors(ws, store, earlier), target.date(), dates);
    }
}
