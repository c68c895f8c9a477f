package org.pollcast.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ResultsCatalog;
import org.pollcast.store.PollStore;

/** Final-poll errors gathered over the catalogue's elections that have polls and complete results. */
final class AccuracyData {
    private AccuracyData() {
    }

    static List<FinalPollError> errors(CommonOptions common, PollStore store, List<Election> elections, PrintWriter err) {
        ResultsCatalog results = new ResultsCatalog(common.home(), common.catalog());
        List<FinalPollError> out = new ArrayList<>();
        for (Election e : elections) {
            Optional<SingleWinnerContest> mayor = e.first(SingleWinnerContest.class);
            if (mayor.isEmpty()) {
                continue;
            }
            Optional<ContestResult> result = results.firstPreferences(e, mayor.get().id());
            if (result.isEmpty() || !result.get().complete()) {
                continue;
            }
            out.addAll(PollsterAccuracy.finalPolls(e, mayor.get().id(), PollSource.polls(common, store, e, err), result.get()));
        }
        return out;
    }

    /** Pollster weights for {@code target} from elections strictly before it. */
    static Map<String, Double> weights(CommonOptions common, PollStore store, Election target, PrintWriter err) {
        List<Election> earlier = common.catalog().all().stream().filter(e -> e.date().isBefore(target.date())).toList();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        earlier.forEach(e -> dates.put(e.id(), e.date()));
        return PollsterAccuracy.weights(errors(common, store, earlier, err), target.date(), dates);
    }
}
