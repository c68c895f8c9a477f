package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The aggregator's answer for one contest and scope at one date.
 *
 * @param shares       one estimate per option polled, {@code other} last; shares sum to 100
 * @param houseEffects relative to the average pollster (empty when fewer than two pollsters)
 * @param polls        polls used (dated on or before {@code asOf})
 * @param notes        what the reader must know: imputed sample sizes, options no poll reports, ...
 * @param trend        the daily trend (Kalman method only), else null
 */
public record PollAverage(
        String election,
        String contest,
        String scope,
        LocalDate asOf,
        AggregateSettings settings,
        List<ShareEstimate> shares,
        List<HouseEffect> houseEffects,
        int polls,
        int pollsters,
        List<String> notes,
        Trend trend) {

    public PollAverage {
        shares = List.copyOf(shares);
        houseEffects = List.copyOf(houseEffects);
        notes = List.copyOf(notes);
    }

    public Optional<ShareEstimate> share(String option) {
        return shares.stream().filter(s -> s.option().equals(option)).findFirst();
    }
}
