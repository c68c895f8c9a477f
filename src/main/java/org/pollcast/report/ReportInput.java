package org.pollcast.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.ElectionForecast;

/**
 * Everything a report shows, computed beforehand: the polls used, the weighted average (with house effects),
 * the Kalman trend, the forecast, and the history of earlier runs (oldest first). {@code average} and
 * {@code trend} are null when there are no polls (a prior forecast).
 *
 * @param changes     what moved since the last run (nightly), or null
 * @param runAt       when this report was made (shown; not part of forecast.json)
 * @param scenarios   what would move the forecast most, from the same simulations (empty: not computed)
 * @param trackRecord how the model did on earlier elections, or null when not computed
 * @param race        how the race moved, recomputed as of earlier dates; null when not computed
 * @param result      how the forecast did against the election's official result; null when the election has not
 *                    been held or has no result bundled
 */
public record ReportInput(
        Election election,
        List<StoredPoll> polls,
        PollAverage average,
        PollAverage trend,
        ElectionForecast forecast,
        List<HistoryRun> history,
        ChangeReport changes,
        Instant runAt,
        List<Scenario> scenarios,
        TrackRecord trackRecord,
        RaceSeries race,
        ResultCheck result) {

    public ReportInput {
        polls = List.copyOf(polls);
        history = List.copyOf(history);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * What the forecast's additional-member body is called in headings ("London Assembly"): the definition's name for
     * it, else the election's area and the contest's id.
     */
    public String assemblyTitle() {
        String contest = forecast.assembly() == null ? "" : forecast.assembly().contest();
        return election.contest(contest)
                .filter(AdditionalMemberContest.class::isInstance)
                .map(c -> ((AdditionalMemberContest) c).title(election.area()))
                .orElse(election.area() + " Assembly");
    }

    /** The input without scenarios, track record or race (a quick report, a notebook). */
    public ReportInput(
            Election election,
            List<StoredPoll> polls,
            PollAverage average,
            PollAverage trend,
            ElectionForecast forecast,
            List<HistoryRun> history,
            ChangeReport changes,
            Instant runAt,
            ResultCheck result) {
        this(election, polls, average, trend, forecast, history, changes, runAt, List.of(), null, null, result);
    }

    /** This input with the scenarios and track record that explain it. */
    public ReportInput withExplanations(List<Scenario> s, TrackRecord t) {
        return new ReportInput(election, polls, average, trend, forecast, history, changes, runAt, s, t, race, result);
    }

    /** This input with how the race moved. */
    public ReportInput withRace(RaceSeries r) {
        return new ReportInput(
                election, polls, average, trend, forecast, history, changes, runAt, scenarios, trackRecord, r, result);
    }

    /**
     * One "what if": the simulations in which {@code condition} held (a share of {@code kept} of them), and the
     * chance of each candidate in those.
     *
     * @param condition in words, e.g. "Ken Livingstone gets 40.2% or more of first preferences"
     * @param kept      the fraction of the simulations where it held
     * @param pWin      option id to its chance of winning in those simulations
     */
    public record Scenario(String condition, double kept, Map<String, Double> pWin) {
        public Scenario {
            pWin = Map.copyOf(pWin);
        }
    }

    /**
     * The model's record on earlier elections, forecast {@code daysBefore} days out with only the polls known
     * then: one model row per election.
     */
    public record TrackRecord(int daysBefore, List<BacktestRow> rows, List<String> skipped) {
        public TrackRecord {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }
    }

    /** This input with {@code run} added to the end of the history: the run being reported, before it is recorded. */
    public ReportInput withHistoryRun(HistoryRun run) {
        List<HistoryRun> more = new ArrayList<>(history);
        more.add(run);
        return new ReportInput(
                election, polls, average, trend, forecast, more, changes, runAt, scenarios, trackRecord, race, result);
    }

    /** One earlier run: when, as of which date, each option's win probability, and the model version that made it. */
    public record HistoryRun(Instant runAt, LocalDate asOf, Map<String, Double> pWin, String modelVersion) {
        public HistoryRun {
            pWin = Map.copyOf(pWin);
        }
    }
}
