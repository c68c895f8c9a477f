package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The counted run-off's two shares, as live and the night's page print them. */
class LiveForecastPairSharesTest {
    /** London 2021's counted run-off (London Elects): 1,206,034 to 977,601, 55.2% to 44.8%, not 55.3 and 44.8. */
    @Test
    void countedRunOffSharesAddToOneHundred() {
        assertThat(LiveForecast.pairShares(1_206_034, 977_601)).containsExactly(55.2, 44.8);
        assertThat(LiveForecast.pairShares(977_601, 1_206_034)).containsExactly(44.8, 55.2);
        // Both halves round up on their own (50.05 and 49.95 → 50.1 and 50.0): the pair still adds to 100.
        double[] s = LiveForecast.pairShares(5_005, 4_995);
        assertThat(s[0] + s[1]).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
