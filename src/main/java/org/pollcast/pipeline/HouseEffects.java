package org.pollcast.pipeline;

import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;

/** Each pollster's house effect, relative to the average pollster or to the official result. */
public final class HouseEffects {
    private HouseEffects() {}

    public static HouseEffectsResult compute(Workspace ws, AverageRequest request, boolean relativeToResult) {
        PollAverage average = Averages.compute(ws, request);
        if (!relativeToResult || average.houseEffects().isEmpty()) {
            return new HouseEffectsResult(average, relativeToResult ? "result" : "average", average.houseEffects());
        }
        Election election = ws.catalog().resolve(request.election());
        ContestResult result = ws.results()
                .firstPreferences(election, average.contest())
                .orElseThrow(() -> new RequestException(
                        "reference",
                        election.id() + ": no result for " + average.contest()
                                + " in data/results; use the average as reference"));
        return new HouseEffectsResult(average, "result", Aggregator.relativeToResult(average, result));
    }
}
