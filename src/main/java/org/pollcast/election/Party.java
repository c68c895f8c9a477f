package org.pollcast.election;

/**
 * A party that stands in an election; {@code id} is the short key used in polls and results.
 *
 * @param independent a single independent candidate on the list, who can hold at most one list seat
 * @param colour      its colour on charts as {@code #RRGGBB}, or null for the palette's ({@code data/palette.yaml})
 */
public record Party(String id, String name, boolean independent, String colour) {
    public Party(String id, String name, boolean independent) {
        this(id, name, independent, null);
    }

    public Party(String id, String name) {
        this(id, name, false);
    }

    /** Whether a definition's party id is an independent's ("ind", "ind-fox", "independent"): they share no party. */
    public static boolean independentId(String id) {
        return id.equals("ind") || id.startsWith("ind-") || id.equals("independent");
    }
}
