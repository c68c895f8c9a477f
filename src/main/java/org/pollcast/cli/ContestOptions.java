package org.pollcast.cli;

import org.pollcast.election.Scope;
import org.pollcast.pipeline.AverageRequest;
import picocli.CommandLine.Option;

/**
 * Which contest and which poll question to average: average and house-effects only. The forecast always covers
 * the Mayor (and the Assembly with it), so these options are not offered there rather than silently ignored.
 */
final class ContestOptions {
    @Option(
            names = "--contest",
            paramLabel = "ID",
            description = "Contest (default: the first single-winner contest, e.g. mayor).")
    String contest;

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            description = "first_pref (default for a mayor), runoff, constituency, list, unspecified.")
    Scope scope;

    /** The average these options and {@code averaging}'s ask for, of {@code election}. */
    AverageRequest request(String election, AggregateOptions averaging) {
        return new AverageRequest(election, contest, scope, averaging.asOf, averaging.settings());
    }
}
