package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.Counted;
import org.pollcast.election.Candidate;
import org.pollcast.election.CountRules;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.Conditions;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.MayorSimulator;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * A two-round election's second round between the rounds, before any poll of its pair: forecast from the first round's
 * count, the other candidates' voters dividing between the finalists as the model divides them before the first round
 * (second preferences drawn around the prior or a counted table, and one lean of them all a simulation, {@code
 * RunoffSwing}), the counted shares themselves drawn without error. Before, such a date had no forecast at all: Los
 * Angeles 2022's first Bass v Caruso poll came ten weeks after the primary, and every forecast, report and race-chart
 * date between was refused. It is the first-round model's own second round at the counted first round, the forecast
 * docs/calibration.md ("A second round's voters lean together") scored against eleven counted run-offs, so it is as
 * sure as that record allows and no surer; the first poll of the pair replaces it.
 */
final class CountedSecondRound {
    private CountedSecondRound() {}

    static ForecastOutcome forecast(
            Workspace ws,
            ForecastRequest request,
            Election election,
            SecondRound second,
            List<Poll> all,
            LocalDate asOf) {
        if (!request.conditions().isEmpty() || !request.shifts().isEmpty()) {
            // A what-if moves polled shares; here the first round is counted and nothing is polled to move.
            throw new RequestException(
                    request.conditions().isEmpty() ? "shift" : "if",
                    second.election().id() + ": no poll of " + second.pairWords() + " dated by " + asOf
                            + ", so the second round is forecast from the first round's count alone, which a what-if"
                            + " cannot move; it applies once a poll of the pair is in");
        }
        SingleWinnerContest contest = election.lead().orElseThrow();
        long between =
                ChronoUnit.DAYS.between(second.firstDay(), second.election().date());
        ShareInput counted = countedInput(election, contest, second, asOf, between);
        // The count is known: no polling error; opinion drifts from the count to the second round as it does from a
        // forecast's newest poll to polling day (InformationAge), whatever the as-of date, no poll being newer.
        SimulationSettings settings = Forecasts.settings(ws, request, election).withPollingErrorSd(0);
        TransferChoice transfers = Forecasts.transfers(ws, request, election, contest, counted, all, asOf);
        // The count elected no one: drawn again with the drift since, its leader must not be elected in the first
        // round of a draw. Under the contest's own rule Georgia's 2020 Senate run-off, Perdue on 49.7% of the counted
        // first round, lost half its draws to a first-round win no one had, and the kept half held his share under
        // 50: a 90% range of 49.1-51.3 two months before the run-off (he won 49.4).
        MayorForecast twoRounds = MayorSimulator.run(
                        election.id(),
                        contest.id(),
                        counted,
                        new CountRules(VotingSystem.TWO_ROUND, List.of(OutrightRule.NONE)),
                        transfers.table(),
                        transfers.swing(),
                        null,
                        settings,
                        Conditions.none(),
                        null)
                .mayor();
        SingleWinnerContest pair = second.contest();
        Candidate a = pair.candidates().get(0);
        Candidate b = pair.candidates().get(1);
        double aShare = counted.mean()[counted.index(a.id())];
        double bShare = counted.mean()[counted.index(b.id())];
        String source = String.format(
                Locale.ROOT,
                MayorForecast.SECOND_ROUND
                        + "%s: the first round (%s) is counted, %s %.1f%% and %s %.1f%%, and no poll of the two is in"
                        + " yet, so this forecasts the second round from that count alone: the other candidates'"
                        + " %.1f%% divide between the two as second preferences are drawn before a first round, with"
                        + " one lean of them all in each simulation, and opinion may drift in the %d days from the count"
                        + " to the second round; the first poll of the pair replaces it",
                second.election().date(),
                second.firstDay(),
                a.name(),
                aShare,
                b.name(),
                bShare,
                100 - aShare - bShare,
                between);
        long days = ChronoUnit.DAYS.between(asOf, second.election().date());
        double aSecond = twoRounds.secondRoundShare(a.id(), b.id());
        ShareInput pairInput = new ShareInput(
                second.election().id(),
                asOf,
                Math.max(0, days),
                List.of(a.id(), b.id()),
                List.of(a.name(), b.name()),
                new ArrayList<>(java.util.Arrays.asList(a.party(), b.party())),
                new double[] {aSecond, 100 - aSecond},
                new double[] {0, 0},
                false,
                source);
        List<String> notes = new ArrayList<>();
        notes.add(transfers.note(VotingSystem.TWO_ROUND, counted));
        MayorForecast pairForecast = twoRounds.asPairOf(pairInput, notes);
        return new ForecastOutcome(second.election(), asOf, null, new ElectionForecast(pairForecast, null), null, null);
    }

    /**
     * The first round as counted, each candidate of the count with their share and the rest (a results file's Others
     * line, candidates no longer defined) as "other", drawn without error but for the drift from the count to the
     * second round.
     */
    private static ShareInput countedInput(
            Election election, SingleWinnerContest contest, SecondRound second, LocalDate asOf, long between) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        double rest = 0;
        for (Map.Entry<String, Double> x : second.first().shares().entrySet()) {
            var candidate = contest.candidate(x.getKey());
            if (candidate.isEmpty()) {
                rest += x.getValue();
            } else if (x.getValue() > 0) {
                ids.add(candidate.get().id());
                names.add(candidate.get().name());
                parties.add(candidate.get().party());
                mean.add(x.getValue());
            }
        }
        if (rest > 0) {
            ids.add(Option.OTHER);
            names.add("Others");
            parties.add(null);
            mean.add(rest);
        }
        return new ShareInput(
                election.id(),
                asOf,
                between,
                ids,
                names,
                parties,
                mean.stream().mapToDouble(Double::doubleValue).toArray(),
                new double[ids.size()],
                true,
                "the first round's count, "
                        + Counted.of(ids.size() - (rest > 0 ? 1 : 0), "candidate", "candidates")
                        + (rest > 0 ? " and Others" : ""));
    }
}
