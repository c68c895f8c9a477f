package org.pollcast.simulate;

/** A forecast of an election day: the mayoral contest and, where the election has one, the Assembly. */
public record ElectionForecast(MayorForecast mayor, AssemblyForecast assembly) {}
