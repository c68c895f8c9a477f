package org.pollcast.aggregate;

import java.util.Locale;
import java.util.Optional;

/** How the average at a date is formed. */
public enum AverageMethod {
    /** Recency-, size- and pollster-weighted mean of house-adjusted polls (the default). */
    WEIGHTED,
    /** Local-level (random-walk) trend per option, Kalman filter plus RTS smoother, on a daily grid. */
    KALMAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AverageMethod> fromCode(String code) {
        for (AverageMethod m : values()) {
            if (m.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
