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
 * @param modes     each house's mode (its averaged polls' stated method, as written: "Telephone", "Online"), or ""
 *                    where they state none or several: a firm's lean is its method's too, and by mode is how
 *                    a pundit reads it (2016's online polls level, its phone polls Remain ahead)
 */
public record HouseEffectsResult(
        PollAverage average,
        String reference,
        List<HouseEffect> effects,
        Map<String, List<String>> publishedAs,
        Map<String, String> modes) {
    public HouseEffectsResult {
        effects = List.copyOf(effects);
        publishedAs = Collections.unmodifiableMap(new TreeMap<>(publishedAs));
        modes = Collections.unmodifiableMap(new TreeMap<>(modes));
    }
}
