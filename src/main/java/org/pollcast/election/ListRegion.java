package org.pollcast.election;

/**
 * One area that allocates its own list seats (a Scottish Parliament region: 7 seats against the constituency seats
 * won within it). An additional-member contest with none allocates every list seat across the whole area.
 */
public record ListRegion(String id, String name, int listSeats) {}
