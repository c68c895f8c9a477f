package org.pollcast.poll;

import java.util.Optional;

/** How well a poll's date is known. */
public enum DatePrecision {
    /** Fieldwork end, or publication date, as published. */
    EXACT("exact"),
    /** Estimated from what the source says ("published mid-March 2008"); the notes say how. */
    APPROXIMATE("approximate"),
    /**
     * Only the month is known (a {@code published} cell such as {@code 2016-03}): the date is the 15th of that
     * month, or the day before polling day when the 15th is not before it.
     */
    MONTH("month");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DatePrecision> fromCode(String code) {
        for (DatePrecision p : values()) {
            if (p.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
