package org.pollcast.election;

/** A single-member constituency of an additional-member contest. */
public record Constituency(String id, String name) {}
