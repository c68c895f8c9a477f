package org.pollcast.report;

import java.util.List;
import java.util.Objects;

/**
 * "What changed since the last run": for each option, the win probability then and now, how much the passage of
 * time moved it (the last run's polls at today's date), how much each new poll moved it (added in the order
 * published, same seed), and what the parts leave unexplained. When the model
 * changed since the last run ({@code lastModel} is not {@code model}), the old model cannot be run again, so its
 * change is in time's column, and the report says so; so is a change of the data the run reads besides its polls
 * ({@code dataChanged}: an election definition, a result, the transfer prior, the run's settings).
 */
public record ChangeReport(
        String lastRunAt,
        String lastAsOf,
        String lastModel,
        String model,
        boolean dataChanged,
        List<String> newPolls,
        List<OptionChange> options) {

    public ChangeReport {
        newPolls = List.copyOf(newPolls);
        options = List.copyOf(options);
    }

    /** Whether the last run was made by another version of the model. */
    public boolean modelChanged() {
        return !Objects.equals(lastModel, model);
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
