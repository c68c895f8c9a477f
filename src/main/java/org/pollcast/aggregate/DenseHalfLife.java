package org.pollcast.aggregate;

/**
 * The half-life for polls denser than the default was chosen for. London's campaigns give an average of a few
 * effective polls on the eve of poll; a national campaign polled daily gives 30 or more, and then a memory of one or
 * two weeks only makes the average lag the race (Germany 2025: Die Linke's last week of polls read 6 to 9,
 * the average 6.3). Where the half-life would average more than {@link AggregateSettings#densePolls()} effective polls
 * (Kish's, of the weights with their pollster-share and size parts), it is shortened until it averages that many, and
 * never below {@link #SHORTEST} days. Where it averages fewer, it is left alone, so London's averages are unchanged.
 */
final class DenseHalfLife {
    /**
     * Three days: a poll a week old still counts a fifth as much as today's, so a firm polling weekly stays in the
     * average and its house effect can be told from the others'.
     */
    static final double SHORTEST = 3;

    private DenseHalfLife() {}

    /**
     * The half-life chosen, with the effective polls the settings' own half-life averages ({@code before}) and the
     * chosen one ({@code after}), for the note that says so.
     */
    record Chosen(double halfLife, double before, double after) {}

    /** The half-life to use: the settings' own, or shorter where the polls are dense. */
    static Chosen of(PollPanel p, int asOfDay, double[] quality, AggregateSettings s) {
        double longest = s.halfLifeDays();
        if (s.densePolls() <= 0 || longest <= SHORTEST) {
            return new Chosen(longest, Double.NaN, Double.NaN);
        }
        double before = effectivePolls(p, asOfDay, quality, s, longest);
        if (before <= s.densePolls()) {
            return new Chosen(longest, before, before);
        }
        double shortest = effectivePolls(p, asOfDay, quality, s, SHORTEST);
        if (shortest >= s.densePolls()) {
            return new Chosen(SHORTEST, before, shortest);
        }
        double lo = Math.log(SHORTEST);
        double hi = Math.log(longest);
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (effectivePolls(p, asOfDay, quality, s, Math.exp(mid)) > s.densePolls()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // Rounded to a tenth of a day, so that notes and a rerun print the same figure.
        double h = Math.round(Math.exp(hi) * 10) / 10.0;
        return new Chosen(h, before, effectivePolls(p, asOfDay, quality, s, h));
    }

    /** Kish's effective number of polls, (Σw)² / Σw², at half-life {@code h}. */
    static double effectivePolls(PollPanel p, int asOfDay, double[] quality, AggregateSettings s, double h) {
        double[] w = WeightedAverage.weights(p, asOfDay, quality, s.withHalfLifeDays(h));
        double sw = 0;
        double sw2 = 0;
        for (double x : w) {
            sw += x;
            sw2 += x * x;
        }
        return sw2 == 0 ? 0 : sw * sw / sw2;
    }
}
