package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pollcast.simulate.SimulationSettings;

/**
 * The polling error by how many firms an average rests on. The blind trials' backtests showed one flat error too narrow
 * on an average of one to three firms (90% ranges held 83%) and too wide on five or more (50% ranges held 61%): a
 * firm's own lean averages out only across firms.
 */
class FirmCountTest {
    @Test
    void theFactorIsOneAtTheReferenceCountAndFallsWithMoreFirms() {
        assertThat(new FirmCount(FirmCount.REFERENCE_FIRMS).factor()).isCloseTo(1, within(1e-12));
        // √((1 + 2) / (1 + 2/3)): an average of one firm carries all of that firm's lean
        assertThat(new FirmCount(1).factor()).isCloseTo(Math.sqrt(3 / (5.0 / 3)), within(1e-12));
        double previous = Double.POSITIVE_INFINITY;
        for (double f = 1; f <= 40; f += 0.5) {
            double factor = new FirmCount(f).factor();
            assertThat(factor).as("%s firms", f).isLessThan(previous);
            previous = factor;
        }
        // never narrower than the industry's shared miss alone
        assertThat(new FirmCount(1e9).factor()).isCloseTo(Math.sqrt(1 / (5.0 / 3)), within(1e-6));
        // under one firm in effect is one firm; unknown is no change
        assertThat(new FirmCount(0.4).factor()).isEqualTo(new FirmCount(1).factor());
        assertThat(new FirmCount(Double.NaN).factor()).isEqualTo(1);
    }

    @Test
    void theErrorIsScaledUnlessOneWasAskedFor() {
        SimulationSettings defaults = SimulationSettings.withDefaults();
        FirmCount one = new FirmCount(1);
        assertThat(one.applyTo(defaults, defaults).pollingErrorSd())
                .isCloseTo(defaults.pollingErrorSd() * one.factor(), within(1e-12));
        SimulationSettings asked = defaults.withPollingErrorSd(3);
        assertThat(one.applyTo(asked, asked).pollingErrorSd()).isEqualTo(3);
        assertThat(new FirmCount(Double.NaN).applyTo(defaults, defaults)).isSameAs(defaults);
    }

    @Test
    void theNoteSaysWhichWayAndWhy() {
        assertThat(new FirmCount(1).sentence(4, "party"))
                .isEqualTo("polling error 5.4 points for a 50% party, wider than the 4.0 of an average of 3 firms:"
                        + " this average rests on 1 firm in effect, and a firm's own lean averages out only across"
                        + " firms");
        assertThat(new FirmCount(1.0000001).sentence(4, "party")).contains("rests on 1 firm in effect");
        assertThat(new FirmCount(8).sentence(6, "candidate"))
                .isEqualTo("polling error 5.2 points for a 50% candidate, narrower than the 6.0 of an average of 3"
                        + " firms: this average rests on 8 firms in effect, and a firm's own lean averages out only"
                        + " across firms");
        assertThat(new FirmCount(6.44).sentence(6, "candidate")).contains("rests on 6.4 firms in effect");
        assertThat(new FirmCount(3).sentence(4, "party")).isNull();
    }
}
