package org.pollcast.election;

/** A candidate in a single-winner contest; {@code party} is a party id from the election, or null. */
public record Candidate(String id, String name, String party) {
}
