package org.pollcast.simulate;

/** How often options {@code a} and {@code b} (a listed first) met in the final round, with its MC error. */
public record RunoffPair(String a, String b, double p, double se) {}
