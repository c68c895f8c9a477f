package org.pollcast.backtest;

/**
 * A forecast's chance that a bloc of named parties (a definition's {@code who: parties} bloc, as the red-green and
 * the non-socialist parties of the Storting) holds its seats, against whether it did. Where no party governs alone,
 * this is the chance a reader reads first, and the backtest scored only the largest party's.
 *
 * @param p the forecast's chance, 0 to 1
 * @param seats the seats the bloc's parties won together
 * @param atLeast the seats the bloc needs
 */
public record BlocScore(String election, int daysBefore, String bloc, String label, double p, int seats, int atLeast) {
    public boolean held() {
        return seats >= atLeast;
    }

    /** (p − outcome)², 0 for a certainty that came true, 1 for one that did not. */
    public double brier() {
        double y = held() ? 1 : 0;
        return (p - y) * (p - y);
    }

    /** −ln of the chance given to what happened, floored as the win probability's is ({@link Scores#FLOOR}). */
    public double logLoss() {
        return 0.0 - Math.log(Math.max(held() ? p : 1 - p, Scores.FLOOR));
    }
}
