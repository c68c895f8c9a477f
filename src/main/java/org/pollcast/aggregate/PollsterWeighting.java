package org.pollcast.aggregate;

import java.util.Locale;
import java.util.Optional;

/** Where the pollster factor of a poll's weight comes from. */
public enum PollsterWeighting {
    /** Every pollster 1. */
    EQUAL,
    /**
     * From each pollster's final-poll errors at earlier elections with results (never the election being
     * averaged): inverse mean squared error relative to all pollsters, shrunk towards 1 by the number of
     * elections scored. See {@link PollsterAccuracy#weights}.
     */
    ACCURACY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PollsterWeighting> fromCode(String code) {
        for (PollsterWeighting w : values()) {
            if (w.code().equals(code.trim().toLowerCase(Locale.ROOT))
                    || (w == EQUAL && code.trim().equalsIgnoreCase("none"))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
