package org.pollcast.election;

import java.util.Arrays;
import java.util.Optional;

/**
 * What becomes of a party's constituency seats beyond its proportional share of the house (its overhang).
 */
public enum Overhang {
    /**
     * The house is fixed: the list seats are allocated counting each party's constituency seats as already won, so
     * a party over its share simply gets no list seat and the others share the fixed list seats (the London Assembly,
     * the Scottish Parliament, the Senedd until 2021).
     */
    ABSORB("absorb"),
    /**
     * New Zealand's rule (Electoral Act 1993, s 191): the whole house, less the constituency seats of parties that may
     * not win list seats, is allocated among those that may; each takes its entitlement less its constituency seats,
     * and a party that won more constituency seats than its entitlement keeps them, the house growing by the excess.
     */
    KEEP("keep");

    private final String code;

    Overhang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Overhang> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
