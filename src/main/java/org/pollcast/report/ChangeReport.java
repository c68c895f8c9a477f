package org.pollcast.report;

import java.util.List;

/**
 * "What changed since the last run": for each option, the win probability then and now, how much each new
 * poll moved it (the forecast without that poll, same seed), how much the passage of time moved it (the
 * last run's polls at today's date), and what the parts leave unexplained (interaction and noise).
 */
public record ChangeReport(String lastRunAt, String lastAsOf, List<String> newPolls, List<OptionChange> options) {

    public ChangeReport {
        newPolls = List.copyOf(newPolls);
        options = List.copyOf(options);
    }

    /** {@code byPoll} is in the order of {@code newPolls}. */
    public record OptionChange(
            String option,
            String name,
            double before,
            double now,
            double[] byPoll,
            double byTime,
            double unexplained) {}
}
