package org.pollcast.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * One forecast set beside the official result of its election: what a report made before polling day says about
 * how it did. The numbers are the backtest's ({@link BacktestRow}, from the same comparisons), kept here candidate
 * by candidate and party by party so a reader sees each one.
 *
 * <p>Only a forecast made before polling day is {@linkplain #graded() graded}: as of polling day it may already hold
 * a poll dated that day (an on-the-day poll is published when the polls close), and later it could hold anything,
 * so it is not a forecast that could have been published before the vote. Such a check names the winner only.
 *
 * @param election   the election's id
 * @param pollingDay its polling day
 * @param asOf       the forecast's as-of date
 * @param race       who won, who came second, and the chances the forecast gave them; null when the bundled result
 *                   does not say who won
 * @param firstPrefs the forecast's candidates with 5% or more of the first preferences, in the forecast's order;
 *                   empty when the first-preference count is incomplete or the check is not graded
 * @param finalRound the winner's share of the final round of a Supplementary Vote count; null when there is none
 * @param seats      Assembly seats of each party that won one or was forecast half a seat or more; empty when the
 *                   forecast has no Assembly or its seats are not all in the results
 * @param score      the backtest's row for this forecast (error over candidates with 5%+, seat error); null when
 *                   the first-preference count is incomplete or the check is not graded
 * @param notes      what the bundled result lacks, or what the forecast did not name, in words
 * @param thresholds the lists whose chance of passing the threshold was neither under 5% nor over 95%, or that ended
 *                   on the side the forecast thought less likely, beside their list share; empty when there is none
 *                   or the count is incomplete
 */
public record ResultCheck(
        String election,
        LocalDate pollingDay,
        LocalDate asOf,
        Race race,
        List<Share> firstPrefs,
        Share finalRound,
        List<Seats> seats,
        BacktestRow score,
        List<String> notes,
        List<Threshold> thresholds) {

    public ResultCheck {
        firstPrefs = List.copyOf(firstPrefs);
        seats = List.copyOf(seats);
        notes = List.copyOf(notes);
        thresholds = List.copyOf(thresholds);
    }

    /** Whether the forecast was made before polling day, so that it is set beside the result. */
    public boolean graded() {
        return asOf.isBefore(pollingDay);
    }

    /** Mean absolute seat error over {@code seats} (the backtest's seat error): NaN when there are none. */
    public static double seatError(List<Seats> seats) {
        double sum = 0;
        for (Seats p : seats) {
            sum += Math.abs(p.error());
        }
        return seats.isEmpty() ? Double.NaN : sum / seats.size();
    }

    /**
     * Who won, and the chance the forecast gave them.
     *
     * @param decidedBy {@code final round} or {@code first preferences}: the count that says who won
     * @param runnerUp  second in that count; null when it does not say
     * @param favourite the forecast's likeliest winner
     */
    public record Race(String decidedBy, Contender winner, Contender runnerUp, Contender favourite) {
        public boolean favouriteWon() {
            return winner.id().equals(favourite.id());
        }
    }

    /** A candidate and the chance the forecast gave them of winning (0 when it did not name them). */
    public record Contender(String id, String name, double pWin) {}

    /**
     * A share forecast beside the result, in percent: the forecast's mean and its 50% and 90% ranges.
     *
     * @param actual the share the candidate got
     */
    public record Share(
            String id, String name, double mean, double p05, double p25, double p75, double p95, double actual) {
        public boolean inside50() {
            return Scores.inside(actual, p25, p75);
        }

        public boolean inside90() {
            return Scores.inside(actual, p05, p95);
        }

        /** Forecast minus result, in points. */
        public double error() {
            return mean - actual;
        }
    }

    /** A party's Assembly seats forecast (mean and 90% range) beside the seats it won. */
    public record Seats(String id, String name, double mean, double p05, double p95, int won) {
        public boolean inside90() {
            return won >= p05 && won <= p95;
        }

        /** Forecast minus result, in seats. */
        public double error() {
            return mean - won;
        }
    }

    /**
     * A list's chance of passing its threshold beside its list share: the FDP was given 82% to pass Berlin's 5% a week
     * before the 2023 repeat, won 4.6% and lost its seats.
     *
     * @param threshold the list's threshold, percent of the valid list votes
     * @param pOver     the forecast's chance of reaching it
     * @param actual    its list share, percent
     */
    public record Threshold(String id, String name, double threshold, double pOver, double actual) {
        public boolean passed() {
            return actual >= threshold;
        }
    }
}
