package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollStore;

/**
 * The one way to a polling average. The {@code average} and {@code house-effects} commands, the forecast,
 * the report and the notebook API all come through here, so for the same settings they show the same
 * numbers (pollster weights from accuracy included: they once reached the forecast but not the report).
 */
public final class Averages {
    private Averages() {}

    public static PollAverage compute(Workspace ws, AverageRequest request) {
        Election election = ws.catalog().resolve(request.election());
        Contest contest = contest(election, request.contest());
        // An election led by its list vote is averaged on its list polls unless asked otherwise: they make its
        // forecast (a body of constituencies only: its constituency polls).
        Scope scope = request.scope() == null
                        && election.listLedBy().filter(contest::equals).isPresent()
                ? election.listLedBy().get().leadBallot()
                : scope(contest, request.scope());
        LocalDate asOf = asOf(ws, election, request.asOf()); // every argument is checked before the store is touched
        Optional<SecondRound> second = request.scope() == null || request.scope() == Scope.RUNOFF
                ? secondRound(ws, election, contest, asOf)
                : Optional.empty();
        try (PollStore store = ws.openStore()) {
            PollSource.ensureAllLoaded(ws, store);
            List<Poll> all = PollSource.polls(ws, store, election);
            if (second.isPresent()) {
                SecondRound round = second.get();
                List<Poll> pair = round.polls(all, asOf);
                if (all.isEmpty()) {
                    // Of a store with none of the election's polls, the pair's and the first round's were both
                    // spoken of as if some were there (the Jakarta trial)
                    throw new RequestException(
                            "election",
                            election.id() + ": the store holds no polls of it; add some with: pollcast ingest FILE"
                                    + " --election " + election.id());
                }
                if (pair.isEmpty()) {
                    // Without --as-of the day is the default (the second round's, or today if earlier): the message
                    // says so rather than blaming an option the user never gave (the Brazilian trial), and names the
                    // election, not an option, as at fault.
                    String when = request.asOf() == null
                            ? " dated by " + asOf + " (no --as-of given: "
                                    + (asOf.isBefore(round.election().date()) ? "today" : "the second round's day")
                                    + ")"
                            : " dated by " + asOf;
                    throw new RequestException(
                            request.asOf() == null ? "election" : "as-of",
                            election.id() + ": no poll of " + round.pairWords() + when
                                    + ", and between the rounds the average is the second round's; --scope first_pref"
                                    + " averages the first round's polls");
                }
                PollAverage average = compute(
                        ws,
                        store,
                        round.election(),
                        round.contest(),
                        Scope.FIRST_PREF,
                        pair,
                        asOf,
                        request.settings(),
                        sampleHints(store, round.election(), asOf));
                List<String> notes = new ArrayList<>();
                notes.add(round.note(pair, round.leftOut(all, pair), "averages")
                        + round.heldBack(all, asOf)
                        + "; --scope first_pref averages the first round's polls");
                notes.addAll(average.notes());
                return new PollAverage(
                        average.election(),
                        average.contest(),
                        Scope.RUNOFF.code(),
                        average.asOf(),
                        average.settings(),
                        // A race of two has no others: each poll is read as the two's split, so the row was 0.0.
                        average.shares().stream()
                                .filter(x -> !x.option().equals(Option.OTHER))
                                .toList(),
                        average.houseEffects(),
                        average.polls(),
                        average.pollsters(),
                        average.effectiveFirms(),
                        notes,
                        average.trend(),
                        average.overlapping());
            }
            return compute(
                    ws,
                    store,
                    election,
                    contest,
                    scope,
                    all,
                    asOf,
                    request.settings(),
                    sampleHints(store, election, asOf));
        }
    }

    /**
     * Why the second round that {@code request}, asked with no scope, would average can measure no firm's lean: none
     * of its pair's polls is in by its date ("no poll of A v B"), or they are all one firm's ("only FM3 Research
     * polled A v B", a lean being a firm's distance from the others); empty where it would average anything else or
     * has two firms' polls. A pollster's lean is then measured on the first round's polls: the Lithuanian trial's
     * {@code house-effects lt-2024}, after a first round whose pair no firm polled again, was refused, and the Chicago
     * trial's {@code house-effects chicago-2019}, one firm's poll of the pair beside five firms' first-round polls,
     * printed no table, only that house effects could not be estimated.
     */
    static Optional<String> unpolledSecondRound(Workspace ws, AverageRequest request) {
        if (request.scope() != null) {
            return Optional.empty();
        }
        Election election = ws.catalog().resolve(request.election());
        Contest contest = contest(election, request.contest());
        if (election.listLedBy().filter(contest::equals).isPresent()) {
            return Optional.empty();
        }
        LocalDate asOf = asOf(ws, election, request.asOf());
        Optional<SecondRound> second = secondRound(ws, election, contest, asOf);
        if (second.isEmpty()) {
            return Optional.empty();
        }
        try (PollStore store = ws.openStore()) {
            PollSource.ensureAllLoaded(ws, store);
            List<Poll> all = PollSource.polls(ws, store, election);
            List<Poll> pair = second.get().polls(all, asOf);
            if (pair.isEmpty()) {
                return Optional.of("no poll of " + second.get().pairWords());
            }
            Set<String> firms = pair.stream().map(Poll::pollster).collect(Collectors.toCollection(TreeSet::new));
            return firms.size() == 1
                    ? Optional.of("only " + firms.iterator().next() + " polled "
                            + second.get().pairWords())
                    : Optional.empty();
        }
    }

