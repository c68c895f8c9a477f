package org.pollcast.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.OfficialCount;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.ElectionForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;

/**
 * A forecast set beside its election's official result, part by part: the comparisons the backtest scores
 * ({@link BacktestRunner} counts its intervals and seat errors from these same lists) and the report's "How this
 * forecast did" ({@link #check}), which keeps them one by one.
 */
public final class ResultChecks {
    /** Candidates under this share of the result are not compared, as in the backtest's error. */
    static final double MIN_SHARE = 5;

    private ResultChecks() {}

    /**
     * How the forecast of {@code outcome} did against the result in {@code data/results}; empty when the election
     * has not been held or the results files have none of its mayoral count. Parts the files lack are left out and
     * named in the notes. A forecast as of polling day or later gets the winner only ({@link ResultCheck#graded()}).
     *
     * @param polls the polls the forecast could use (counted in the backtest's row)
     */
    public static Optional<ResultCheck> check(Workspace ws, ForecastOutcome outcome, List<Poll> polls) {
        Election e = outcome.election();
        ElectionForecast f = outcome.forecast();
        MayorForecast m = f.mayor();
        // singleWinner, not contest: a parliament alone is forecast from its list vote (ListLead), a contest its
        // definition does not write, and its report never set the forecast beside the result.
        Optional<SingleWinnerContest> lead = e.singleWinner(m.contest());
        if (e.date().isAfter(LocalDate.now()) || lead.isEmpty()) {
            return Optional.empty();
        }
        SingleWinnerContest mayor = lead.get();
        ResultsCatalog results = ws.results();
        Optional<ContestResult> first;
        Optional<ContestResult> finals;
        if (m.secondRoundOnly()) {
            // A two-round election's second round forecast on its own (SecondRound): its race of two is set beside the
            // second round's count, read from the whole election's results (the first round's rows name candidates
            // the race of two does not have).
            first = results.finalRound(ws.catalog().resolve(e.id()), mayor.id());
            finals = Optional.empty();
        } else {
            first = results.firstPreferences(e, mayor.id());
            finals = mayor.system().topTwoGoOn()
                    ? results.finalRound(e, mayor.id())
                    : mayor.system() == VotingSystem.INSTANT_RUNOFF
                            ? results.lastPair(e, mayor.id())
                            : Optional.empty();
        }
        if (first.isEmpty() && finals.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        boolean complete = first.isPresent() && first.get().complete();
        // A parliament led by its list vote is counted by its list votes: "first preferences" are a Mayor's.
        String count = e.listLed() ? "list vote" : "first-preference";
        if (first.isPresent() && !complete) {
            notes.add("The " + count + " count in data/results is incomplete (no count for "
                    + String.join(", ", names(mayor, first.get().missing()))
                    + "), so no " + count + " share can be worked out.");
        } else if (first.isEmpty()) {
            notes.add("data/results has no " + count + " count for this election.");
        }
        ResultCheck.Race race = race(m, mayor, first.filter(ContestResult::complete), finals);
        if (race == null) {
            notes.add("data/results does not say who won: the count it has is incomplete.");
        }
        LocalDate asOf = outcome.asOf();
        if (!asOf.isBefore(e.date())) {
            return Optional.of(
                    new ResultCheck(e.id(), e.date(), asOf, race, List.of(), null, List.of(), null, notes, List.of()));
        }
        List<ResultCheck.Share> shares = List.of();
        BacktestRow score = null;
        SeatsRead read = f.assembly() == null ? new SeatsRead(Map.of(), null) : readSeats(ws, e);
        Map<String, Integer> won = read.won();
        if (f.assembly() != null
                && !allSeats(
                        f.assembly(),
                        won.values().stream().mapToInt(Integer::intValue).sum())) {
            // A parliament alone says its own name ("The 129 Scottish Parliament seats"), not London's "Assembly".
            String body = e.listLedBy().map(a -> a.name()).orElse("Assembly");
            notes.add(unscoredSeats(
                    f.assembly().seats(),
                    body,
                    won.values().stream().mapToInt(Integer::intValue).sum(),
                    f.assembly().house() != null,
                    read.problem()));
            won = Map.of();
        }
        if (complete) {
            Map<String, Double> actual = BacktestScores.actualOverOptions(
                    first.get().shares(), m.input().options(), e);
            shares = firstPrefs(m, actual);
            int h = (int) ChronoUnit.DAYS.between(asOf, e.date());
            score = BacktestScores.model(
                    e,
                    h,
                    asOf,
                    f,
                    first.get().shares(),
                    first.get().topTwo(),
                    finals,
                    BacktestRunner.winnerOf(
                            mayor, first.get().topTwo(), first.get().shares(), finals),
                    won,
                    polls,
                    // A race of two (the second round forecast on its own): the loser's share is the winner's mirror,
                    // so the intervals count the winner's alone, as the backtest's second-round rows do. The report
                    // between the Romanian rounds counted both ("2 of these 2 results"), where its backtest said 1 of
                    // 1.
                    m.secondRoundOnly());
            first.get().shares().forEach((id, share) -> {
                if (share >= MIN_SHARE && m.input().index(id) < 0) {
                    notes.add(mayor.nameOf(id) + " had " + String.format(Locale.ROOT, "%.1f", share)
                            + "% of first preferences but is not named by the forecast (among its others).");
                }
            });
        }
        ResultCheck.Share finalShare = finals.map(r -> finalRound(m, r)).orElse(null);
        List<ResultCheck.Threshold> thresholds = complete && f.assembly() != null && e.listLed()
                ? thresholds(
                        e,
                        f.assembly(),
                        BacktestScores.actualOverOptions(
                                first.get().shares(), m.input().options(), e))
                : List.of();
        return Optional.of(new ResultCheck(
                e.id(),
                e.date(),
                asOf,
                race,
                shares,
                finalShare,
                seats(f.assembly(), won, e),
                score,
                notes,
                thresholds));
    }

    /**
     * The lists of a parliament led by its list vote whose chance of the threshold was neither under 5% nor over 95%,
     * or whose list share ended on the side the forecast thought less likely, beside that share. A party's list share
     * under 5% is no row of the shares above it, so the report said nothing of the FDP's 82% chance of Berlin's 5% when
     * it won 4.6% and lost all 12 seats. None where a waiver makes the chance another's, or no list faces a threshold.
     */
    static List<ResultCheck.Threshold> thresholds(Election e, AssemblyForecast asm, Map<String, Double> actual) {
        AdditionalMemberContest house = e.contest(asm.contest())
                .filter(AdditionalMemberContest.class::isInstance)
                .map(AdditionalMemberContest.class::cast)
                .orElse(null);
        if (house == null || house.listRules().waives()) {
            return List.of();
        }
        List<ResultCheck.Threshold> out = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : asm.parties()) {
            double t = house.thresholdOf(p.id());
            Double a = actual.get(p.id());
            if (p.id().equals("other") || t <= 0 || a == null || Double.isNaN(p.pOverThreshold())) {
                continue;
            }
            double pOver = p.pOverThreshold();
            boolean near = pOver >= 0.05 && pOver <= 0.95;
            boolean against = (a >= t) != (pOver >= 0.5);
            if (near || against) {
                out.add(new ResultCheck.Threshold(p.id(), p.name(), t, pOver, a));
            }
        }
        return out;
    }

