package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;

/**
 * House effects and the average they come from.
 *
 * @param average   the polling average (its own house effects are relative to the average pollster)
 * @param reference "average" or "result"
 * @param effects   the effects relative to {@code reference}
 */
public record HouseEffectsResult(PollAverage average, String reference, List<HouseEffect> effects) {
    public HouseEffectsResult {
        effects = List.copyOf(effects);
    }
}
