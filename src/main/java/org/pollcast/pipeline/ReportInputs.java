package org.pollcast.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.WithdrawnLeaders;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.report.ChangeReport;
import org.pollcast.report.ReportInput;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Gathers what a report shows. Its average is the forecast's own (the very object the simulation started
 * from), and its trend line is the same request with the Kalman method, so a report cannot show a number
 * that the forecast and {@code average} do not. For an election already held, it sets the forecast beside the
 * official result ({@link ResultChecks}).
 */
public final class ReportInputs {
    private ReportInputs() {}

    public static ReportInput gather(
            Workspace ws, ForecastOutcome outcome, AggregateSettings averaging, ChangeReport changes, Instant runAt) {
        Election election = outcome.election();
        SingleWinnerContest mayor = election.lead()
                .filter(c -> c.id().equals(outcome.forecast().mayor().contest()))
                .orElseThrow();
        try (PollStore store = ws.openStore()) {
            PollSource.ensureLoaded(ws, store, election);
            // Polls the average leaves out as of another race (a withdrawn candidate led them) are no polls of this
            // one's trend: plotted, Biden's polls of February stretched the chart's dates so that the 36 polls of
            // Harris and Trump were one blot in its last tenth, and took the legend's markers from the firms used.
            List<StoredPoll> listed = PollSource.withLead(
                            election,
                            PollSource.read(
                                    store, election, PollQuery.of(election.id()).withUntil(outcome.asOf())))
                    .stream()
                    .filter(sp -> !(sp.poll().contest().equals(mayor.id())
                            && sp.poll().scope() == Scope.FIRST_PREF
                            && WithdrawnLeaders.ledByWithdrawn(mayor, sp.poll())))
                    .toList();
            // A two-round election's second round, forecast alone: its polls are the finalists' (SecondRound), not
            // the first round's, whose trend the page would draw against a polling day two weeks on.
            List<StoredPoll> polls = outcome.forecast().mayor().secondRoundOnly()
                    ? SecondRound.asOf(ws, ws.catalog().resolve(election.id()), outcome.asOf())
                            .map(second -> second.stored(listed, outcome.asOf()))
                            .orElse(listed)
                    : listed;
            List<Poll> mayorPolls = polls.stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.contest().equals(mayor.id()) && p.scope() == Scope.FIRST_PREF)
                    .toList();
            PollAverage average = outcome.average();
            PollAverage trend = null;
            if (!mayorPolls.isEmpty()) {
                if (average != null && average.settings().method() == AverageMethod.KALMAN) {
                    trend = average;
                } else {
                    // One stated-sample-size query for the average and the trend alike (same election, same day).
                    Map<String, Integer> sampleHints = Averages.sampleHints(store, election, outcome.asOf());
                    java.util.function.Function<AggregateSettings, PollAverage> averaged = settings -> Averages.compute(
                            ws,
                            store,
                            election,
                            mayor,
                            Scope.FIRST_PREF,
                            mayorPolls,
                            outcome.asOf(),
                            settings,
                            sampleHints);
                    if (average == null) {
                        average = averaged.apply(averaging);
                    }
                    trend = average.settings().method() == AverageMethod.KALMAN
                            ? average
                            : averaged.apply(averaging.withMethod(AverageMethod.KALMAN));
                }
            }
            List<ReportInput.HistoryRun> history = new ArrayList<>();
            for (ForecastRun r : store.runs(election.id())) {
                history.add(new ReportInput.HistoryRun(r.runAt(), r.asOf(), r.pWin(), r.modelVersion()));
            }
            ResultCheck result = ResultChecks.check(
                            ws, outcome, polls.stream().map(StoredPoll::poll).toList())
                    .orElse(null);
            return new ReportInput(
                    election, polls, average, trend, outcome.forecast(), history, changes, runAt, result);
        }
    }
}
