package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.aggregate.AggregateFixtures.average;
import static org.pollcast.aggregate.AggregateFixtures.election;
import static org.pollcast.aggregate.AggregateFixtures.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;

/**
 * Five polls by three firms that happen to agree on a candidate within a fifth of a point (the Finnish trial's Centre
 * Party: 14.1, 14.0, 13.9, ... in its 2019 polls) measure almost no spread between polls, and the house effects on
 * that candidate came out ±0.15 points (90%), a tenth of one 1,000-voter poll's sampling error. The spread the effects'
 * errors use is never below the polls' own sampling variance.
 */
class HouseEffectSamplingFloorTest {
    private static final Election E = election("london-2012");

    private static Poll of(String firm, int day, double johnson, double livingstone, double paddick) {
        return poll(
                E.id(),
                firm,
                null,
                LocalDate.of(2012, 4, day),
                1000,
                Map.of(
                        "johnson",
                        johnson,
                        "livingstone",
                        livingstone,
                        "paddick",
                        paddick,
                        "other",
                        100 - johnson - livingstone - paddick));
    }

    @Test
    void pollsAgreeingMoreCloselyThanSamplingAllowsDoNotMakeAnEffectExact() {
        List<Poll> polls = List.of(
                of("Pollster A", 10, 43, 41, 14.1),
                of("Pollster B", 12, 45, 38, 14.0),
                of("Pollster C", 14, 42, 42, 13.9),
                of("Pollster A", 20, 46, 39, 14.0),
                of("Pollster B", 22, 44, 40, 14.1));
        PollAverage a = average(E, polls, LocalDate.of(2012, 4, 25), AggregateSettings.withDefaults());
        // One poll's sampling standard deviation at 14% of 1,000 is 1.1 points; an effect resting on a firm's one or
        // two polls, centred against the others, cannot be known to a tenth of that.
        assertThat(a.houseEffects())
                .filteredOn(e -> e.option().equals("paddick"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.high90() - e.low90()).isGreaterThan(1.0));
    }
}
