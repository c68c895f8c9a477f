package org.pollcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every scoring rule against values worked out by hand. */
class ScoresTest {
    private static Map<String, Double> m(Object... kv) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return out;
    }

    @Test
    void meanAbsoluteErrorOverCandidatesAtFivePercentOrMore() {
        // Actual A 43, B 37, C 10, D 4 (D under 5%: not scored). Forecast A 45, B 35, C 11, D 1.
        // |45-43| + |35-37| + |11-10| = 2 + 2 + 1 = 5, over 3 candidates = 5/3.
        assertThat(Scores.meanAbsoluteError(
                        m("a", 45, "b", 35, "c", 11, "d", 1), m("a", 43, "b", 37, "c", 10, "d", 4), 5))
                .isCloseTo(5.0 / 3, within(1e-12));
        // A candidate the forecast lacks counts as forecast 0.
        assertThat(Scores.meanAbsoluteError(m("a", 45), m("a", 43, "b", 37), 5))
                .isCloseTo((2 + 37) / 2.0, within(1e-12));
        // Others is not a candidate: a forecast that left it at 0 is not charged for it.
        assertThat(Scores.meanAbsoluteError(m("a", 45, "b", 35), m("a", 43, "b", 37, "other", 20), 5))
                .isCloseTo(2.0, within(1e-12));
    }

    @Test
    void leadError() {
        // Forecast lead 45 - 35 = 10; actual 43 - 37 = 6; error +4 (overstated the winner's lead).
        assertThat(Scores.leadError(m("a", 45, "b", 35), m("a", 43, "b", 37), "a", "b"))
                .isEqualTo(4.0);
    }

    @Test
    void brierScore() {
        // p = (0.7, 0.3), A wins: (0.7-1)^2 + 0.3^2 = 0.09 + 0.09 = 0.18.
        assertThat(Scores.brier(m("a", 0.7, "b", 0.3), "a")).isCloseTo(0.18, within(1e-12));
        // B wins: 0.7^2 + 0.7^2 = 0.98.
        assertThat(Scores.brier(m("a", 0.7, "b", 0.3), "b")).isCloseTo(0.98, within(1e-12));
        // Certain and right: 0; certain and wrong: 2.
        assertThat(Scores.brier(m("a", 1, "b", 0), "a")).isZero();
        assertThat(Scores.brier(m("a", 1, "b", 0), "b")).isEqualTo(2.0);
    }

    @Test
    void logLossIsFlooredAtOneInAMillion() {
        assertThat(Scores.logLoss(m("a", 0.8, "b", 0.2), "a")).isCloseTo(-Math.log(0.8), within(1e-12));
        assertThat(Scores.logLoss(m("a", 1, "b", 0), "b")).isCloseTo(-Math.log(1e-6), within(1e-9));
        assertThat(Scores.logLoss(m("a", 1, "b", 0), "a")).isEqualTo(0.0);
        assertThat(Double.toString(Scores.logLoss(m("a", 1, "b", 0), "a"))).isEqualTo("0.0"); // not -0.0
    }

    @Test
    void intervalsIncludeTheirEnds() {
        assertThat(Scores.inside(40, 38, 42)).isTrue();
        assertThat(Scores.inside(42, 38, 42)).isTrue();
        assertThat(Scores.inside(42.01, 38, 42)).isFalse();
    }

    @Test
    void logScoreOfAHistogram() {
        // 10 bins of 10 points; 100 draws: 50 in [40,50), 50 in [50,60). Actual 45 with a ±5 window takes the
        // bin at 45 (midpoint 45): density = 50/100 / 10 points = 0.05 per point; score -ln 0.05.
        long[] hist = new long[10];
        hist[4] = 50;
        hist[5] = 50;
        assertThat(Scores.logScore(hist, 0, 10, 45, 5)).isCloseTo(-Math.log(0.05), within(1e-12));
        // Far outside every draw: floored, not infinite.
        assertThat(Scores.logScore(hist, 0, 10, 95, 5)).isCloseTo(-Math.log(1e-6), within(1e-9));
    }
}
