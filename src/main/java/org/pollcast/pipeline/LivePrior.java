package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ConstituencyZones;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.TransferTableReader;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * Everything the election-night model knows before the first declaration, built once per election (the replay
 * reuses it for every declaration order): the pre-election forecast's London-wide shares and their spread, each
 * constituency's expected shares (the forecast moved by the constituency's lean at the baseline election) and
 * expected votes, and how alike the constituencies are.
 *
 * @param expected  prior expected share of option j in constituency c at {@code [c * k + j]}
 * @param baseline  the baseline election's share there (London's where the constituency's is not bundled)
 * @param baseVotes constituency c's valid votes at the baseline election (estimated where only some candidates'
 *                  figures are bundled; the mean of the others where it has none)
 * @param ownBaseVotes whether constituency c's {@code baseVotes} are its own
 * @param leanSpread the spread of option j's unknown lean in constituency c at {@code [c * k + j]}, points for a 50%
 *     option (0 where a baseline there gives it)
 * @param kernel    the constituencies' similarity, m × m, unit diagonal
 * @param option    each contest candidate's option (a tracked candidate, or {@code other})
 * @param mayorInput the pre-election forecast's mayoral input (the Assembly's shift is measured from its means)
 * @param assembly  the pre-election forecast's Assembly input, or null when it has none
 */
