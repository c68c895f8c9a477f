package org.pollcast.report;

import java.time.LocalDate;
import java.util.List;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;

/**
 * {@code pollcast house-effects --format json}: one row per pollster and option, relative to {@code reference}
 * ({@code average}: the average pollster; {@code result}: the official result).
 */
public record HouseEffectsJson(
        String election, String contest, String scope, LocalDate asOf, String reference, List<Estimate> houseEffects) {

    public HouseEffectsJson {
        houseEffects = List.copyOf(houseEffects);
    }

    public static String write(PollAverage average, String reference, List<HouseEffect> effects) {
        return Json.write(new HouseEffectsJson(
                average.election(),
                average.contest(),
                average.scope(),
                average.asOf(),
                reference,
                Estimate.all(effects)));
    }

    /** One house effect in points with its 90% interval (also the {@code houseEffects} of the average's JSON). */
    public record Estimate(
            String pollster,
            String option,
            String reference,
            double estimate,
            double se,
            double low90,
            double high90,
            int polls) {

        static Estimate of(HouseEffect h) {
            return new Estimate(
                    h.pollster(), h.option(), h.reference(), h.estimate(), h.se(), h.low90(), h.high90(), h.polls());
        }

        static List<Estimate> all(List<HouseEffect> effects) {
            return effects.stream().map(Estimate::of).toList();
        }
    }
}
