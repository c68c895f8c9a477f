package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.CalibrationResult;

/**
 * The calibration's verdict is said: the held-out scores' means, the chosen scales' against the defaults'. Without
 * it a new user read the in-sample "All elections: polling error 5.0" line as a recommendation to change the defaults
 * (figures as `backtest --calibrate` printed them for london-2000 and london-2008 on 4 December 2026).
 */
class CalibrationTextTest {
    private static String printed(double chosen2000, double chosen2008) {
        CalibrationResult r = new CalibrationResult(
                List.of(
                        new CalibrationResult.HeldOut("london-2000", 3, 0.1, chosen2000, 6, 3.647, 25),
                        new CalibrationResult.HeldOut("london-2008", 6, 0.1, chosen2008, 6, 2.566, 100)),
                0.25,
                new CalibrationResult.GridScore(5, 0.1, Double.NaN, 2.757),
                new CalibrationResult.GridScore(Double.NaN, Double.NaN, 100, 3.061),
                List.of(),
                List.of(),
                List.of());
        StringWriter out = new StringWriter();
        CalibrationText.print(r, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void theHeldOutMeansSayWhetherToKeepTheDefaults() {
        assertThat(printed(4.271, 2.563))
                .contains("Held out, on average: the chosen scales 3.417, the defaults 3.106: keep the defaults")
                .contains("All elections (in-sample): polling error 5.0");
        assertThat(printed(3.0, 2.5))
                .contains("the chosen scales 2.750, the defaults 3.106: choosing the scales beats");
    }
}
