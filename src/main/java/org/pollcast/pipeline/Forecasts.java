package org.pollcast.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.WithdrawnLeaders;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.CampaignPolls;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.TransferTableReader;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollingBlackout;
import org.pollcast.report.LeadWords;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.Conditions;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorSimulator;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.ShareInputs;
import org.pollcast.simulate.Shifts;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/** Poll average (or baseline prior) → transfers → simulation: the forecast, the scenario, the report's forecast. */
public final class Forecasts {
    /**
     * The forecast model's version, recorded with every nightly run so that a report marks a model change
     * rather than drawing it as a move in the race. Change it whenever a change moves the numbers for the same
     * polls (the golden forecast.json under src/test/resources/golden changes then too).
     */
    public static final String MODEL_VERSION = "2026.12-47";

    private Forecasts() {}

    public static ForecastOutcome run(Workspace ws, ForecastRequest request) {
        checkTransferFiles(request);
        Election election = ws.catalog().resolve(request.election());
        LocalDate asOf = Averages.asOf(ws, election, request.asOf());
        if (election.baseline() != null) {
            // A forecast starts from the baseline election's result (its swing, its constituencies, the prior when
            // there are no polls): as of a date before that election was held, it would use a result not yet known.
            Election baseline = ws.catalog().resolve(election.baseline());
            if (asOf.isBefore(baseline.date())) {
                throw new RequestException(
                        "as-of",
                        asOf + " is before " + baseline.id() + " (" + baseline.date() + "), the baseline election "
                                + election.id() + " starts from; its result was not known then");
            }
        }
        List<Poll> all;
        try (PollStore store = ws.openStore()) {
            all = PollSource.polls(ws, store, election);
        }
        return runAsOf(ws, request, election, all, asOf, true);
    }

    /**
     * The forecast from {@code all} as of {@code asOf}: between a two-round election's rounds its second round alone
     * ({@link SecondRound}), else {@link #runWith}. The race over time asks this of every date, so its dates after the
     * first round are the second round's forecasts, as the headline is.
     */
    static ForecastOutcome runAsOf(
            Workspace ws,
            ForecastRequest request,
            Election election,
            List<Poll> all,
            LocalDate asOf,
            boolean withAssembly) {
        Optional<SecondRound> second = SecondRound.asOf(ws, election, asOf);
        if (second.isPresent()) {
            return secondRound(ws, request, election, second.get(), all, asOf);
        }
        return runWith(ws, request, election, all, asOf, withAssembly);
    }

    /**
     * A two-round election between its rounds: the second round forecast as an election of the two finalists from the
     * polls of the pair ({@link SecondRound}), its source note saying first that the first round is counted; with no
     * poll of the pair yet, from the first round's count and the transfers alone ({@link CountedSecondRound}).
     */
    private static ForecastOutcome secondRound(
            Workspace ws,
            ForecastRequest request,
            Election election,
            SecondRound second,
            List<Poll> all,
            LocalDate asOf) {
        List<Poll> polls = second.polls(all, asOf);
        if (polls.isEmpty()) {
            return CountedSecondRound.forecast(ws, request, election, second, all, asOf);
        }
        int before = second.leftOut(all, polls);
        ForecastOutcome outcome = runWith(ws, request, second.election(), polls, asOf, false);
        var mayor = outcome.forecast().mayor();
        return new ForecastOutcome(
                outcome.election(),
                outcome.asOf(),
                outcome.average(),
                new ElectionForecast(
                        mayor.asSecondRound(second.note(polls, before) + second.heldBack(all, asOf)),
                        outcome.forecast().assembly()),
                outcome.assemblyInput(),
                outcome.transfers());
    }

    /** The forecast from exactly {@code all} (the election's polls; those after {@code asOf} are ignored). */
    public static ForecastOutcome runWith(
            Workspace ws, ForecastRequest request, Election election, List<Poll> all, LocalDate asOf) {
        return runWith(ws, request, election, all, asOf, true);
    }

