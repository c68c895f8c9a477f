package org.pollcast.backtest;

import java.util.List;

/**
 * Leave-one-election-out calibration of the error scales: per held-out election, then the scales chosen from all elections, the whole grid, and
 * the elections that could not be scored.
 */
public record CalibrationResult(
        List<HeldOut> heldOut,
        double defaultDrift,
        GridScore all,
        GridScore allConcentration,
        List<GridScore> grid,
        List<GridScore> concentrations,
        List<String> skipped) {
    public CalibrationResult {
        heldOut = List.copyOf(heldOut);
        grid = List.copyOf(grid);
        concentrations = List.copyOf(concentrations);
        skipped = List.copyOf(skipped);
    }

    /**
     * One held-out election: the scales chosen without it, and its score with them and with the defaults; {@code
     * defaultPolling} is its own default polling error (a list vote's is not a Mayor's).
     */
    public record HeldOut(
            String election,
            double polling,
            double drift,
            double heldOutScore,
            double defaultPolling,
            double defaultsScore,
            double concentration) {}

    /** A grid point's mean score over all elections; NaN components are not part of that grid. */
    public record GridScore(double polling, double drift, double concentration, double score) {}
}
