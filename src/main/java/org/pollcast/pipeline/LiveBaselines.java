package org.pollcast.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.ConstituencyResultsReader;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.simulate.ShareInput;

/**
 * Each constituency's expected mayoral shares before any declaration: the forecast's London-wide share moved by
 * the constituency's lean at the baseline election, by party (in points for options of 10% or more, as a ratio
 * below). The baseline's Mayor by constituency comes first; where the bundled figures give only some candidates
 * (2012: Johnson and Livingstone), the rest keep London's shares and the constituency's size is estimated from
 * the candidates given; without mayoral figures the baseline's Assembly constituency results stand in; without
 * either, every constituency starts at London's shares. A place whose definition lists its own count areas (a
 * combined authority's council areas) needs its baseline's Mayor in every area, and is refused without it. An
 * election led by its list vote has its own baselines ({@link ListBaselines}).
 */
final class LiveBaselines {
    private static final double PROPORTIONAL_BELOW = 10;
    private static final double MAX_RATIO = 5;

    private LiveBaselines() {}

    /**
     * @param lean  the baseline's lean of option j in constituency c (points), 0 where unknown
     * @param votes the baseline's valid votes in each constituency
     * @param ownVotes whether constituency c's votes are its own figures; where not, {@code votes} holds the mean
     *     of those that are
     * @param leanSpread the spread of option j's unknown lean in constituency c at {@code [c * k + j]} (points for a 50%
     *     option): 0 with figures of its own there, {@value ConstituencyBaselines#LEAN_SPREAD_SD} with none
     */
    record Result(
            double[] expected,
            double[] baseline,
            double[] lean,
            double[] votes,
            boolean[] ownVotes,
            boolean votesKnown,
            double[] leanSpread,
            String note) {}

