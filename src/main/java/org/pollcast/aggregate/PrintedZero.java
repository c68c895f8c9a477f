package org.pollcast.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.poll.Poll;
import org.pollcast.poll.RebasedNote;

/**
 * What a poll's printed 0 stands for. A table that prints whole numbers prints 0 (or "*") for any share under half
 * a point, so a candidate asked about and printed 0 holds somewhere in [0, 0.5): the average takes the middle of
 * that range, 0.25, as it takes a printed 3 for the middle of [2.5, 3.5). Read as 0, every such poll pulled a small
 * candidate's average down, and the log-scale draws then floored it: David Kurten, printed 0 by YouGov twice before
 * London 2021, was drawn at 0.0–0.2% and won 0.44%. A poll that prints decimals (any share with a part that is not
 * a whole or a half, the half being how the ingester reads "&lt;1") rounds to tenths, so its 0 is taken as 0.025.
 * The store keeps the 0 as published: this is the average's reading of it, not a change to the poll.
 */
final class PrintedZero {
    /** Half of half a point: the middle of what a whole-number table prints as 0. */
    static final double WHOLE = 0.25;

    /** The middle of what a table printing tenths prints as 0.0. */
    static final double TENTHS = 0.025;

    private PrintedZero() {}

    /**
     * The share a printed 0 in {@code p} is read as (percent). A poll re-based when read (its don't-knows taken out)
     * is judged by the figures it printed, which its note keeps, and its 0 scaled as its other shares were: Khan 35 ...
     * Kurten 0 with 25% don't know, stored as Khan 46.67, is a whole-number table whose 0 is 0.25 × 100/75.
     */
    static double in(Poll p) {
        Optional<List<Double>> printed = RebasedNote.printed(p);
        if (printed.isEmpty()) {
            return in(p.shares());
        }
        double sum = 0;
        boolean tenths = false;
        for (double v : printed.get()) {
            sum += v;
            tenths |= notWholeOrHalf(v);
        }
        return (tenths ? TENTHS : WHOLE) * (sum > 0 ? 100 / sum : 1);
    }

    /** The share a printed 0 in a poll with these {@code shares}, stored as printed, is read as (percent). */
    static double in(Map<String, Double> shares) {
        for (Double s : shares.values()) {
            if (s != null && notWholeOrHalf(s)) {
                return TENTHS;
            }
        }
        return WHOLE;
    }

    /** A share with a part other than a whole or a half ("<1" is read as 0.5): a table of tenths. */
    private static boolean notWholeOrHalf(double s) {
        double twice = 2 * s;
        return Math.abs(twice - Math.rint(twice)) > 1e-9;
    }
}
