package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The spread of leans a constituency with no figures is given where no constituency result of the series measures
 * it ({@link ConstituencyBaselines#unmeasuredSpread}): an Assembly's shrinks with the share as {@code √(b(100 − b))}
 * (London's, unchanged); a body of single-member constituencies only has 10 points whatever the share, up to 1.5 times
 * the share (measured on Scotland's 2017 and 2019 general elections: 9.9 to 11.3 points for parties of 6.8% to 28.6%).
 */
class UnmeasuredLeanSpreadTest {
    @Test
    void anAssemblysSpreadShrinksWithTheShare() {
        assertThat(ConstituencyBaselines.unmeasuredSpread(50, false)).isCloseTo(10, within(1e-12));
        assertThat(ConstituencyBaselines.unmeasuredSpread(9.5, false))
                .isCloseTo(10 * Math.sqrt(9.5 * 90.5) / 50, within(1e-12));
    }

    @Test
    void aBodyOfConstituenciesOnlyKeepsTenPointsForSmallPartiesUpToOneAndAHalfTimesTheShare() {
        // The Liberal Democrats' 9.5% of 2019: their constituency shares spread 9.9 points about it; √(b(100 − b))
        // gave 5.9.
        assertThat(ConstituencyBaselines.unmeasuredSpread(9.5, true)).isCloseTo(10, within(1e-12));
        assertThat(ConstituencyBaselines.unmeasuredSpread(45, true)).isCloseTo(10, within(1e-12));
        // A 2% party leans 3 points, not 10.
        assertThat(ConstituencyBaselines.unmeasuredSpread(2, true)).isCloseTo(3, within(1e-12));
        assertThat(ConstituencyBaselines.unmeasuredSpread(0, true)).isZero();
        assertThat(ConstituencyBaselines.unmeasuredSpread(9.5, true))
                .isGreaterThan(ConstituencyBaselines.unmeasuredSpread(9.5, false));
    }
}
