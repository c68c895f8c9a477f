package org.pollcast.election;

/**
 * A majority bonus: seats the list with the most votes takes before the rest of the house is shared out by the
 * contest's method. Greece's law of 2020 (first applied in June 2023) gives the first list 20 seats at 25% of the valid
 * vote, one more for each half point above 25% up to 40%, so at most 50, and shares the other 250 or more among the lists
 * over 3%: {@code {seats: 20, from: 25, step: 0.5, upTo: 40}}. Greece's earlier flat 50 (2012, 2015) is {@code {seats:
 * 50}}. Without it the June 2023 count gave New Democracy 129 seats where it won 158, and the forecast a majority's
 * chance of 44% for a list polled at 44%.
 *
 * @param seats the bonus at {@code from} (the whole bonus where there is no {@code step})
 * @param from  the share of the valid vote (percent) the first list needs for any bonus; 0: always
 * @param step  the points of share above {@code from} that each add one seat; 0: none (a flat bonus)
 * @param upTo  the share above which no further seat is added (percent); ignored without a step
 */
public record Bonus(int seats, double from, double step, double upTo) {
    public Bonus {
        if (seats < 0) {
            throw new IllegalArgumentException("bonus seats are " + seats + ", expected ≥ 0");
        }
        if (!(from >= 0 && from <= 100)) {
            throw new IllegalArgumentException("the bonus's share is " + from + "%, expected 0–100");
        }
        if (!(step >= 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("the bonus's step is " + step + " points, expected ≥ 0");
        }
        if (step > 0 && !(upTo >= from && upTo <= 100)) {
            throw new IllegalArgumentException(
                    "the bonus stops growing at " + upTo + "%, expected between " + from + "% and 100%");
        }
    }

    /**
     * The rule in words, as {@code elections} and a forecast's note say it: "a bonus to the first list of 20 seats at
     * 25% of the valid vote, one more for each 0.5 points above it up to 40% (50 at most)".
     */
    public String words() {
        String at = from > 0 ? " at " + number(from) + "% of the valid vote" : "";
        if (step <= 0) {
            return "a bonus to the first list of " + seats + " seats" + at;
        }
        return "a bonus to the first list of " + seats + " seats" + at + ", one more for each " + number(step)
                + " points above it up to " + number(upTo) + "% (" + most() + " at most)";
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    /** The most seats the bonus can give. */
    public int most() {
        return seats + steps(upTo);
    }

    /** The bonus of a first list with {@code sharePercent} of the valid vote: 0 under {@link #from}. */
    public int seatsAt(double sharePercent) {
        if (sharePercent < from) {
            return 0;
        }
        return seats + steps(Math.min(sharePercent, upTo));
    }

    private int steps(double share) {
        if (step <= 0) {
            return 0;
        }
        // A whole step only: 40.56% is 30 half points above 25%, 25.49% none. The small allowance keeps a share
        // printed exactly on a step (25.5) from losing its seat to binary rounding.
        return (int) Math.floor((share - from) / step + 1e-9);
    }

    /**
     * The first list among {@code eligible} (the most {@code votes}; a tie to the one listed first, as the seats' own
     * ties go), or -1 when none is eligible.
     */
    public static int leader(double[] votes, boolean[] eligible) {
        return leader(votes, eligible, -1);
    }

    /**
     * As {@link #leader(double[], boolean[])}, never {@code others} (an index; -1: none): where a quota method with no
     * threshold seats Others as lists, a split field could otherwise hand them the first list's bonus.
     */
    public static int leader(double[] votes, boolean[] eligible, int others) {
        int best = -1;
        for (int p = 0; p < votes.length; p++) {
            if (p != others && eligible[p] && (best < 0 || votes[p] > votes[best])) {
                best = p;
            }
        }
        return best;
    }
}
