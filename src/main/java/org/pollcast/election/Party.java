package org.pollcast.election;

/**
 * A party that stands in an election; {@code id} is the short key used in polls and results.
 *
 * @param independent a single independent candidate on the list, who can hold at most one list seat
 */
public record Party(String id, String name, boolean independent) {
    public Party(String id, String name) {
        this(id, name, false);
    }
}
