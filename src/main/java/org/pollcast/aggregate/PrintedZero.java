package org.pollcast.aggregate;

import java.util.Map;

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

    /** The share a printed 0 in a poll with these {@code shares} is read as (percent). */
    static double in(Map<String, Double> shares) {
        for (Double s : shares.values()) {
            if (s != null) {
                double twice = 2 * s;
                if (Math.abs(twice - Math.rint(twice)) > 1e-9) {
                    return TENTHS;
                }
            }
        }
        return WHOLE;
    }
}
