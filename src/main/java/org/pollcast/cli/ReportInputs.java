package org.pollcast.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.StoredPoll;
import org.pollcast.report.ChangeReport;
import org.pollcast.report.ReportInput;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Gathers what a report shows: polls, the weighted average, the Kalman trend, the forecast and the history. */
final class ReportInputs {
    private ReportInputs() {
    }

    static ReportInput gather(CommonOptions common, AggregateOptions aggregate, Election election, ElectionForecast forecast,
            ChangeReport changes, Instant runAt, PrintWriter err) {
        SingleWinnerContest mayor = (SingleWinnerContest) election.contest(forecast.mayor().contest()).orElseThrow();
        LocalDate asOf = forecast.mayor().input().asOf();
        AggregateSettings settings = aggregate.settings();
        try (PollStore store = common.openStore()) {
            PollSource.ensureLoaded(common, store, election, err);
            List<StoredPoll> polls = store.polls(PollQuery.of(election.id()).withUntil(asOf));
            List<org.pollcast.poll.Poll> mayorPolls = polls.stream().map(StoredPoll::poll)
                    .filter(p -> p.contest().equals(mayor.id()) && p.scope() == Scope.FIRST_PREF).toList();
            PollAverage average = null;
            PollAverage trend = null;
            if (!mayorPolls.isEmpty()) {
                var hints = Aggregator.medianSampleSizes(store.statedSampleSizes());
                average = Aggregator.average(election, mayor, Scope.FIRST_PREF, mayorPolls, asOf, settings.withMethod(AverageMethod.WEIGHTED),
                        java.util.Map.of(), hints);
                trend = Aggregator.average(election, mayor, Scope.FIRST_PREF, mayorPolls, asOf, settings.withMethod(AverageMethod.KALMAN),
                        java.util.Map.of(), hints);
            }
            List<ReportInput.HistoryRun> history = new ArrayList<>();
            for (ForecastRun r : store.runs(election.id())) {
                history.add(new ReportInput.HistoryRun(r.runAt(), r.asOf(), r.pWin()));
            }
            return new ReportInput(election, polls, average, trend, forecast, history, changes, runAt);
        }
    }
}
