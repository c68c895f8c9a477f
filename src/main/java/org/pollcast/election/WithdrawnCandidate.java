package org.pollcast.election;

/**
 * Someone polls named who withdrew before the election, with no successor a poll could name instead (Rory
 * Stewart, independent, 2021). Polls keep the share they gave; averages leave it out and scale the other shares
 * up in proportion. A withdrawn party's candidate who has a successor is an alias of the successor instead.
 *
 * @param party a party id from the election, or null
 * @param note  why and when, or null
 */
public record WithdrawnCandidate(String id, String name, String party, String note) {}
