package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A large party falling across the whole area falls in proportion in the list regions where it was weaker, and the
 * rest evenly where it was stronger: the regions' mean must fall as far as the whole area's share, or the regions
 * hand it list seats the whole-area forecast does not give it.
 */
class RegionFallTest {
    @Test
    void theRegionsMeanFallsAsFarAsTheWholeAreasShare() {
        double[] base = {12, 20, 30, 32};
        double area = 23.5;
        double now = 10.5;
        double weak = 12 + 20;
        double drop = AssemblyModel.fallingStrong(area, now, 4, weak, 2);
        double[] after = {12 * now / area, 20 * now / area, 30 - drop, 32 - drop};
        double mean = (after[0] + after[1] + after[2] + after[3]) / 4;
        assertThat(mean).isCloseTo(now, within(1e-12));
        // Where it was stronger it falls further than the uniform 13 points, as the weaker regions lose less.
        assertThat(drop).isGreaterThan(area - now);
        // With no weaker region it is the uniform fall.
        assertThat(AssemblyModel.fallingStrong(area, now, 2, 0, 2)).isCloseTo(area - now, within(1e-12));
    }
}