    static Result build(
            Workspace ws,
            Election election,
            SingleWinnerContest contest,
            ShareInput in,
            double[] prior,
            List<CountArea> areas) {
        int k = in.size();
        int m = areas.size();
        List<String> names = areas.stream().map(CountArea::name).toList();
        boolean own = contest.hasOwnAreas();
        double[] expected = new double[m * k];
        double[] lean = new double[m * k];
        double[] baseline = new double[m * k];
        double[] votes = new double[m];
        for (int c = 0; c < m; c++) {
            System.arraycopy(prior, 0, expected, c * k, k);
        }
        Election base = election.baseline() == null ? null : ws.catalog().resolve(election.baseline());
        Optional<SingleWinnerContest> baseMayor =
                base == null ? Optional.empty() : base.first(SingleWinnerContest.class);
        Map<String, ConstituencyVotes> rows = Map.of();
        Map<String, String> partyOf = new HashMap<>();
        String used = null;
        double[] london = null;
        if (baseMayor.isPresent()) {
            Map<String, ConstituencyVotes> read = ConstituencyResultsReader.read(
                    ws.resultFiles(ResultFiles.Kind.MAYOR_CONSTITUENCY_RESULTS),
                    ws.rowOwners(),
                    base,
                    baseMayor.get(),
                    ws.aliases());
            rows = ConstituencyResultsReader.byArea(read, areas);
            if (own) {
                AreaBaselines.requireEvery(ws, election, base, areas, read, rows);
            }
            Optional<ContestResult> r =
                    ws.results().firstPreferences(base, baseMayor.get().id());
            for (Candidate cand : baseMayor.get().candidates()) {
                partyOf.put(cand.id(), cand.party());
            }
            if (!rows.isEmpty() && r.isPresent() && r.get().complete()) {
                london = shares(byOption(in, r.get().votes(), partyOf));
                used = base.id() + "'s mayoral results by " + (own ? "area" : "constituency");
            } else if (own) {
                // Every area has figures (checked above), so together they are the whole place's result.
                london = shares(byOption(in, AreaBaselines.total(rows.values()), partyOf));
                used = base.id() + "'s mayoral results by area (the place's total is their sum)";
            } else {
                rows = Map.of();
                partyOf.clear(); // any stand-in below is the Assembly's, by party
            }
        }
        if (rows.isEmpty()
                && !own
                && base != null
                && base.first(AdditionalMemberContest.class).isPresent()) {
            Contest assembly = base.first(AdditionalMemberContest.class).get();
            rows = ConstituencyResultsReader.read(
                    ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS),
                    ws.rowOwners(),
                    base,
                    assembly,
                    ws.aliases());
            rows.values().removeIf(v -> !v.countable());
            Map<String, Long> all = new HashMap<>();
            rows.values().forEach(v -> {
                for (int i = 0; i < v.votes().length; i++) {
                    all.merge(v.options().get(i), v.votes()[i], Long::sum);
                }
            });
            london = shares(byOption(in, all, null));
            used = rows.isEmpty()
                    ? null
                    : base.id() + "'s Assembly constituency results (no mayoral figures by"
                            + " constituency are bundled)";
        }
        int withFigures = 0;
        double[] leanSpread = new double[m * k];
        Arrays.fill(leanSpread, ConstituencyBaselines.LEAN_SPREAD_SD);
        for (int c = 0; c < m; c++) {
            for (int j = 0; j < k; j++) {
                baseline[c * k + j] = london == null ? prior[j] : 100 * london[j];
            }
            ConstituencyVotes v = rows.get(names.get(c));
            if (v == null || london == null) {
                continue;
            }
            Map<String, Long> byId = new HashMap<>();
            for (int i = 0; i < v.votes().length; i++) {
                if (v.votes()[i] >= 0) {
                    byId.merge(v.options().get(i), v.votes()[i], Long::sum);
                }
            }
            double[] here = byOption(in, byId, partyOf.isEmpty() ? null : partyOf);
            boolean[] known = knownOptions(in, byId, partyOf.isEmpty() ? null : partyOf, v.countable());
            double knownVotes = 0;
            double knownLondon = 0;
            for (int j = 0; j < k; j++) {
                if (known[j]) {
                    knownVotes += here[j];
                    knownLondon += london[j];
                }
            }
            if (knownVotes <= 0 || knownLondon <= 0) {
                continue;
            }
            withFigures++;
            // A Mayor's constituency with figures: its lean is known for every option (the rest share what is left).
            Arrays.fill(leanSpread, c * k, c * k + k, 0);
            double total = v.countable() ? sum(here) : knownVotes / knownLondon;
            votes[c] = total;
            double fixed = 0;
            double rest = 0;
            for (int j = 0; j < k; j++) {
                if (!known[j]) {
                    rest += prior[j];
                    continue;
                }
                double b = 100 * here[j] / total;
                double bl = 100 * london[j];
                baseline[c * k + j] = b;
                lean[c * k + j] = b - bl;
                expected[c * k + j] = Math.max(0.05, moved(prior[j], b, bl));
                fixed += expected[c * k + j];
            }
            double scale = rest > 0 ? Math.max(0, 100 - fixed) / rest : 0;
            for (int j = 0; j < k; j++) {
                if (!known[j]) {
                    expected[c * k + j] = Math.max(0.05, prior[j] * scale);
                }
            }
            normalise(expected, c * k, k);
        }
        boolean[] ownVotes = ownVotes(votes);
        boolean votesKnown = withFigures == m;
        if (!votesKnown) {
            double mean = 0;
            int n = 0;
            for (double x : votes) {
                if (x > 0) {
                    mean += x;
                    n++;
                }
            }
            double fill = n > 0 ? mean / n : 1;
            for (int c = 0; c < m; c++) {
                if (!(votes[c] > 0)) {
                    votes[c] = fill;
                }
            }
        }
        String unit = own ? "area" : "constituency";
        String note = used == null
                ? unit + " baselines: "
                        + (base == null
                                ? election.id() + " has no baseline election (the first of its series)"
                                : "none bundled for " + base.id())
                        + ": every " + unit + " starts at the whole area's prior, and how many vote in each is learned"
                        + " from the declarations"
                : (own ? "area baselines: " : "constituency baselines: ") + used + " (" + withFigures + " of " + m
                        + (own ? " areas)" : " constituencies)");
        return new Result(expected, baseline, lean, votes, ownVotes, votesKnown || withFigures > 0, leanSpread, note);
    }

    /**
     * Which constituencies have figures of their own (before the rest are filled with the mean). With none, every
     * constituency's size is learned alike from the declarations (its votes against a common unit), so all count as
     * their own: marking them all filled would leave the turnout unlearned and every constituency still to declare
     * at that unit.
     */
    static boolean[] ownVotes(double[] votes) {
        boolean[] own = new boolean[votes.length];
        boolean any = false;
        for (int c = 0; c < votes.length; c++) {
            own[c] = votes[c] > 0;
            any |= own[c];
        }
        if (!any) {
            Arrays.fill(own, true);
        }
        return own;
    }

    /**
     * A whole-area share {@code from} moved by a place's lean at the baseline, where the option had {@code b} against
     * {@code bl} across the area: in points when both are 10% or more, as a ratio (at most {@value #MAX_RATIO}) below.
     */
    static double moved(double from, double b, double bl) {
        return bl >= PROPORTIONAL_BELOW && from >= PROPORTIONAL_BELOW
                ? from + b - bl
                : bl > 0 ? from * Math.min(MAX_RATIO, b / bl) : from;
    }

    /** Votes of each option's party ({@code other}: the rest), from votes by baseline candidate (or party). */
    static double[] byOption(ShareInput in, Map<String, Long> votes, Map<String, String> partyOf) {
        int k = in.size();
        double[] out = new double[k];
        double total = 0;
        for (Map.Entry<String, Long> e : votes.entrySet()) {
            total += e.getValue();
            int j = optionOf(in, e.getKey(), partyOf);
            if (j >= 0) {
                out[j] += e.getValue();
            }
        }
        int other = in.options().indexOf("other");
        if (other >= 0) {
            double named = 0;
            for (int j = 0; j < k; j++) {
                if (j != other) {
                    named += out[j];
                }
            }
            out[other] = Math.max(0, total - named);
        }
        return out;
    }

    private static boolean[] knownOptions(
            ShareInput in, Map<String, Long> votes, Map<String, String> partyOf, boolean complete) {
        boolean[] known = new boolean[in.size()];
        for (String id : votes.keySet()) {
            int j = optionOf(in, id, partyOf);
            if (j >= 0) {
                known[j] = true;
            }
        }
        int other = in.options().indexOf("other");
        if (other >= 0) {
            known[other] = complete;
        }
        return known;
    }

    /** The option of this election whose party is the baseline candidate's (or, for the Assembly, the party). */
    private static int optionOf(ShareInput in, String id, Map<String, String> partyOf) {
        String party = partyOf == null ? id : partyOf.get(id);
        if (party == null || party.equals("ind")) {
            return -1;
        }
        for (int j = 0; j < in.size(); j++) {
            if (party.equals(in.parties().get(j))) {
                return j;
            }
        }
        return -1;
    }

    static double[] shares(double[] votes) {
        double total = sum(votes);
        double[] out = new double[votes.length];
        for (int j = 0; j < votes.length; j++) {
            out[j] = total > 0 ? votes[j] / total : 0;
        }
        return out;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static void normalise(double[] v, int from, int k) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += v[from + j];
        }
        for (int j = 0; j < k; j++) {
            v[from + j] *= 100 / s;
        }
    }
}
