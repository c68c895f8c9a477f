package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.pipeline.HouseEffects;
import org.pollcast.pipeline.HouseEffectsResult;
import org.pollcast.report.AverageTables;
import org.pollcast.report.HouseEffectTables;
import org.pollcast.report.HouseEffectsJson;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "house-effects",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "How far each pollster's figures sit from the consensus (reference 'average': effects sum to zero "
                    + "over pollsters) or from the official result (reference 'result': each pollster's expected error), "
                    + "per option and on the lead of the two leading options, with 90%% intervals and the number of polls "
                    + "each estimate rests on."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast house-effects london-2008 --as-of 2008-04-30",
            "  pollcast house-effects london-2012 --reference result --format csv"
        })
final class HouseEffectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ContestOptions contest;

    @Mixin
    AggregateOptions aggregate;

    @Mixin
    ElectionArgument electionArg;

    /** What a house effect is measured from. */
    enum Reference {
        AVERAGE,
        RESULT
    }

    @Option(names = "--reference", paramLabel = "REF", description = "average (default) or result.")
    Reference reference = Reference.AVERAGE;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default: pollsters × options), csv or json (one row per estimate).")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        String ref = reference.name().toLowerCase(Locale.ROOT);
        PrintWriter out = spec.commandLine().getOut();
        HouseEffectsResult result = HouseEffects.compute(
                common.workspace(spec.commandLine().getErr()),
                contest.request(electionArg.get(), aggregate),
                reference == Reference.RESULT);
        PollAverage average = result.average();
        if (average.houseEffects().isEmpty()) {
            out.println(AverageTables.headline(average));
            average.notes().forEach(n -> out.println("note: " + n));
            return 0;
        }
        List<HouseEffect> effects = result.effects();
        switch (format) {
            case TABLE -> {
                out.println(AverageTables.headline(average));
                out.println("House effects in points, relative to "
                        + (reference == Reference.RESULT
                                ? "the official result (the pollster's lean plus the average's miss: its expected"
                                        + " error; each final poll's own error is in pollcast pollster-accuracy)"
                                : "the average pollster, the consensus: each firm's polls are set against all polls"
                                        + " of the same weeks, and every firm counts once, however often it polls, so"
                                        + " the effects sum to zero")
                        + " (positive: the pollster shows more), with 90% intervals and [polls]:");
                out.print(Tables.text(HouseEffectTables.wide(effects)));
                HouseEffectTables.fewPolls(effects, average.settings().shrinkage())
                        .ifPresent(n -> out.println("note: " + n));
                HouseEffectTables.byMode(effects, result.modes()).ifPresent(n -> out.println("note: " + n));
                if (!result.publishedAs().isEmpty()) {
                    List<String> as = new ArrayList<>();
                    result.publishedAs().forEach((house, names) -> as.add(house + " as " + String.join(", ", names)));
                    out.println("note: published as: " + String.join("; ", as));
                }
                average.notes().forEach(n -> out.println("note: " + n));
            }
            case CSV -> out.print(Tables.csv(HouseEffectTables.longTable(average, effects)));
            case JSON -> out.println(HouseEffectsJson.write(average, ref, effects));
        }
        return 0;
    }
}
