package org.pollcast;

import java.util.Locale;

/**
 * A count and the noun it counts, agreeing: "1 constituency", "14 constituencies". Both forms are given (English
 * plurals follow no one rule: poll, polls; constituency, constituencies), so nothing is guessed. A sentence built on
 * a count that can be 1 says "1 constituencies declared or counting" without it.
 */
public final class Counted {
    private Counted() {}

    /** "1 poll", "2 polls", "0 polls", "1,500 polls": the count, grouped in thousands, and its noun. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, word(n, one, many));
    }

    /** {@code one} for a count of 1, {@code many} for any other: the noun alone, or a verb that agrees ("has"). */
    public static String word(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