    /**
     * The forecast's candidates with {@value #MIN_SHARE}% or more of {@code actual} (shares over the forecast's
     * options, {@link BacktestScores#actualOverOptions}), in the forecast's order. The forecast's pooled "others"
     * counts as one when the candidates it did not name had 5% or more together, as the backtest has always
     * counted its intervals (its error, {@link org.pollcast.backtest.Scores#meanAbsoluteError}, leaves others out).
     */
    static List<ResultCheck.Share> firstPrefs(MayorForecast m, Map<String, Double> actual) {
        List<ResultCheck.Share> out = new ArrayList<>();
        for (CandidateForecast c : m.candidates()) {
            Double a = actual.get(c.id());
            if (a == null || a < MIN_SHARE) {
                continue;
            }
            var d = c.firstPref();
            out.add(new ResultCheck.Share(c.id(), c.name(), d.mean(), d.p05(), d.p25(), d.p75(), d.p95(), a));
        }
        return out;
    }

    /**
     * The final-round winner's share of the two finalists' votes beside the forecast's split of that pair; null when
     * no simulation put the two in the final round (or the forecast does not name them). A pair whose split was not
     * tallied (outside the leading candidates) falls back on the winner's final-round share against whoever it met.
     */
    static ResultCheck.Share finalRound(MayorForecast m, ContestResult finals) {
        List<String> two = finals.topTwo();
        if (two.size() < 2) {
            return null;
        }
        String winner = two.get(0);
        int w = m.input().index(winner);
        Optional<RunoffPair> met =
                m.runoffPairs().stream().filter(p -> p.of(winner, two.get(1))).findFirst();
        if (w < 0 || met.isEmpty()) {
            return null;
        }
        CandidateForecast c = m.candidates().get(w);
        ShareDistribution d = met.get().shareOf(winner).orElse(c.runoffShare());
        if (Double.isNaN(d.mean())) {
            return null;
        }
        double actual = 100.0 * finals.votes().get(winner) / finals.total();
        return new ResultCheck.Share(c.id(), c.name(), d.mean(), d.p05(), d.p25(), d.p75(), d.p95(), actual);
    }

