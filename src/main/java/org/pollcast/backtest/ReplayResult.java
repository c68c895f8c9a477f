package org.pollcast.backtest;

import java.util.List;

/**
 * How the election-night model did on a past election declared in random orders, after each number of
 * declarations, beside a plain uniform-swing projection from the same declarations.
 *
 * @param rows one per number of constituencies declared, 0 (the prior alone) to all but one
 */
public record ReplayResult(
        String election,
        String baseline,
        int orders,
        long sims,
        long seed,
        String winner,
        List<Row> rows,
        List<String> notes) {

    public ReplayResult {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * Means over the orders.
     *
     * @param counted      share of the final valid votes declared
     * @param mae          mean absolute error of the projected London first preferences (points, candidates of 5%+)
     * @param coverage90   share of those candidates' results inside the 90% interval
     * @param winnerProb   the eventual winner's probability
     * @param logLoss      −ln of it (floored at 1e-4)
     * @param uniformMae   the same error for a uniform-swing projection
     * @param modelBetter  share of orders in which the model's error is below the uniform swing's
     */
    public record Row(
            int declared,
            double counted,
            double mae,
            double coverage90,
            double winnerProb,
            double logLoss,
            double uniformMae,
            double modelBetter) {}
}