    /**
     * The forecast from exactly {@code all}; with {@code withAssembly} false, the Mayor alone: the Assembly, most of a
     * simulation's time, is neither built nor simulated. The Mayor's model is the same; its draws fall differently
     * without the Assembly's between them, so its numbers agree with the full forecast's within Monte Carlo error.
     */
    static ForecastOutcome runWith(
            Workspace ws,
            ForecastRequest request,
            Election election,
            List<Poll> given,
            LocalDate asOf,
            boolean withAssembly) {
        checkTransferFiles(request);
        BaselineContests.check(ws, election);
        List<Poll> all = PollSource.withLeadPolls(election, given);
        SingleWinnerContest contest = election.lead()
                .orElseThrow(() -> new RequestException(
                        "election",
                        election.id() + ": nothing to forecast: its definition has neither a single-winner contest"
                                + " taking first preferences nor an additional-member contest"));
        SimulationSettings settings = settings(ws, request, election);
        // The polling error before the series' record moves it (PollErrorRecord), for the note that says so.
        SimulationSettings defaults = settings;
        ShareInput input;
        PollAverage average = null;
        PollBias bias = null;
        // The polling error after the record and the firm count the average rests on (FirmCount), for the notes.
        double afterRecord = settings.pollingErrorSd();
        FirmCount firms = new FirmCount(Double.NaN);
        AssemblyInput assembly = null;
        String assemblyNote = null;
        try (PollStore store = ws.openStore()) {
            // The sample-size hints and the learned poll error read across elections: load every bundled election
            // first, so that they see the same store whichever command ran first. The poll error is learned for a
            // forecast from polls; a prior from the baseline result has no poll average to correct, and takes only
            // the share of candidates it carries nothing to (PollBias.othersFloor).
            PollSource.ensureAllLoaded(ws, store);
            Map<String, Integer> sampleHints = Averages.sampleHints(store, election, asOf);
            List<Poll> polls = all.stream()
                    .filter(p -> p.contest().equals(contest.id()) && p.scope() == Scope.FIRST_PREF && p.knownBy(asOf))
                    .toList();
            // Polls a withdrawn candidate led are no average's (WithdrawnLeaders, whose note the average prints): with
            // only those by then, the forecast starts from the baseline as with none, where it stopped with an error.
            int ledByWithdrawn =
                    polls.stream().allMatch(p -> WithdrawnLeaders.ledByWithdrawn(contest, p)) ? polls.size() : 0;
            if (ledByWithdrawn > 0) {
                polls = List.of();
            }
            // A parliament with no list poll by then forecasts its list vote from its other polls (ListStandIns).
            ListStandIns.Used standIns =
                    polls.isEmpty() ? ListStandIns.standIns(election, all, asOf) : ListStandIns.Used.NONE;
            if (standIns.any()) {
                polls = standIns.polls();
            }
            if (!polls.isEmpty()) {
                average = Averages.compute(
                        ws, store, election, contest, Scope.FIRST_PREF, polls, asOf, request.averaging(), sampleHints);
                bias = PollBias.learn(ws, store, election);
                settings = bias.errors().applyTo(settings, request.simulation());
                afterRecord = settings.pollingErrorSd();
                firms = FirmCount.of(average);
                settings = firms.applyTo(settings, request.simulation());
                input = ShareInputs.fromAverage(election, contest, average);
                input = StoppedSupport.apply(
                        contest, input, Aggregator.used(contest, Scope.FIRST_PREF, polls, asOf), asOf);
                if (standIns.any()) {
                    input = ListStandIns.toList(ws, election, input, standIns.scope());
                }
                Optional<WestminsterTrend> trend = WestminsterTrend.measure(
                        ws, store, election, all, polls, asOf, request.averaging(), sampleHints);
                if (trend.isPresent()) {
                    input = trend.get().apply(input);
                }
                PollAverage polled = average;
                int unpolled = (int) contest.candidates().stream()
                        .filter(c -> polled.share(c.id()).isEmpty())
                        .count();
                input = bias.apply(input, unpolled, election.listLed());
                input = UnpolledCandidates.fill(ws, election, contest, input, bias.unpolledShare());
                LocalDate newest =
                        polls.stream().map(Poll::date).max(LocalDate::compareTo).orElse(asOf);
                input = InformationAge.widen(input, newest, settings.driftPerDay());
                Optional<String> silence = PollingBlackout.silenceNote(election, newest, asOf);
                if (silence.isPresent()) {
                    input = input.withNote("; " + silence.get());
                }
                input = InformationAge.widenUnnamedSince(input, polls, newest, settings.driftPerDay());
                // Which polls a candidate's campaign paid for: said where the forecast is read, not only by `average`.
                Optional<String> campaign = CampaignPolls.note(contest, polls);
                if (campaign.isPresent()) {
                    input = input.withNote("; " + campaign.get());
                }
            } else {
                if (election.baseline() == null) {
                    throw noPollsNorBaseline(
                            election,
                            contest,
                            asOf,
                            Aggregator.firstNotKnownBy(all, contest.id(), Scope.FIRST_PREF, asOf));
                }
                input = baselineInput(ws, election, contest, asOf);
                ShareInput carried = input;
                int uncarried = (int) contest.candidates().stream()
                        .filter(c -> !carried.options().contains(c.id()))
                        .count();
                if (uncarried > 0) {
                    input = PollBias.learn(ws, store, election)
                            .othersFloor(input, uncarried, election.baseline(), election.listLed());
                }
                input = InformationAge.widen(
                        input, ws.catalog().resolve(election.baseline()).date(), settings.driftPerDay());
                if (ledByWithdrawn > 0) {
                    input = input.withSourceFirst(Counted.of(ledByWithdrawn, "poll", "polls")
                            + " by then, each led by a candidate who withdrew, left out");
                }
            }
            // Said beside the polls counted: the average's own note says it only where `average` prints it.
            Optional<String> held = PollingBlackout.heldBackNote(election, all, contest.id(), Scope.FIRST_PREF, asOf);
            if (held.isPresent()) {
                input = input.withNote("; " + held.get());
            }
            input = CandidatesToCome.widen(ws, election, contest, input);
            input = afterToday(input, LocalDate.now());
            // A what-if move comes before the Assembly is built, so that its ballots follow the moved shares by party.
            input = parseNamingOthers(contest, input, request.shifts(), in -> Shifts.parse(request.shifts(), in))
                    .apply(input);
            Optional<AdditionalMemberContest> ams =
                    withAssembly ? election.first(AdditionalMemberContest.class) : Optional.empty();
            if (ams.isPresent()
                    && election.baseline() == null
                    && !election.listLed()
                    && !polled(ams.get(), all, asOf)) {
                // With neither a past result nor an Assembly poll, the Assembly vote would be the mayoral vote alone,
                // moved by other elections' differences: an independent's voters have no party, and london-2000's
                // Livingstone (39%) put 46% of the list in Others.
                assemblyNote = ConstituencyBaselines.bodyName(ams.get()) + "'s seats not projected: " + election.id()
                        + " is a first election (no baseline) with no Assembly polls dated by " + asOf + ", so the"
                        + " Assembly vote would rest on the mayoral vote alone, which says nothing of how an"
                        + " independent's voters or a party without a candidate vote on the list; an Assembly poll"
                        + " gives the seats; the vote shares above are forecast as usual";
            } else if (ams.isPresent()) {
                // A first election (no baseline) starts its constituencies and regions at the whole area's forecast
                // shares with unknown leans (FirstElection), and its notes say so.
                // Constituency polls that made the list vote are not pooled into its constituency ballot again.
                List<Poll> assemblyPolls = all.stream()
                        .filter(p -> !standIns.standsIn(ams.get(), p))
                        .toList();
                assembly = AssemblyInputs.build(
                        election, ams.get(), assemblyPolls, asOf, request.averaging(), sampleHints, input, ws);
            }
        }
        TransferChoice transfers = transfers(ws, request, election, contest, input, all, asOf);
        AssemblyInput assemblyOn = assembly;
        Conditions conditions = request.conditions().isEmpty()
                ? Conditions.none()
                : parseNamingOthers(
                        contest,
                        input,
                        request.conditions(),
                        in -> Conditions.parse(request.conditions(), in, assemblyOn));
        ElectionForecast forecast;
        boolean showProgress = request.showProgress() && System.console() != null && settings.sims() >= 2_000_000;
        try (ProgressBar bar = showProgress
                ? new ProgressBarBuilder()
                        .setTaskName("simulating")
                        .setInitialMax(settings.sims())
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUnit("k sims", 1000)
                        .build()
                : null) {
            LongConsumer progress = bar == null
                    ? null
                    : n -> {
                        synchronized (bar) {
                            bar.stepBy(n);
                        }
                    };
            forecast = MayorSimulator.run(
                    election.id(),
                    contest.id(),
                    input,
                    contest.countRules(),
                    transfers.table(),
                    transfers.swing(),
                    assembly,
                    settings,
                    conditions,
                    progress);
        }
        List<String> notes = new ArrayList<>();
        if (contest.system() != VotingSystem.FPTP) {
            // first-past-the-post counts no second preferences: saying which table it did not use only confuses
            notes.add(transfers.note(contest.system(), input));
        }
        if (bias != null) {
            boolean parties = election.listLed() || election.partyVote();
            notes.add(bias.note(contest.candidates().size() > 2, parties));
            // "a 50% party", "a 50% option" (a referendum's answers), as the report's explainer says it
            String option = LeadWords.of(election).one();
            if (afterRecord != defaults.pollingErrorSd()) {
                notes.add(bias.errors().sentence(defaults.pollingErrorSd(), option));
            }
            String firmNote = settings.pollingErrorSd() == afterRecord ? null : firms.sentence(afterRecord, option);
            if (firmNote != null) {
                notes.add(firmNote);
            }
        }
        if (assemblyNote != null) {
            notes.add(assemblyNote);
        }
        String folded = OthersNote.of(election, contest, input);
        if (folded != null) {
            notes.add(folded);
        }
        return new ForecastOutcome(
                election,
                asOf,
                average,
                new ElectionForecast(forecast.mayor().withNotes(notes), forecast.assembly()),
                assembly,
                transfers);
    }

