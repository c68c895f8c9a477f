package org.pollcast.election;

/**
 * A single-member constituency of an additional-member contest.
 *
 * @param region the id of the list region it belongs to ({@link ListRegion}), or null when the contest has none
 */
public record Constituency(String id, String name, String region) {
    public Constituency(String id, String name) {
        this(id, name, null);
    }
}
