package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollStore;
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

@Command(name = "average", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The polling average of an election's contest at a date: shares with standard errors and 90%% "
                + "intervals, the number of polls, the effective number of polls and the effective sample size."},
        footer = {"", "Examples:", "  pollcast average london-2008 --as-of 2008-04-30",
                "  pollcast average london-2012 --method kalman --format json",
                "  pollcast average london-2012 --contest assembly --scope list"})
final class AverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AggregateOptions aggregate;

    @Parameters(index = "0", paramLabel = "ELECTION", description = "An election id or a definition file.")
    String electionArg;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    String format = "table";

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format);
        PollAverage average = compute(common, aggregate, electionArg, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case TABLE -> {
                out.println(AverageCommand.headline(average));
                out.print(Tables.text(table(average)));
                average.notes().forEach(n -> out.println("note: " + n));
            }
            case CSV -> out.print(Tables.csv(table(average)));
            case JSON -> out.println(AverageJson.write(average));
        }
        return 0;
    }

    static PollAverage compute(CommonOptions common, AggregateOptions options, String electionArg, PrintWriter err) {
        Election election = common.catalog().resolve(electionArg);
        Contest contest = options.contest(election);
        Scope scope = options.scope(contest);
        var settings = options.settings();
        java.time.LocalDate asOf = options.asOf(election); // every argument is checked before the store is touched
        try (PollStore store = common.openStore()) {
            List<Poll> polls = PollSource.polls(common, store, election, err);
            Map<String, Double> weights = settings.pollsterWeighting() == PollsterWeighting.ACCURACY
                    ? AccuracyData.weights(common, store, election, err) : Map.of();
            return Aggregator.average(election, contest, scope, polls, asOf, settings, weights,
                    Aggregator.medianSampleSizes(store.statedSampleSizes()));
        }
    }

    static String headline(PollAverage a) {
        var s = a.settings();
        return a.election() + " " + a.contest() + " " + a.scope() + " as of " + a.asOf() + ": " + a.polls() + " polls from "
                + a.pollsters() + (a.pollsters() == 1 ? " pollster" : " pollsters") + "; " + s.method().code()
                + " (half-life " + org.pollcast.ingest.CanonicalCsv.number(s.halfLifeDays()) + " days"
                + (s.adjustHouseEffects() && a.pollsters() > 1 ? ", house-adjusted" : ", unadjusted")
                + (s.pollsterWeighting() == PollsterWeighting.ACCURACY ? ", accuracy-weighted pollsters" : "") + ")";
    }

    static Table table(PollAverage a) {
        StringColumn option = StringColumn.create("option");
        StringColumn name = StringColumn.create("name");
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 1);
        DoubleColumn se = Tables.decimals(DoubleColumn.create("se"), 2);
        DoubleColumn low = Tables.decimals(DoubleColumn.create("low90"), 1);
        DoubleColumn high = Tables.decimals(DoubleColumn.create("high90"), 1);
        IntColumn polls = IntColumn.create("polls");
        DoubleColumn effPolls = Tables.decimals(DoubleColumn.create("eff_polls"), 1);
        DoubleColumn effSample = Tables.decimals(DoubleColumn.create("eff_sample"), 0);
        for (ShareEstimate e : a.shares()) {
            option.append(e.option());
            name.append(e.name());
            Tables.append(share, e.share());
            Tables.append(se, e.se());
            Tables.append(low, e.low90());
            Tables.append(high, e.high90());
            polls.append(e.polls());
            Tables.append(effPolls, e.effectivePolls());
            Tables.append(effSample, e.effectiveSample());
        }
        return Table.create(a.election() + " " + a.contest() + " " + a.scope() + " " + a.asOf(), option, name, share, se, low,
                high, polls, effPolls, effSample);
    }
}
