package org.pollcast.backtest;

import java.util.List;
import org.pollcast.election.RoundLabel;

/**
 * One election, one horizon, one method, scored against the result.
 *
 * @param method        {@code model}, {@code last-week} (naive mean of the last week's polls) or
 *                      {@code last-poll}
 * @param mae           mean absolute first-preference error over candidates with 5% or more
 * @param leadError     forecast minus actual lead of the winner over the runner-up
 * @param finalError    forecast minus actual final-round share of the winner, against the actual final pair's
 *                      own split where the forecast tallied it (Supplementary Vote, instant-runoff; NaN otherwise
 *                      or for baselines)
 * @param brier         multi-class Brier score of the win probabilities (baselines: 1 to the leader)
 * @param logLoss       −ln P(actual winner), floored at 1e-6
 * @param in50 / in90   candidates with 5% or more whose actual share fell inside the 50% / 90% interval,
 *                      out of {@code scored} (model only)
 * @param logScore      mean log score of the actual shares (model only): what calibration minimises
 * @param seatMae       mean absolute Assembly seat error per party with a seat (model only, NaN without)
 * @param seatsIn90     parties whose actual seats fell in the 90% interval, of {@code seatParties}
 * @param shares        the model's scored shares one by one (mean, 50% and 90% ranges, result): what {@code in50},
 *                      {@code in90} and {@code logScore} count, kept so that a calibration can be cut by candidate,
 *                      share or poll count (empty for the baselines)
 */
public record BacktestRow(
        String election,
        int daysBefore,
        String asOf,
        String method,
        int polls,
        String source,
        double mae,
        double leadError,
        double finalError,
        double brier,
        double logLoss,
        int in50,
        int in90,
        int scored,
        double logScore,
        double finalLogScore,
        double seatMae,
        int seatsIn90,
        int seatParties,
        List<ResultCheck.Share> shares) {
    public BacktestRow {
        shares = List.copyOf(shares);
    }

    /** A row without its shares one by one (the baselines, and rows built by hand). */
    public BacktestRow(
            String election,
            int daysBefore,
            String asOf,
            String method,
            int polls,
            String source,
            double mae,
            double leadError,
            double finalError,
            double brier,
            double logLoss,
            int in50,
            int in90,
            int scored,
            double logScore,
            double finalLogScore,
            double seatMae,
            int seatsIn90,
            int seatParties) {
        this(
                election,
                daysBefore,
                asOf,
                method,
                polls,
                source,
                mae,
                leadError,
                finalError,
                brier,
                logLoss,
                in50,
                in90,
                scored,
                logScore,
                finalLogScore,
                seatMae,
                seatsIn90,
                seatParties,
                List.of());
    }

    /** Whether this row scores a two-round election's second round ({@link RoundLabel}). */
    public boolean secondRound() {
        return RoundLabel.isSecondRound(election);
    }

    /** This row under another label: a second round's rows are its election's, so marked. */
    public BacktestRow withElection(String label) {
        return new BacktestRow(
                label,
                daysBefore,
                asOf,
                method,
                polls,
                source,
                mae,
                leadError,
                finalError,
                brier,
                logLoss,
                in50,
                in90,
                scored,
                logScore,
                finalLogScore,
                seatMae,
                seatsIn90,
                seatParties,
                shares);
    }
}
