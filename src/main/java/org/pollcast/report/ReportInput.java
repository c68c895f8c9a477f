package org.pollcast.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.ElectionForecast;

/**
 * Everything a report shows, computed beforehand: the polls used, the weighted average (with house effects),
 * the Kalman trend, the forecast, and the history of earlier runs (oldest first). {@code average} and
 * {@code trend} are null when there are no polls (a prior forecast).
 *
 * @param changes  what moved since the last run (nightly), or null
 * @param runAt    when this report was made (shown; not part of forecast.json)
 */
public record ReportInput(
        Election election,
        List<StoredPoll> polls,
        PollAverage average,
        PollAverage trend,
        ElectionForecast forecast,
        List<HistoryRun> history,
        ChangeReport changes,
        Instant runAt) {

    public ReportInput {
        polls = List.copyOf(polls);
        history = List.copyOf(history);
    }

    /** This input with {@code run} added to the end of the history: the run being reported, before it is recorded. */
    public ReportInput withHistoryRun(HistoryRun run) {
        List<HistoryRun> more = new java.util.ArrayList<>(history);
        more.add(run);
        return new ReportInput(election, polls, average, trend, forecast, more, changes, runAt);
    }

    /** One earlier run: when, as of which date, each option's win probability, and the model version that made it. */
    public record HistoryRun(Instant runAt, java.time.LocalDate asOf, Map<String, Double> pWin, String modelVersion) {
        public HistoryRun {
            pWin = Map.copyOf(pWin);
        }
    }
}
