package org.pollcast.election;

/** A party that stands in an election; {@code id} is the short key used in polls and results. */
public record Party(String id, String name) {
}