    /**
     * The second preferences {@code contest} counts with from {@code input}'s shares: the table or prior chosen, leaned
     * by the series' counted final rounds, and (under a count of two rounds or of preferences) tilted by the run-off
     * polls of {@code all} known by {@code asOf}. A second round forecast from its first round's count alone
     * ({@link CountedSecondRound}) counts with the same.
     */
    static TransferChoice transfers(
            Workspace ws,
            ForecastRequest request,
            Election election,
            SingleWinnerContest contest,
            ShareInput input,
            List<Poll> all,
            LocalDate asOf) {
        TransferPriorFit fitted = ws.transferPriorFor(election);
        TransferChoice transfers = TransferChoice.choose(
                input,
                election,
                contest,
                transferTables(ws, request),
                !request.transferFiles().isEmpty(),
                ws.catalog(),
                ws.aliases(),
                fitted);
        transfers = CountedFinalLean.apply(transfers, election, contest, input, ws.catalog(), ws.results());
        if (contest.system() != VotingSystem.FPTP) {
            transfers = transfers.withRunoffPolls(
                    all.stream().filter(p -> p.contest().equals(contest.id())).toList(),
                    input,
                    asOf,
                    request.averaging().halfLifeDays(),
                    contest.system(),
                    fitted.prior().secondRoundSwing(),
                    fitted.prior().secondRoundLean(),
                    fitted.prior().secondRoundReturn());
        }
        return transfers;
    }

