package org.pollcast.aggregate;

/**
 * A pollster's record across elections: mean absolute error on candidates (≥ 5%), mean and mean absolute
 * error on the lead (positive: it overstated the winner's lead), and the root mean squared error on the same
 * candidates (per election, then averaged; never below the mean absolute error). {@code notNamed} counts the
 * candidates with 5%+ that its final polls left out, over whom neither error is taken.
 */
public record PollsterRecord(
        String pollster,
        int elections,
        double meanAbsError,
        double meanLeadError,
        double meanAbsLeadError,
        double rmse,
        int notNamed) {}
