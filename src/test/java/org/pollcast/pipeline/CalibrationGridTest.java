package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pollcast.simulate.SimulationSettings;

class CalibrationGridTest {
    @Test
    void theDefaultsAreAlwaysOnTheGrid() {
        assertThat(Calibration.withValue(new double[] {2, 3, 4}, 6)).containsExactly(2, 3, 4, 6);
        assertThat(Calibration.withValue(new double[] {2, 6, 8}, 6)).containsExactly(2, 6, 8);
        assertThat(Calibration.withValue(new double[] {2, 8}, 5.5)).containsExactly(2, 5.5, 8);
        SimulationSettings d = SimulationSettings.withDefaults();
        assertThat(Calibration.withValue(Calibration.POLLING, d.pollingErrorSd()))
                .contains(d.pollingErrorSd());
        assertThat(Calibration.withValue(Calibration.DRIFT, d.driftPerDay())).contains(d.driftPerDay());
    }
}