    /**
     * The simulation settings of a forecast of {@code election}: the request's, with the transfer concentration the
     * request or the prior gives, and a list vote's polling error where the election is led by a party vote.
     */
    static SimulationSettings settings(Workspace ws, ForecastRequest request, Election election) {
        SimulationSettings settings = request.simulation()
                .withTransferConcentration(
                        request.transferConcentration() != null
                                ? request.transferConcentration()
                                : ws.transferPrior().concentration());
        if (election.listLed() || election.partyVote()) {
            // Party polls miss by less than polls of persons (SimulationSettings): a national vote between parties
            // (Australia's primary vote and 2PP) took London's mayoral 6 points, and the eve of 2025 gave Labor's
            // primary 23-41% and its 2PP 43-60% (90%) from 14 polls within 4 points of each other.
            settings = settings.forListVote();
        }
        return settings;
    }

    /** Whether {@code all} holds a poll of {@code contest} (any ballot) dated on or before {@code asOf}. */
    private static boolean polled(AdditionalMemberContest contest, List<Poll> all, LocalDate asOf) {
        return all.stream().anyMatch(p -> p.contest().equals(contest.id()) && p.knownBy(asOf));
    }

    /**
     * {@code input} saying first, when its as-of date is after {@code today}, that it is. Such a forecast is
     * allowed (a pundit may want the forecast as it would stand on a later day with today's polls), but headed
     * "1 day before polling day" it read as the eve-of-poll forecast: no poll dated after today exists, and what
     * stands for the days between is the drift, added to the errors from the newest information to the as-of date.
     * The source note is the first note of the table, the JSON's source and the report's subheading.
     */
    static ShareInput afterToday(ShareInput input, LocalDate today) {
        if (!input.asOf().isAfter(today)) {
            return input;
        }
        return input.withSourceFirst("as of " + input.asOf() + ", after today (" + today + "): no polls after today"
                + " exist, so this is the forecast as it would stand then on today's polls, wider by the drift until"
                + " then");
    }