    /**
     * Each party's seats beside those it won, for every party that won a seat or was forecast half a seat or more
     * (the rest, forecast none and winning none, would only pad the comparison); empty without both.
     */
    static List<ResultCheck.Seats> seats(AssemblyForecast a, Map<String, Integer> won, Election e) {
        if (a == null || won.isEmpty()) {
            return List.of();
        }
        List<ResultCheck.Seats> out = new ArrayList<>();
        Set<String> forecast = new HashSet<>();
        for (AssemblyForecast.PartySeats p : a.parties()) {
            forecast.add(p.id());
            int w = won.getOrDefault(p.id(), 0);
            if (w == 0 && p.seatsMean() < 0.5) {
                continue;
            }
            out.add(new ResultCheck.Seats(p.id(), p.name(), p.seatsMean(), p.seatsP05(), p.seatsP95(), w));
        }
        // A party that won seats but that the forecast did not run on its own (no poll named it, so its vote was inside
        // Others, never seated) was forecast none, and is scored so. Left out, Greece's Spartiates (12 seats in June
        // 2023, in no poll of the trial's kit) went unmentioned, and the page said "8 of 8 parties" inside their
        // ranges; London 2008's BNP seat, a month out, before any poll named the BNP, likewise. Most seats first.
        won.entrySet().stream()
                .filter(w -> w.getValue() > 0 && !forecast.contains(w.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(w -> out.add(new ResultCheck.Seats(
                        w.getKey(), e.party(w.getKey()).map(Party::name).orElse(w.getKey()), 0, 0, 0, w.getValue())));
        return out;
    }

    /** Each party's Assembly seats (list and constituency) as published, or empty when there are none to read. */
    static Map<String, Integer> actualSeats(Workspace ws, Election e) {
        return readSeats(ws, e).won();
    }

    /**
     * The seats as published ({@link #actualSeats}), and why none could be read where a results file is malformed
     * (null otherwise): "seats are not all in data/results" hid a file that names its own line and field.
     */
    record SeatsRead(Map<String, Integer> won, String problem) {}

    static SeatsRead readSeats(Workspace ws, Election e) {
        Optional<AdditionalMemberContest> body = e.first(AdditionalMemberContest.class);
        if (body.isPresent() && body.get().constituenciesOnly()) {
            Map<String, Integer> winners = constituencyWinners(ws, e, body.get());
            return winners.isEmpty() ? publishedSeats(ws, e, body.get()) : new SeatsRead(winners, null);
        }
        List<ResultFile> files = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        if (files.isEmpty()
                || e.contests().values().stream().noneMatch(c -> c.system() == VotingSystem.ADDITIONAL_MEMBER)) {
            return new SeatsRead(Map.of(), null);
        }
        try {
            AssemblyVotes v = AssemblyResultsReader.read(files, ws.rowOwners(), e, ws.aliases());
            Map<String, Integer> seats = new LinkedHashMap<>();
            for (int i = 0; i < v.parties().size(); i++) {
                int list = v.publishedListSeats()[i] < 0 ? 0 : v.publishedListSeats()[i];
                seats.put(v.parties().get(i), list + v.constituencySeats()[i]);
            }
            return new SeatsRead(seats, null);
        } catch (BadInputException ex) {
            // A source with each party's seats but no split between the ballots (blank list_seats and
            // constituency_seats, or a seats column) still scores the seats a party won; else the file's own
            // complaint is said. A body of lists only (Italy's Chamber, its proportional seats) is scored on the
            // list seats: the constituency seats beside them (refused by the reader, as by count) are a part of the
            // house it leaves out, and added, 245 forecast seats were scored against 392.
            try {
                Optional<Map<String, Integer>> total = new AssemblyBaselineReader(
                                e, body.orElseThrow().id(), ws.aliases())
                        .totalSeats(
                                files,
                                ws.rowOwners(),
                                body.isPresent() && body.get().constituencySeats() == 0);
                // Seats short of the house keep the reader's complaint, which a report that will not compare them
                // then says (seats beyond it are all there, a house grown by overhang: the report says they add up
                // to more, where New Zealand 2023's 122 were said to be "not all in data/results" with the reader's
                // complaint of a blank list_seats): an Others row holding a seat (Italy 2022's SVP seat, won by a
                // minority rule) is left
                // out here, and the report said only "not all in data/results" where `count` named the line.
                int house = body.orElseThrow().seats();
                return total.map(t -> new SeatsRead(
                                t,
                                t.values().stream().mapToInt(Integer::intValue).sum() >= house
                                        ? null
                                        : ex.getMessage()))
                        .orElseGet(() -> new SeatsRead(Map.of(), ex.getMessage()));
            } catch (BadInputException unreadable) {
                return new SeatsRead(Map.of(), unreadable.getMessage());
            }
        }
    }

    /**
     * A body of constituencies only has no list results, whose seats the backtest read (it left such a body's seats
     * unscored): its seats are its constituencies' winners as {@code count} counts them, every one of them counted, or
     * none (part of the house would score a forecast of the whole against it). A winner of no party of the contest (an
     * independent) is the forecast's {@code other}.
     */
    private static Map<String, Integer> constituencyWinners(Workspace ws, Election e, AdditionalMemberContest contest) {
        OfficialCount.Assembly count;
        try {
            count = AssemblyCounts.count(ws, e, new ArrayList<>());
        } catch (BadInputException ex) {
            return Map.of();
        }
        if (count == null
                || !count.notCounted().isEmpty()
                || count.constituencies().size() != contest.seats()) {
            return Map.of();
        }
        Map<String, Integer> seats = new LinkedHashMap<>();
        contest.parties().forEach(p -> seats.put(p.id(), 0));
        for (OfficialCount.Seat s : count.constituencies()) {
            seats.merge(seats.containsKey(s.party()) ? s.party() : Option.OTHER, 1, Integer::sum);
        }
        return seats;
    }

    /**
     * A body of constituencies only whose constituencies are not all counted (none are in data/results yet: a result
     * published as seats by party) takes each party's seats from the constituency-vote totals' {@code
     * constituency_seats}, when they are the whole house; a party not of the contest (an independent, or an Others row)
     * is the forecast's {@code other}. Before, such a result's seats went unscored.
     */
    private static SeatsRead publishedSeats(Workspace ws, Election e, AdditionalMemberContest contest) {
        Optional<Map<String, Integer>> won;
        try {
            won = new AssemblyBaselineReader(e, contest.id(), ws.aliases())
                    .constituencySeats(
                            ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS), ws.rowOwners());
        } catch (BadInputException ex) {
            return new SeatsRead(Map.of(), ex.getMessage());
        }
        if (won.isEmpty()
                || won.get().values().stream().mapToInt(Integer::intValue).sum() != contest.seats()) {
            return new SeatsRead(Map.of(), null);
        }
        Map<String, Integer> seats = new LinkedHashMap<>();
        contest.parties().forEach(p -> seats.put(p.id(), 0));
        won.get().forEach((party, n) -> seats.merge(seats.containsKey(party) ? party : Option.OTHER, n, Integer::sum));
        return new SeatsRead(seats, null);
    }

    /**
     * Why the seats are not compared. A results file whose seats are all there but add up to more than a house that
     * keeps no overhang (New Zealand's 122 of 2023, forecast as a list of 120) says so: "are not all in data/results"
     * sent the reader looking for a missing row.
     */
    static String unscoredSeats(int house, String body, int won, boolean keepsOverhang, String problem) {
        if (problem != null) {
            return "The " + house + " " + body + " seats are not all in data/results, so seats are not compared: "
                    + problem;
        }
        if (won > house && !keepsOverhang) {
            return "data/results gives " + won + " " + body + " seats, more than the " + house
                    + " of the definition, which keeps no overhang (a house grown by it says overhang: keep), so"
                    + " seats are not compared.";
        }
        return "The " + house + " " + body + " seats are not all in data/results, so seats are not compared.";
    }

    /**
     * Whether {@code won} seats are the whole house: its seats, or where overhang is kept, its seats plus an overhang of
     * at most one seat per constituency (the overhang itself is not published apart).
     */
    private static boolean allSeats(AssemblyForecast a, int won) {
        return a.house() == null
                ? won == a.seats()
                : won >= a.seats() && won <= a.seats() + a.constituencies().size();
    }

    /**
     * Who won: the final round's leader under the Supplementary Vote; else, from a complete first-preference count,
     * its leader when the system is first past the post or the leader has a majority. Null when the counts bundled
     * do not settle it.
     */
    private static ResultCheck.Race race(
            MayorForecast m, SingleWinnerContest mayor, Optional<ContestResult> first, Optional<ContestResult> finals) {
        List<String> top;
        String by;
        if (finals.isPresent()) {
            top = finals.get().topTwo();
            by = "final round";
        } else if (first.isPresent()
                && (mayor.system() == VotingSystem.FPTP
                        || BacktestRunner.electedInFirstRound(
                                mayor, first.get().topTwo(), first.get().shares()))) {
            top = first.get().topTwo();
            by = "first preferences";
        } else {
            return null;
        }
        CandidateForecast favourite = m.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .max(Comparator.comparingDouble(CandidateForecast::pWin))
                .orElseThrow();
        return new ResultCheck.Race(
                by,
                contender(m, mayor, top.get(0)),
                top.size() > 1 ? contender(m, mayor, top.get(1)) : null,
                new ResultCheck.Contender(favourite.id(), favourite.name(), favourite.pWin()));
    }

    private static ResultCheck.Contender contender(MayorForecast m, SingleWinnerContest mayor, String id) {
        double pWin = m.candidates().stream()
                .filter(c -> c.id().equals(id))
                .mapToDouble(CandidateForecast::pWin)
                .findFirst()
                .orElse(0);
        return new ResultCheck.Contender(id, mayor.nameOf(id), pWin);
    }

    private static List<String> names(SingleWinnerContest mayor, List<String> ids) {
        return ids.stream().map(mayor::nameOf).toList();
    }
}
