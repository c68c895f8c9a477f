package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.ContestResult;
import org.pollcast.election.RoundLabel;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ElectionForecast;

/**
 * The second round of a two-round election, backtested as the first is: forecast as of each horizon before the second
 * round's day (once the first round is counted, so the pair is known), with the pair's polls public by then, and scored
 * against the second round's count beside the same two baselines, the mean of the last week's polls of the pair and the
 * last one. Its rows are labelled "{@code id} (second round)". A forecast between the rounds is what a pundit publishes
 * for a run-off (Chicago's April, France's second Sunday); without these rows the backtest scored only the first
 * round, and a model's run-off record went unmeasured.
 */
final class SecondRoundBacktest {
    private SecondRoundBacktest() {}

    /**
     * The rows of {@code p}'s second round at each horizon, where {@code p} is a two-round election whose second round
     * is counted and whose first round settles the pair; none otherwise. A horizon that falls before the first round was
     * counted is added to {@code skipped}.
     */
    static List<BacktestRow> score(
            Workspace ws,
            BacktestRunner.Prepared p,
            List<Integer> horizons,
            ForecastRequest request,
            List<String> skipped) {
        String label = RoundLabel.secondRound(p.election().id());
        Optional<SecondRound.Counted> second =
                SecondRound.counted(ws, p.election(), why -> skipped.add(label + ": " + why));
        if (second.isEmpty()) {
            return List.of();
        }
        LocalDate day = p.mayor().secondRound();
        ContestResult counted = second.get().count();
        Map<String, Double> actual = counted.shares();
        List<String> top = counted.topTwo();
        List<BacktestRow> rows = new ArrayList<>();
        for (int h : horizons) {
            LocalDate asOf = day.minusDays(h);
            if (!asOf.isAfter(p.election().date())) {
                skipped.add(BacktestRunner.horizon(label, h) + asOf + " is not after the first round ("
                        + p.election().date() + "), whose count names the pair");
                continue;
            }
            ElectionForecast f;
            try {
                f = Forecasts.runAsOf(ws, request.withAsOf(asOf), p.election(), p.polls(), asOf, false)
                        .forecast();
            } catch (RequestException none) {
                skipped.add(BacktestRunner.horizon(label, h) + none.getMessage());
                continue; // no poll of the pair by then: the second round is forecast from the pair's polls
            }
            List<Poll> pair = second.get().round().polls(p.polls(), asOf);
            rows.add(BacktestScores.model(
                            second.get().round().election(),
                            h,
                            asOf,
                            f,
                            actual,
                            top,
                            Optional.empty(),
                            top.get(0),
                            Map.of(),
                            pair,
                            true)
                    .withElection(label));
            BacktestScores.baselines(second.get().round().election(), h, asOf, pair, actual, top, top.get(0)).stream()
                    .map(r -> r.withElection(label))
                    .forEach(rows::add);
        }
        return rows;
    }
}
