package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ResultsCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Command(name = "house-effects", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How far each pollster's figures sit from the consensus (reference 'average': effects sum to zero "
                + "over pollsters) or from the official result (reference 'result': each pollster's expected error), "
                + "per option and on the lead of the two leading options, with 90%% intervals and the number of polls "
                + "each estimate rests on."},
        footer = {"", "Examples:", "  pollcast house-effects london-2008 --as-of 2008-04-30",
                "  pollcast house-effects london-2012 --reference result --format csv"})
final class HouseEffectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AggregateOptions aggregate;

    @Parameters(index = "0", paramLabel = "ELECTION", description = "An election id or a definition file.")
    String electionArg;

    @Option(names = "--reference", paramLabel = "REF", description = "average (default) or result.")
    String reference = "average";

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default: pollsters × options), csv or json (one row per estimate).")
    String format = "table";

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format);
        String ref = reference.trim().toLowerCase(Locale.ROOT);
        if (!ref.equals("average") && !ref.equals("result")) {
            throw new BadInputException("--reference: unknown reference '" + reference + "'; expected average or result");
        }
        PrintWriter out = spec.commandLine().getOut();
        PollAverage average = AverageCommand.compute(common, aggregate, electionArg, spec.commandLine().getErr());
        if (average.houseEffects().isEmpty()) {
            out.println(AverageCommand.headline(average));
            average.notes().forEach(n -> out.println("note: " + n));
            return 0;
        }
        List<HouseEffect> effects = average.houseEffects();
        if (ref.equals("result")) {
            Election election = common.catalog().resolve(electionArg);
            ContestResult result = new ResultsCatalog(common.home(), common.catalog()).firstPreferences(election, average.contest())
                    .orElseThrow(() -> new BadInputException(election.id() + ": no result for " + average.contest()
                            + " in data/results; use --reference average"));
            effects = Aggregator.relativeToResult(average, result);
        }
        switch (output) {
            case TABLE -> {
                out.println(AverageCommand.headline(average));
                out.println("House effects in points, relative to " + (ref.equals("result") ? "the official result" : "the average pollster")
                        + " (positive: the pollster shows more), with 90% intervals and [polls]:");
                out.print(Tables.text(wide(effects)));
                average.notes().forEach(n -> out.println("note: " + n));
            }
            case CSV -> out.print(Tables.csv(longTable(effects)));
            case JSON -> {
                var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
                node.put("election", average.election());
                node.put("contest", average.contest());
                node.put("scope", average.scope());
                node.put("asOf", average.asOf().toString());
                node.put("reference", ref);
                AverageJson.houseEffects(node.putArray("houseEffects"), effects);
                out.println(node.toPrettyString());
            }
        }
        return 0;
    }

    /** Pollsters down, options across; cells "+3.1 (+0.9, +5.3) [6]". */
    static Table wide(List<HouseEffect> effects) {
        Set<String> pollsters = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        effects.forEach(e -> {
            pollsters.add(e.pollster());
            options.add(e.option());
        });
        StringColumn p = StringColumn.create("pollster");
        List<StringColumn> cols = new ArrayList<>();
        for (String o : options) {
            cols.add(StringColumn.create(o.startsWith("lead:") ? "lead " + o.substring(5) : o));
        }
        for (String pollster : pollsters) {
            p.append(pollster);
            int k = 0;
            for (String o : options) {
                HouseEffect e = effects.stream().filter(x -> x.pollster().equals(pollster) && x.option().equals(o)).findFirst().orElse(null);
                cols.get(k++).append(e == null ? "" : cell(e));
            }
        }
        Table t = Table.create("house effects", p);
        cols.forEach(t::addColumns);
        return t;
    }

    private static String cell(HouseEffect e) {
        if (Double.isNaN(e.se())) {
            return String.format(Locale.ROOT, "%+.1f [%d]", e.estimate(), e.polls());
        }
        return String.format(Locale.ROOT, "%+.1f (%+.1f, %+.1f) [%d]", e.estimate(), e.low90(), e.high90(), e.polls());
    }

    static Table longTable(List<HouseEffect> effects) {
        StringColumn pollster = StringColumn.create("pollster");
        StringColumn option = StringColumn.create("option");
        StringColumn reference = StringColumn.create("reference");
        DoubleColumn estimate = Tables.signed(DoubleColumn.create("estimate"), 2);
        DoubleColumn se = Tables.decimals(DoubleColumn.create("se"), 2);
        DoubleColumn low = Tables.signed(DoubleColumn.create("low90"), 2);
        DoubleColumn high = Tables.signed(DoubleColumn.create("high90"), 2);
        IntColumn polls = IntColumn.create("polls");
        for (HouseEffect e : effects) {
            pollster.append(e.pollster());
            option.append(e.option());
            reference.append(e.reference());
            Tables.append(estimate, e.estimate());
            Tables.append(se, e.se());
            Tables.append(low, e.low90());
            Tables.append(high, e.high90());
            polls.append(e.polls());
        }
        return Table.create("house effects", pollster, option, reference, estimate, se, low, high, polls);
    }
}
