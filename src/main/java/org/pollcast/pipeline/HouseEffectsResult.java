package org.pollcast.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;

/**
 * House effects and the average they come from.
 *
 * @param average   the polling average (its own house effects are relative to the average pollster)
 * @param reference "average" or "result"
 * @param effects   the effects relative to {@code reference}
 * @param publishedAs for each house whose averaged polls came out under other names, those names ("ComRes" →
 *                    ["Savanta ComRes"]); the effect is the house's, over all of them
 */
public record HouseEffectsResult(
        PollAverage average, String reference, List<HouseEffect> effects, Map<String, List<String>> publishedAs) {
    public HouseEffectsResult {
        effects = List.copyOf(effects);
        publishedAs = Collections.unmodifiableMap(new TreeMap<>(publishedAs));
    }
}
