package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pollcast.poll.PollKey;

/**
 * The aggregator's answer for one contest and scope at one date.
 *
 * @param shares       one estimate per option polled, {@code other} last; shares sum to 100
 * @param houseEffects relative to the average pollster (empty when fewer than two pollsters)
 * @param polls        polls used (dated on or before {@code asOf})
 * @param effectiveFirms how many firms the average rests on in effect, {@code (Σ W_h)² / Σ W_h²} with W_h the total
 *                     weight of firm h's polls at {@code asOf}: 1 when one firm carries it, the number of firms when
 *                     they weigh alike (NaN when no poll weighs anything). By the weights now, not the firms ever
 *                     polled: house effects taken out are centred on all of those, but an old poll's firm measured
 *                     its lean on an older race, and counting every firm alike fitted the trials' misses less well
 *                     (docs/calibration.md)
 * @param notes        what the reader must know: imputed sample sizes, options no poll reports, ...
 * @param trend        the daily trend (Kalman method only), else null
 * @param overlapping  the keys of a rolling tracker's releases left out because a newer release of the firm holds
 *                     their nights ({@link RollingReleases}): the report marks them "not averaged" from this, the
 *                     average's own list, not a second reckoning
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
        double effectiveFirms,
        List<String> notes,
        Trend trend,
        Set<PollKey> overlapping) {

    public PollAverage {
        shares = List.copyOf(shares);
        houseEffects = List.copyOf(houseEffects);
        notes = List.copyOf(notes);
        overlapping = Set.copyOf(overlapping);
    }

    /** This average with {@code note} before its own notes. */
    public PollAverage withNoteFirst(String note) {
        List<String> all = new java.util.ArrayList<>();
        all.add(note);
        all.addAll(notes);
        return new PollAverage(
                election,
                contest,
                scope,
                asOf,
                settings,
                shares,
                houseEffects,
                polls,
                pollsters,
                effectiveFirms,
                all,
                trend,
                overlapping);
    }

    public Optional<ShareEstimate> share(String option) {
        return shares.stream().filter(s -> s.option().equals(option)).findFirst();
    }
}
