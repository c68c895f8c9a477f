package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.Election;
import org.pollcast.election.TransferPrior;
import org.pollcast.simulate.SimulationSettings;

/**
 * Leave-one-election-out calibration of the error scales: for each election, the grid point that minimises
 * the mean log score on the other elections is chosen and then scored on the held-out one, so no election's
 * own result influences its own score. First preferences choose the polling error and drift; the final
 * round (Supplementary Vote) chooses the transfer concentration.
 */
final class Calibration {
    static final double[] POLLING = {2, 3, 4, 5, 6, 7, 8, 10};
    static final double[] DRIFT = {0.1, 0.25, 0.5};
    static final double[] CONCENTRATION = {25, 100, 400};

    private Calibration() {
    }

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

    static void run(CommonOptions common, List<Election> elections, List<Integer> horizons, long sims, long seed, PrintWriter out,
            PrintWriter err) {
        List<String> skipped = new ArrayList<>();
        // The polls and results do not depend on the scales: read them once, not once per grid point.
        List<BacktestRunner.Prepared> prepared = BacktestRunner.prepare(common, elections, false, skipped, err);
        List<Point> grid = new ArrayList<>();
        for (double p : POLLING) {
            for (double d : DRIFT) {
                grid.add(new Point(p, d, Double.NaN, BacktestRunner.score(common, prepared, horizons, sims, seed,
                        new BacktestRunner.Scales(p, d, null), err)));
            }
        }
        // A concentration whose simulator settings equal a grid point's (the default polling error, drift and
        // concentration) gives the same rows: reuse them rather than simulate again.
        // (The prior is read, as each forecast reads it, only when there is something to forecast.)
        Double priorConcentration = prepared.isEmpty() ? null
                : TransferPrior.load(common.home().root().resolve("transfers/prior.yaml")).concentration();
        List<Point> kappa = new ArrayList<>();
        for (double k : CONCENTRATION) {
            BacktestRunner.Scales scales = new BacktestRunner.Scales(null, null, k);
            List<BacktestRow> rows = null;
            for (Point g : priorConcentration == null ? List.<Point>of() : grid) {
                SimulationSettings settings = BacktestRunner.simulationOptions(sims, seed, scales).settings(priorConcentration);
                SimulationSettings gs = BacktestRunner.simulationOptions(sims, seed, new BacktestRunner.Scales(g.polling(), g.drift(), null))
                        .settings(priorConcentration);
                if (gs.equals(settings)) {
                    rows = g.rows();
                    break;
                }
            }
            if (rows == null) {
                rows = BacktestRunner.score(common, prepared, horizons, sims, seed, scales, err);
            }
            kappa.add(new Point(Double.NaN, Double.NaN, k, rows));
        }
        List<String> ids = grid.get(0).rows().stream().filter(r -> r.method().equals("model")).map(BacktestRow::election).distinct().toList();
        out.println("Leave-one-election-out: scales chosen without the held-out election, then scored on it (mean log score of "
                + "first preferences; lower is better)");
        Point def = grid.stream().filter(g -> g.polling() == 3 && g.drift() == 0.25).findFirst().orElseThrow();
        for (String held : ids) {
            Point best = best(grid, held, false);
            Point k = best(kappa, held, true);
            out.printf(Locale.ROOT, "  %-12s chosen polling error %.1f, drift %.2f: held-out log score %.3f (defaults 3.0/0.25: %.3f); "
                    + "transfer concentration %.0f%n", held, best.polling(), best.drift(), best.onlyHeld(held, false),
                    def.onlyHeld(held, false), k.concentration());
        }
        Point all = best(grid, null, false);
        Point k = best(kappa, null, true);
        out.printf(Locale.ROOT, "All elections: polling error %.1f, drift %.2f (mean log score %.3f); transfer concentration %.0f "
                + "(final-round log score %.3f)%n", all.polling(), all.drift(), all.score(null, false), k.concentration(), k.score(null, true));
        out.println("Grid (mean log score over all elections and horizons):");
        for (Point g : grid) {
            out.printf(Locale.ROOT, "  polling %.1f drift %.2f: %.3f%n", g.polling(), g.drift(), g.score(null, false));
        }
        for (Point g : kappa) {
            out.printf(Locale.ROOT, "  concentration %.0f: final-round %.3f%n", g.concentration(), g.score(null, true));
        }
        skipped.stream().distinct().forEach(s -> out.println("skipped: " + s));
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
