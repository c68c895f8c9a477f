package org.pollcast.pipeline;

import java.time.LocalDate;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.election.Scope;

/**
 * A polling average to compute.
 *
 * @param election an election id or a definition file
 * @param contest  a contest id, or null for the first single-winner contest (the Mayor)
 * @param scope    the poll question ({@code FIRST_PREF}, {@code LIST}, ...), or null for the contest's default
 * @param asOf     use polls dated on or before this day; null for election day, or today if that is earlier
 * @param settings how to weight and adjust the polls
 */
public record AverageRequest(String election, String contest, Scope scope, LocalDate asOf, AggregateSettings settings) {

    /** The Mayor's first preferences at {@code asOf} with the default settings. */
    public static AverageRequest of(String election, LocalDate asOf) {
        return new AverageRequest(election, null, null, asOf, AggregateSettings.withDefaults());
    }

    public AverageRequest withScope(Scope s) {
        return new AverageRequest(election, contest, s, asOf, settings);
    }

    public AverageRequest withSettings(AggregateSettings s) {
        return new AverageRequest(election, contest, scope, asOf, s);
    }
}
