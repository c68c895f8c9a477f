package org.pollcast.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;
import org.pollcast.report.ChartSpec;
import org.pollcast.report.Palette;
import org.pollcast.report.RaceSeries;
import org.pollcast.report.ReportException;
import org.pollcast.report.ReportInput;
import org.pollcast.report.ReportWriter;
import org.pollcast.store.PollStore;

/** Forecast, gather, draw and write a report folder. */
public final class Reports {
    private Reports() {}

    public static ReportResult write(Workspace ws, ReportRequest request) {
        long t0 = System.nanoTime();
        // A folder pollcast would refuse to replace is refused before the simulations, not after.
        Path dir = request.out() != null
                ? request.out()
                : Path.of(
                        "reports",
                        ws.catalog().resolve(request.forecast().election()).id());
        checkReplaceable(dir);
        ForecastOutcome outcome = Forecasts.run(ws, request.forecast());
        long t1 = System.nanoTime();
        ReportInput input = Explanations.add(
                ws,
                request.forecast(),
                outcome,
                ReportInputs.gather(ws, outcome, request.forecast().averaging(), null, Instant.now()));
        long r0 = System.nanoTime();
        if (request.race()) {
            input = input.withRace(race(ws, request.forecast(), outcome));
        }
        double raceSeconds = request.race() ? (System.nanoTime() - r0) / 1e9 : 0;
        int charts = write(ws, input, dir).size();
        long t2 = System.nanoTime();
        return new ReportResult(
                dir, charts, outcome.forecast().mayor().sims(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, raceSeconds);
    }

    /** How the race moved up to the forecast's as-of date, from every poll of the election in the store. */
    static RaceSeries race(Workspace ws, ForecastRequest request, ForecastOutcome outcome) {
        // A two-round election's second round is forecast as an election of its own (SecondRound): the race over time
        // asks the election as defined, whose dates after the first round give the second round's forecasts.
        Election election = outcome.forecast().mayor().secondRoundOnly()
                ? ws.catalog().resolve(outcome.election().id())
                : outcome.election();
        List<Poll> all;
        try (PollStore store = ws.openStore()) {
            all = PollSource.polls(ws, store, election);
        }
        return RaceOverTime.compute(
                ws, request, election, all, outcome.asOf(), outcome.forecast().mayor());
    }

    /** Fails before any work when {@code dir} is a folder the report would refuse to replace. */
    static void checkReplaceable(Path dir) {
        try {
            ReportWriter.checkReplaceable(dir);
        } catch (IOException e) {
            throw new ReportException(dir + ": cannot read the folder: " + e.getMessage());
        }
    }

    /** Writes the report of {@code input} into {@code dir}; returns the charts drawn. */
    public static List<ChartSpec> write(Workspace ws, ReportInput input, Path dir) {
        try {
            return ReportWriter.write(input, Palette.load(ws.palette()), dir);
        } catch (IOException e) {
            throw new ReportException(dir + ": cannot write the report: " + e.getMessage());
        }
    }
}