    /**
     * The cross-tables a forecast looks in: each file named on the command line, else every
     * {@code <series>_mayor_second_preferences.csv} of data/results read as one table, so a place's own file counts
     * and an edit to it changes the forecast.
     */
    static List<TransferTableReader.Rows> transferTables(Workspace ws, ForecastRequest request) {
        if (request.transferFiles().isEmpty()) {
            return List.of(TransferTableReader.parse(ws.resultFiles(ResultFiles.Kind.MAYOR_SECOND_PREFERENCES)));
        }
        List<TransferTableReader.Rows> tables = new ArrayList<>();
        for (Path file : request.transferFiles()) {
            tables.add(TransferTableReader.parse(file));
        }
        return tables;
    }

    /** A cross-table asked for by name must exist: only the bundled default may be absent (then the prior is used). */
    private static void checkTransferFiles(ForecastRequest request) {
        for (Path file : request.transferFiles()) {
            if (!Files.isRegularFile(file)) {
                throw new RequestException("transfers", file + ": no such file");
            }
        }
    }

    /**
     * {@code parse}'s result, or its refusal with a word on any candidate the texts name who stood but is forecast
     * among "other" (no poll names them): "unknown option 'selker'" said nothing of Marty Selker being on the ballot.
     */
    static <T> T parseNamingOthers(
            SingleWinnerContest contest,
            ShareInput input,
            List<String> texts,
            java.util.function.Function<ShareInput, T> parse) {
        try {
            return parse.apply(input);
        } catch (BadInputException e) {
            String said = String.join(" ", texts).toLowerCase(Locale.ROOT);
            List<String> pooled = new ArrayList<>();
            for (var c : contest.candidates()) {
                if (!input.options().contains(c.id())
                        && java.util.regex.Pattern.compile(
                                        "(?<![a-z0-9_])" + java.util.regex.Pattern.quote(c.id()) + "(?![a-z0-9_])")
                                .matcher(said)
                                .find()) {
                    pooled.add(c.id() + " (" + c.name() + ")");
                }
            }
            if (pooled.isEmpty()) {
                throw e;
            }
            throw new BadInputException(e.getMessage() + "; " + String.join(", ", pooled)
                    + (pooled.size() == 1 ? " stood but is" : " stood but are")
                    + " forecast among 'other', with the candidates no poll names: a condition or shift on 'other'"
                    + " covers them together");
        }
    }

    /**
     * A forecast with no poll by {@code asOf} and no baseline to start from has nothing to say; {@code later} names the
     * first poll after it, where there is one, as {@code average} does: a first election before its first poll.
     */
    private static RequestException noPollsNorBaseline(
            Election election, SingleWinnerContest contest, LocalDate asOf, String later) {
        return new RequestException(
                "election",
                election.id() + ": no "
                        + election.leadVote()
                                .map(v -> "polls of the " + v.words())
                                .orElse(contest.id() + " first-preference polls")
                        + " dated on or before " + asOf + later
                        + ", and no baseline election to start from");
    }

    /** The prior forecast input when there are no polls: the baseline election's result, widened by the time to go. */
    public static ShareInput baselineInput(
            Workspace ws, Election election, SingleWinnerContest contest, LocalDate asOf) {
        if (election.baseline() == null) {
            throw noPollsNorBaseline(election, contest, asOf, "");
        }
        Election baseline = ws.catalog().resolve(election.baseline());
        ContestResult result = ws.results()
                .firstPreferences(baseline, contest.id())
                .orElseThrow(() -> new RequestException(
                        "election",
                        election.id() + ": no " + contest.id() + " polls dated on or before " + asOf
                                + ", and no result for the baseline " + baseline.id() + " in data/results"));
        return ShareInputs.fromBaseline(
                election, contest, baseline, result, baselineWinner(ws, baseline, result), asOf);
    }

    /**
     * Who won {@code baseline}'s contest: the leader of its last published round, else of its first preferences; null
     * where nothing was counted.
     */
    private static String baselineWinner(Workspace ws, Election baseline, ContestResult firstPreferences) {
        // A list vote led as a single race (assembly-list) is no contest of the definition, and has no later rounds.
        SortedMap<Integer, ContestResult> later =
                baseline.contest(firstPreferences.contest()).isPresent()
                        ? ws.results().laterRounds(baseline, firstPreferences.contest())
                        : new TreeMap<>();
        List<String> top = later.isEmpty()
                ? firstPreferences.topTwo()
                : later.get(later.lastKey()).topTwo();
        return top.isEmpty() ? null : top.get(0);
    }
}