    /**
     * Between a two-round election's rounds, its second round, whose average is the one its forecast starts from:
     * the pair's polls after the first round, each their split of the two ({@link SecondRound}). Asked by default
     * or for the run-off polls; the first round's own average stays a {@code --scope first_pref} away. Before, the
     * default was the first round's average, frozen on the eve of a count already known, and the run-off polls'
     * mixed the pair's polls asked while every candidate stood with the second round's, naming the ten eliminated
     * candidates as "not in any poll". Empty where there is no second round yet, or none to average (no result of
     * the first round in data/results, or a date after the second round: the polls as stored then).
     */
    private static Optional<SecondRound> secondRound(Workspace ws, Election election, Contest contest, LocalDate asOf) {
        if (election.lead().filter(contest::equals).isEmpty()) {
            return Optional.empty();
        }
        return SecondRound.ifAny(ws, election, asOf);
    }

    /**
     * The average of exactly {@code polls} (the election's; others and those after {@code asOf} are ignored), with
     * {@code sampleHints} as {@link #sampleHints} gives them for this election and {@code asOf}: passed in, so that a
     * forecast, which needs them for the Assembly's averages as well, asks the store once.
     */
    static PollAverage compute(
            Workspace ws,
            PollStore store,
            Election election,
            Contest contest,
            Scope scope,
            List<Poll> polls,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Integer> sampleHints) {
        Map<String, Double> weights = settings.pollsterWeighting() == PollsterWeighting.ACCURACY
                ? AccuracyData.weights(ws, store, election)
                : Map.of();
        return Aggregator.average(
                election,
                contest,
                scope,
                polls,
                asOf,
                settings,
                weights,
                sampleHints,
                NewParties.since(ws, election, contest));
    }

    /**
     * Each pollster's median stated sample size, standing in for a poll of {@code election} that states none: from
     * the polls of its series ({@link #sameSeries}) dated by {@code asOf}.
     */
    static Map<String, Integer> sampleHints(PollStore store, Election election, LocalDate asOf) {
        return Aggregator.medianSampleSizes(store.statedSampleSizes(asOf, sameSeries(election)));
    }

    /**
     * The elections whose stated sample sizes stand in for a poll of {@code e} that states none: its series'. A firm's
     * samples in another place are another operation's (YouGov's London panels, 1,048 at the median, against its
     * German ones), and taken from the whole store a German average changed when a London command had loaded London's
     * polls into it.
     */
    static java.util.function.Predicate<String> sameSeries(Election e) {
        return id -> Election.seriesOf(id).equals(e.series());
    }

    /**
     * The as-of date a request means: the one given, else election day, or today if that is earlier; for a two-round
     * election whose first round is counted in data/results, its second round's day, or today if earlier (between the
     * rounds the forecast is of the second round). Without the first round's count the second round's pair is not
     * known, so the default stays the first round's day, as before.
     */
    public static LocalDate asOf(Workspace ws, Election e, LocalDate requested) {
        // A second round there is to forecast: the first round counted and no one elected in it (won outright, the
        // second round's day was the default, and every command given no date was refused).
        boolean counted = requested == null
                && !e.lastPollDay().equals(e.date())
                && SecondRound.ifAny(ws, e, e.lastPollDay()).isPresent();
        return asOf(e, requested, counted);
    }

    /** As {@link #asOf(Workspace, Election, LocalDate)}, told whether a two-round election's first round is counted. */
    static LocalDate asOf(Election e, LocalDate requested, boolean firstRoundCounted) {
        if (requested != null) {
            return requested;
        }
        LocalDate today = LocalDate.now();
        LocalDate last = firstRoundCounted ? e.lastPollDay() : e.date();
        return last.isBefore(today) ? last : today;
    }

    static Contest contest(Election e, String id) {
        if (id != null) {
            return e.contest(id)
                    .orElseThrow(() -> new RequestException(
                            "contest",
                            "unknown contest '" + id + "' in " + e.id() + "; known: "
                                    + String.join(", ", e.contests().keySet())));
        }
        return e.first(SingleWinnerContest.class)
                .map(Contest.class::cast)
                .orElse(e.contests().values().iterator().next());
    }

    static Scope scope(Contest c, Scope s) {
        if (s == null) {
            return c.defaultScope();
        }
        if (!c.scopes().contains(s)) {
            throw new RequestException(
                    "scope", "'" + s + "' is not a scope of " + c.id() + "; expected one of " + c.scopes());
        }
        return s;
    }
}
