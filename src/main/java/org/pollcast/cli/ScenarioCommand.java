package org.pollcast.cli;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "What if: the forecast taken over only the simulations that meet every condition (--if), e.g. what if "
                    + "the Green candidate polls 10%% or more? Says how many simulations remained; with --format csv, "
                    + "every row ends with the scenario and sims_kept, so the file cannot pass for the forecast. "
                    + "With --shift, the forecast's centre moved first: what if the polls are wrong by this much."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast scenario london-2012 --if \"jones>=5\"",
            "  pollcast scenario london-2028 --if \"grn>=15\" --if \"reform>=10\" --sims 1000000",
            "  # Khan ahead by under 5 points:",
            "  pollcast scenario london-2024 --if \"khan-hall<5\" --if \"khan-hall>=0\"",
            "  # the Assembly if Reform wins:",
            "  pollcast scenario london-2028 --if \"reform.wins\"",
            "  # if the polls overstate Labour by 5 and understate Reform by 5:",
            "  pollcast scenario london-2028 --shift \"lab-5\" --shift \"reform+5\""
        })
final class ScenarioCommand extends ForecastCommand {
    @Option(
            names = "--if",
            paramLabel = "CONDITION",
            description = "option>=share, option<share, ... (first preferences, percent; option by id or party);"
                    + " a lead, khan-hall<5 (points; may be negative); who is elected, hall.wins or lab.loses;"
                    + " an Assembly party's grn.seats>=3, ukip.list>=5 or ld.constituency<10. Any case; a share"
                    + " may end in %%. Repeat --if for several: all must hold.")
    List<String> conditionTexts = new ArrayList<>();

    @Override
    List<String> conditions() {
        if (conditionTexts.isEmpty() && shifts.isEmpty()) {
            throw new BadInputException(
                    "scenario: give a condition (--if \"grn>=10\") or a move of the polls (--shift \"reform+5\"), or both");
        }
        return conditionTexts;
    }
}
