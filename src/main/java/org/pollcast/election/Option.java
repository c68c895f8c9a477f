package org.pollcast.election;

/**
 * Something a poll can give a share to: a candidate, a party, or {@link #OTHER} (everyone not listed).
 *
 * @param id   the key used in polls, results and output
 * @param name the display name
 * @param party the party id of a candidate, the id itself for a party, null for {@code other}
 */
public record Option(String id, String name, String party) {
    /** The reserved id for "all others" columns, which every contest accepts. */
    public static final String OTHER = "other";

    static Option other() {
        return new Option(OTHER, "Others", null);
    }
}