record LivePrior(
        Election election,
        SingleWinnerContest contest,
        List<String> options,
        List<String> names,
        List<String> parties,
        int other,
        double[] mean,
        double[] sd,
        List<String> constituencies,
        double[] expected,
        double[] baseline,
        double[] baseVotes,
        boolean[] ownBaseVotes,
        boolean baseVotesKnown,
        double[] leanSpread,
        double[] kernel,
        Map<String, Integer> option,
        TransferTable transfers,
        double concentration,
        RunoffSwing swing,
        List<String> notes,
        ShareInput mayorInput,
        AssemblyInput assembly) {

    /** The note every output carries while the Assembly is not projected (no Assembly declarations). */
    static final String MAYOR_ONLY = "the Assembly is not projected on the night: no Assembly declarations were given"
            + " (--declared-assembly); this is the Mayor only";

    /**
     * {@link #MAYOR_ONLY} as a replay says it: a replay takes no --declared-assembly, so naming that option told the
     * user to give what the command refuses.
     */
    static final String REPLAY_MAYOR_ONLY = "the Assembly is not replayed: a replay declares the Mayor's constituency"
            + " results and scores the Mayor only";

    /** Inner-or-outer London's and past voting's weights in the similarity; the rest is each constituency's own. */
    static final double ZONE_WEIGHT = 0.3;

    static final double VOTING_WEIGHT = 0.3;
    /** Distance (points of lean) at which past voting's similarity falls to 1/e. */
    static final double VOTING_SCALE = 8;

    static LivePrior build(Workspace ws, String electionArg, long forecastSims) {
        Election election = ws.catalog().resolve(electionArg);
        // The contest the forecast is led by: the Mayor, or an Assembly-only election's list vote (its parties'
        // list votes, declared constituency by constituency as a Mayor's first preferences are).
        SingleWinnerContest contest = election.lead()
                .orElseThrow(() -> new RequestException(
                        "election",
                        election.id() + ": no contest to follow on election night: neither a single-winner contest"
                                + " nor an additional-member contest whose list vote could lead"));
        boolean listLed = election.listLed();
        List<CountArea> areas = election.countAreas(contest);
        if (areas.isEmpty()) {
            throw new RequestException(
                    "election",
                    election.id() + ": defines no areas to declare: list the areas the " + contest.id() + " is counted"
                            + " by under contests." + contest.id() + ".areas in " + election.source()
                            + " (see docs/election-definitions.md)");
        }
        ForecastRequest request = ForecastRequest.of(electionArg, null)
                .withSimulation(SimulationSettings.withDefaults().withSims(forecastSims));
        ForecastOutcome outcome = Forecasts.run(ws.withNotices(s -> {}), request);
        MayorForecast f = outcome.forecast().mayor();
        ShareInput in = f.input();
        int k = in.size();
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            CandidateForecast c = f.candidates().get(j);
            mean[j] = c.firstPref().mean();
            sd[j] = Math.max(0.3, (c.firstPref().p95() - c.firstPref().p05()) / 3.29);
        }
        int other = in.options().indexOf("other");
        Map<String, Integer> option = new HashMap<>();
        for (Candidate c : contest.candidates()) {
            int j = in.options().indexOf(c.id());
            option.put(c.id(), j >= 0 ? j : other);
        }
        option.put("other", other);
        List<String> notes = new ArrayList<>();
        notes.add("prior: the pre-election forecast"
                + election.leadVote().map(v -> " of the " + v.words()).orElse("") + " as of "
                + outcome.asOf()
                + " (" + in.source() + "), its averages kept and its spread widened so that the first declarations"
                + " can move it (up to three times, to at most 8 points at a 50% share, and never narrower than"
                + " the forecast's once the shares are made to sum to 100): before any declaration its chances are not"
                + " the forecast's own");
        List<String> names = areas.stream().map(CountArea::name).toList();
        LiveBaselines.Result base = listLed
                ? ListBaselines.build(ws, election, in, mean, areas, outcome.assemblyInput())
                : LiveBaselines.build(ws, election, contest, in, mean, areas);
        notes.add(base.note());
        double[] kernel = kernel(ws, election, names, base.lean(), k, mean);
        // The forecast's own second preferences: the night's count starts where the forecast's did, run-off polls
        // included.
        TransferChoice transfers = outcome.transfers() != null
                ? outcome.transfers()
                : TransferChoice.choose(
                        in,
                        election,
                        contest,
                        List.of(TransferTableReader.parse(ws.resultFiles(ResultFiles.Kind.MAYOR_SECOND_PREFERENCES))),
                        false,
                        ws.catalog(),
                        ws.aliases(),
                        ws.transferPriorFor(election));
        if (!listLed && contest.system() != VotingSystem.FPTP) {
            // A list vote, or a first-past-the-post Mayor, is counted in one round: no second preferences to speak of
            // (the forecast says nothing of them either).
            notes.add(transfers.note(contest.system(), in));
        }
        if (election.first(AdditionalMemberContest.class).isPresent() && !listLed) {
            notes.add(MAYOR_ONLY);
        }
        return new LivePrior(
                election,
                contest,
                in.options(),
                in.names(),
                in.parties(),
                other,
                mean,
                sd,
                names,
                base.expected(),
                base.baseline(),
                base.votes(),
                base.ownVotes(),
                base.votesKnown(),
                base.leanSpread(),
                kernel,
                option,
                transfers.table(),
                ws.transferPrior().concentration(),
                transfers.swing(),
                notes,
                in,
                outcome.assemblyInput());
    }

    /**
     * R = 0.4 I + 0.3 K_zone + 0.3 K_vote: K_zone = exp(−|Δ inner share| / 0.5) and K_vote = exp(−‖Δ lean‖ / 8)
     * over the options polling 10% or more. Both are exponential kernels of a distance, so R is positive
     * definite.
     */
    private static double[] kernel(
            Workspace ws, Election election, List<String> names, double[] lean, int k, double[] mean) {
        int m = names.size();
        Map<String, Double> zones =
                ConstituencyZones.read(ws.resultFiles(ResultFiles.Kind.CONSTITUENCY_ZONES), election);
        double[] r = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double d = 0;
                for (int j = 0; j < k; j++) {
                    if (mean[j] >= 10) {
                        double x = lean[a * k + j] - lean[b * k + j];
                        d += x * x;
                    }
                }
                double vote = Math.exp(-Math.sqrt(d) / VOTING_SCALE);
                Double za = zones.get(names.get(a));
                Double zb = zones.get(names.get(b));
                double zone = za == null || zb == null ? vote : Math.exp(-Math.abs(za - zb) / 0.5);
                r[a * m + b] =
                        (a == b ? 1 - ZONE_WEIGHT - VOTING_WEIGHT : 0) + ZONE_WEIGHT * zone + VOTING_WEIGHT * vote;
            }
        }
        return r;
    }

    int k() {
        return options.size();
    }

    int m() {
        return constituencies.size();
    }
}
