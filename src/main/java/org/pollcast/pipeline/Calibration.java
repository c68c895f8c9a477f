package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.CalibrationResult;
import org.pollcast.election.Election;
import org.pollcast.simulate.SimulationSettings;

/**
 * Leave-one-election-out calibration of the error scales: for each election, the grid point that minimises
 * the mean log score on the other elections is chosen and then scored on the held-out one, so no election's
 * own result influences its own score. First preferences choose the polling error and drift; the final
 * round (Supplementary Vote) chooses the transfer concentration.
 */
public final class Calibration {
    public static final double[] POLLING = {2, 3, 4, 5, 6, 7, 8, 10};
    public static final double[] DRIFT = {0.1, 0.25, 0.5};
    public static final double[] CONCENTRATION = {25, 100, 400};

    private Calibration() {}

    record Point(double polling, double drift, double concentration, List<BacktestRow> rows) {
        /** Mean log score of the model rows of the elections that pass {@code include}; NaN when there are none. */
        double meanScore(Predicate<String> include, boolean finalRound) {
            double s = 0;
            int n = 0;
            for (BacktestRow r : rows) {
                double v = finalRound ? r.finalLogScore() : r.logScore();
                if (r.method().equals("model") && include.test(r.election()) && !Double.isNaN(v)) {
                    s += v;
                    n++;
                }
            }
            return n == 0 ? Double.NaN : s / n;
        }

        /** Excluding one election (none when {@code excluded} is null). */
        double score(String excluded, boolean finalRound) {
            return meanScore(e -> !e.equals(excluded), finalRound);
        }

        /** Only the held-out election. */
        double onlyHeld(String held, boolean finalRound) {
            return meanScore(held::equals, finalRound);
        }
    }

    public static CalibrationResult run(
            Workspace ws, List<Election> elections, List<Integer> horizons, long sims, long seed) {
        List<String> skipped = new ArrayList<>();
        // The polls and results do not depend on the scales: read them once, not once per grid point.
        List<BacktestRunner.Prepared> prepared = BacktestRunner.prepare(ws, elections, false, skipped);
        List<Point> grid = new ArrayList<>();
        SimulationSettings defaults = SimulationSettings.withDefaults();
        // The defaults are always a grid point, so "defaults" in the output are the defaults scored, never the
        // nearest grid point standing in for them (which once printed 3.0 while the default was 6). Each point is a
        // polling error set as given, for every election alike: the grid scores the defaults themselves, not a
        // forecast's, which moves them towards its series' record of misses (PollErrorRecord).
        double[] polling = withValue(
                withValue(POLLING, defaults.pollingErrorSd()),
                defaults.forListVote().pollingErrorSd());
        for (double p : polling) {
            for (double d : withValue(DRIFT, defaults.driftPerDay())) {
                grid.add(new Point(
                        p,
                        d,
                        Double.NaN,
                        BacktestRunner.score(
                                ws, prepared, horizons, sims, seed, new BacktestRunner.Scales(p, d, null))));
            }
        }
        // A concentration whose simulator settings equal a grid point's (the default polling error, drift and
        // concentration) gives the same rows: reuse them rather than simulate again.
        // (The prior is read, as each forecast reads it, only when there is something to forecast.)
        Double priorConcentration =
                prepared.isEmpty() ? null : ws.transferPrior().concentration();
        List<Point> kappa = new ArrayList<>();
        for (double k : CONCENTRATION) {
            BacktestRunner.Scales scales = new BacktestRunner.Scales(null, null, k);
            List<BacktestRow> rows = null;
            for (Point g : priorConcentration == null ? List.<Point>of() : grid) {
                if (effective(sims, seed, scales, priorConcentration)
                        .equals(effective(
                                sims,
                                seed,
                                new BacktestRunner.Scales(g.polling(), g.drift(), null),
                                priorConcentration))) {
                    rows = g.rows();
                    break;
                }
            }
            if (rows == null) {
                rows = BacktestRunner.score(ws, prepared, horizons, sims, seed, scales);
            }
            kappa.add(new Point(Double.NaN, Double.NaN, k, rows));
        }
        List<String> ids = grid.get(0).rows().stream()
                .filter(r -> r.method().equals("model"))
                .map(BacktestRow::election)
                .distinct()
                .toList();
        List<CalibrationResult.HeldOut> held = new ArrayList<>();
        for (String e : ids) {
            Point best = best(grid, e, false);
            // Each election against its own default: a list vote's polling error is not a Mayor's.
            boolean listLed = elections.stream().anyMatch(x -> x.id().equals(e) && (x.listLed() || x.partyVote()));
            double own = (listLed ? defaults.forListVote() : defaults).pollingErrorSd();
            Point def = grid.stream()
                    .filter(g -> g.polling() == own && g.drift() == defaults.driftPerDay())
                    .findFirst()
                    .orElseThrow();
            held.add(new CalibrationResult.HeldOut(
                    e,
                    best.polling(),
                    best.drift(),
                    best.onlyHeld(e, false),
                    own,
                    def.onlyHeld(e, false),
                    concentration(kappa, e)));
        }
        Point all = best(grid, null, false);
        Point k = best(kappa, null, true);
        return new CalibrationResult(
                held,
                defaults.driftPerDay(),
                new CalibrationResult.GridScore(all.polling(), all.drift(), Double.NaN, all.score(null, false)),
                new CalibrationResult.GridScore(
                        Double.NaN, Double.NaN, concentration(kappa, null), k.score(null, true)),
                grid.stream()
                        .map(g -> new CalibrationResult.GridScore(
                                g.polling(), g.drift(), Double.NaN, g.score(null, false)))
                        .toList(),
                kappa.stream()
                        .map(g -> new CalibrationResult.GridScore(
                                Double.NaN, Double.NaN, g.concentration(), g.score(null, true)))
                        .toList(),
                skipped.stream().distinct().toList());
    }

    /** {@code grid} with {@code value} added where it belongs, if it is not there already. */
    static double[] withValue(double[] grid, double value) {
        return java.util.stream.DoubleStream.concat(Arrays.stream(grid), java.util.stream.DoubleStream.of(value))
                .distinct()
                .sorted()
                .toArray();
    }

    /** The simulator settings a backtest with these scales runs with. */
    private static SimulationSettings effective(
            long sims, long seed, BacktestRunner.Scales scales, double priorConcentration) {
        ForecastRequest r = BacktestRunner.request(sims, seed, scales);
        return r.simulation()
                .withTransferConcentration(
                        r.transferConcentration() != null ? r.transferConcentration() : priorConcentration);
    }

    /**
     * The transfer concentration chosen without {@code excluded}, or NaN when none of the other elections has a final
     * round to score it on (first past the post, a list vote): the first grid point stood in, and the output said a
     * Scottish or Welsh calibration had chosen 25.
     */
    static double concentration(List<Point> kappa, String excluded) {
        Point k = best(kappa, excluded, true);
        return Double.isNaN(k.score(excluded, true)) ? Double.NaN : k.concentration();
    }

    private static Point best(List<Point> points, String excluded, boolean finalRound) {
        Point best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Point p : points) {
            double s = p.score(excluded, finalRound);
            if (!Double.isNaN(s) && s < bestScore) {
                bestScore = s;
                best = p;
            }
        }
        return best == null ? points.get(0) : best;
    }
}
