package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.election.Election;
import org.pollcast.pipeline.AccuracyData;
import org.pollcast.pipeline.AccuracyResult;
import org.pollcast.pipeline.Workspace;
import org.pollcast.report.PollsterAccuracyJson;
import org.pollcast.report.PollsterAccuracyTables;
import org.pollcast.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "pollster-accuracy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Each pollster's final poll (its last first-preference poll, a parliament's list-vote poll, by end of"
                    + " fieldwork, else publication, in the"
                    + " final " + PollsterAccuracy.FINAL_WINDOW_DAYS
                    + " days, or before a polling blackout that the definition states) against the official result: error per candidate (poll minus "
                    + "result, points), on the winner's lead, and the mean absolute error over candidates with at least 5%%; "
                    + "then each pollster's record across elections, firms scored at one election listed last. Elections "
                    + "with no final poll or an incomplete result are left out, and a note says why."
        },
        footer = {
            "",
            "Examples:",
            "  pollcast pollster-accuracy",
            "  pollcast pollster-accuracy london-2008 london-2012 --format csv"
        })
final class PollsterAccuracyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(
            arity = "0..*",
            paramLabel = "ELECTION",
            description = "Elections to score (default: every one with a result).")
    List<String> electionArgs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        List<Election> elections = electionArgs.isEmpty()
                ? common.catalog().all()
                : electionArgs.stream().map(a -> common.catalog().resolve(a)).toList();
        Workspace ws = common.workspace(spec.commandLine().getErr());
        AccuracyResult scored = AccuracyData.score(ws, elections);
        List<FinalPollError> errors = scored.finalPolls();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> {
                if (errors.isEmpty()) {
                    out.println(PollsterAccuracyTables.nothingScored());
                    PollsterAccuracyTables.leftOut(scored.leftOut()).ifPresent(n -> out.println("note: " + n));
                    return 0;
                }
                out.println(PollsterAccuracyTables.heading(errors));
                out.print(Tables.text(PollsterAccuracyTables.finalPolls(errors, scored.resultShares(), true)));
                // Only final rounds scored (London 2004, whose first round misses four counts): no empty record.
                if (!scored.records().isEmpty()) {
                    out.println();
                    out.println("Record across " + String.join(", ", scored.scored()) + ":");
                    out.print(Tables.text(PollsterAccuracyTables.records(scored.records())));
                }
                if (!scored.finalRoundRecords().isEmpty()) {
                    out.println();
                    out.println(PollsterAccuracyTables.finalRoundHeading(scored.scoredFinalRounds()));
                    out.print(Tables.text(PollsterAccuracyTables.records(scored.finalRoundRecords())));
                }
                PollsterAccuracyTables.notes(
                                errors,
                                scored.records(),
                                scored.finalRoundRecords(),
                                scored.resultShares(),
                                scored.leftOut(),
                                scored.unscored())
                        .forEach(n -> out.println("note: " + n));
            }
            case CSV -> out.print(Tables.csv(PollsterAccuracyTables.finalPolls(errors, scored.resultShares(), false)));
            case JSON ->
                out.println(PollsterAccuracyJson.write(
                        errors, scored.records(), scored.finalRoundRecords(), scored.leftOut(), scored.unscored()));
        }
        return 0;
    }
}
