package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.aggregate.HouseEffect;

/**
 * A house-effects chart needs something measured: london-2028's two polls, eight months apart, give every firm 0.0
 * with a wide interval, and the chart was whiskers about nothing. The report says why there is none instead.
 */
class HouseEffectsMeasuredTest {
    @Test
    void effectsAllZeroToTheTenthAreNoneMeasured() {
        assertThat(HouseEffectTables.anyMeasured(List.of(
                        new HouseEffect("Find Out Now", "lab", "average", 0.0, 1.0, 1),
                        new HouseEffect("ComRes", "lab", "average", -0.01, 1.0, 1))))
                .isFalse();
        assertThat(HouseEffectTables.anyMeasured(List.of(
                        new HouseEffect("YouGov", "lab", "average", 1.2, 0.8, 6),
                        new HouseEffect("ComRes", "lab", "average", -1.2, 0.9, 4))))
                .isTrue();
    }
}
