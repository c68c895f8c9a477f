package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.BacktestRow;
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

    /**
     * A list vote or a first-past-the-post Mayor has no final round: with none among the elections, no concentration
     * is chosen, where the grid's first (25) stood in and a Scottish and Welsh calibration said it had chosen 25.
     */
    @Test
    void noFinalRoundChoosesNoTransferConcentration() {
        List<Calibration.Point> listVotes =
                List.of(point(25, row("scotland-2021", Double.NaN)), point(100, row("scotland-2021", Double.NaN)));
        assertThat(Calibration.concentration(listVotes, null)).isNaN();
        List<Calibration.Point> runoffs = List.of(
                point(25, row("london-2008", 1.4), row("scotland-2021", Double.NaN)),
                point(100, row("london-2008", 1.1), row("scotland-2021", Double.NaN)));
        assertThat(Calibration.concentration(runoffs, null)).isEqualTo(100);
        assertThat(Calibration.concentration(runoffs, "london-2008")).isNaN();
    }

    private static Calibration.Point point(double k, BacktestRow... rows) {
        return new Calibration.Point(Double.NaN, Double.NaN, k, List.of(rows));
    }

    private static BacktestRow row(String election, double finalLogScore) {
        return new BacktestRow(
                election, 7, "2021-04-29", "model", 5, "", 1, 0, Double.NaN, 0, 0, 0, 0, 0, 2, finalLogScore, 1, 0, 0);
    }
}
