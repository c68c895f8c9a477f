package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.Map;

/**
 * A pollster's final poll at one election against the official first preferences, in points (poll minus
 * result). {@code leadError} is the error on the lead of the result's winner over its runner-up (NaN when
 * the poll does not report both); {@code meanAbsError} is over the reported candidates who won at least 5%
 * ({@code scored}); {@code notNamed} are the candidates who won at least 5% and whom the poll did not report, in
 * result order. A poll of the leading two only is scored on two: without {@code notNamed} it reads as the most
 * accurate. {@code publishedAs} is the name the poll came out under ("Savanta"), {@code pollster} its house
 * ("ComRes"), by which records across elections are kept.
 */
public record FinalPollError(
        String election,
        String pollster,
        String publishedAs,
        String client,
        LocalDate date,
        long daysBefore,
        Map<String, Double> errors,
        String lead,
        double leadError,
        double meanAbsError,
        java.util.List<String> scored,
        java.util.List<String> notNamed) {

    public FinalPollError {
        errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        scored = java.util.List.copyOf(scored);
        notNamed = java.util.List.copyOf(notNamed);
    }
}
