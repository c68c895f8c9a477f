package org.pollcast.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The forecast taken over only the simulations that meet every condition, e.g. what if the Green "
                    + "candidate polls 10%% or more? Says how many simulations remained."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast scenario london-2012 --if \"jones>=5\"",
            "  pollcast scenario london-2028 --if \"grn>=15\" --if \"reform>=10\" --sims 1000000"
        })
final class ScenarioCommand extends ForecastCommand {
    @Option(
            names = "--if",
            required = true,
            paramLabel = "CONDITION",
            description = "option>=share, option<share, ... (first preferences, percent; option by id or party).")
    List<String> conditionTexts = new ArrayList<>();

    @Override
    List<String> conditions() {
        return conditionTexts;
    }
}
