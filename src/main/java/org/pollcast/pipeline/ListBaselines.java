package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.ContestResult;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.election.ListLead;
import org.pollcast.ingest.ConstituencyResultsReader;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.ShareInput;

/**
 * Each constituency's expected list shares before any declaration, for an election led by its list vote
 * ({@link Election#listLed()}): the forecast's whole-area list share moved by the constituency's lean at the baseline
 * election, as {@link LiveBaselines} moves a Mayor's. No list votes by constituency are bundled (the results files hold
 * the list vote for the whole area and, for a regional contest, by region), so the lean comes from the nearest figures
 * there are:
 * <ul>
 * <li>a party that stood in every constituency with figures takes its lean on the baseline's constituency ballot
 * (its share there minus its whole-area share of that ballot): London's five largest parties in 2016, Scotland's SNP,
 * Conservatives, Labour and Liberal Democrats. The two ballots lean alike for such a party, if not equally (split tickets, local
 * candidates);
 * <li>any other party, whose constituency-ballot share says more about where it stood than about its list vote (the
 * Scottish Greens stood in few constituencies in 2021, 1.3% of the constituency vote, and won 8.1% of the list),
 * takes its list lean in the constituency's list region, where the baseline's regional list results give it, else
 * none;
 * <li>the rest (others, and parties without either) share what those leave, in proportion to their whole-area share.
 * </ul>
 * The baseline shares ({@link LiveBaselines.Result#baseline()}), which guess the total of a declaration that names only
 * the leading parties, are the baseline's own list result moved the same way.
 */
final class ListBaselines {
    private ListBaselines() {}

    static LiveBaselines.Result build(
            Workspace ws, Election election, ShareInput in, double[] prior, List<CountArea> areas, AssemblyInput asm) {
        int k = in.size();
        int m = areas.size();
        int other = in.options().indexOf("other");
        double[] expected = new double[m * k];
        double[] baseline = new double[m * k];
        double[] lean = new double[m * k];
        double[] votes = new double[m];
        Election base = election.baseline() == null ? null : ws.catalog().resolve(election.baseline());
        Optional<AdditionalMemberContest> baseAms =
                base == null ? Optional.empty() : base.first(AdditionalMemberContest.class);
        Map<String, ConstituencyVotes> rows = baseAms.isEmpty()
                ? Map.of()
                : ConstituencyResultsReader.byArea(
                        ConstituencyResultsReader.read(
                                ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS),
                                ws.rowOwners(),
                                base,
                                baseAms.get(),
                                ws.aliases()),
                        areas);
        // The whole area's constituency-ballot shares from the same rows (a lean is measured within one ballot), and
        // the baseline's list result (what the baseline shares move from), else those same shares.
        double[] ballot = shares(byOption(in, totals(rows.values())));
        Optional<ContestResult> listResult = baseAms.flatMap(
                a -> ws.results().firstPreferences(base, ListLead.id(a)).filter(ContestResult::complete));
        double[] listArea =
                listResult.isPresent() ? shares(byOption(in, listResult.get().votes())) : ballot;
        if (!(LiveBaselines.sum(listArea) > 0)) {
            listArea = shares(prior); // nothing bundled for the baseline: the forecast's own shares
        }
        boolean[] everywhere = standingEverywhere(in, rows.values(), other);
        // A body of constituencies only: its constituency results are the vote itself, not a stand-in for a list, so
        // every party takes its lean where the constituency's figures are complete, 0 where it did not stand (as the
        // forecast starts each constituency from its result), not only the parties that stood everywhere.
        boolean ownBallot = election.constituenciesOnly();
        double[] region = regionShares(in, areas, asm);
        double[] regionArea = regionArea(in, asm);
        int withFigures = 0;
        int withRegion = 0;
        double[] leanSpread = new double[m * k];
        // The part of a constituency's lean within its region (FirstElection's split of the spread of leans).
        double withinRegion = Math.sqrt(
                Math.pow(ConstituencyBaselines.LEAN_SPREAD_SD, 2) - Math.pow(FirstElection.REGION_LEAN_SPREAD_SD, 2));
        for (int c = 0; c < m; c++) {
            boolean[] set = new boolean[k];
            double[] e = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                e[j] = prior[j];
                b[j] = 100 * listArea[j];
            }
            boolean regional = false;
            for (int j = 0; j < k; j++) {
                double r = region == null ? Double.NaN : region[c * k + j];
                if (j != other && !Double.isNaN(r)) {
                    e[j] = Math.max(0.05, LiveBaselines.moved(prior[j], r, regionArea[j]));
                    b[j] = r;
                    set[j] = true;
                    regional = true;
                }
            }
            ConstituencyVotes v = rows.get(areas.get(c).name());
            double[] here = v == null ? null : byOption(in, votesOf(v));
            double total = here == null ? 0 : total(v, here, ballot, everywhere, k);
            boolean[] leans = new boolean[k];
            for (int j = 0; j < k; j++) {
                leans[j] = total > 0 && (everywhere[j] || (ownBallot && v.countable() && j != other));
            }
            if (total > 0) {
                withFigures++;
                votes[c] = total;
                for (int j = 0; j < k; j++) {
                    if (leans[j]) {
                        double s = 100 * here[j] / total;
                        double bl = 100 * ballot[j];
                        e[j] = Math.max(0.05, LiveBaselines.moved(prior[j], s, bl));
                        b[j] = Math.max(0.05, LiveBaselines.moved(100 * listArea[j], s, bl));
                        set[j] = true;
                    }
                }
            } else if (regional) {
                withRegion++;
            }
            // Per party: its own figures here leave only the night's local noise; its region's list lean, the part of
            // a lean within the region; nothing, the whole spread of leans. A party that stood in few constituencies
            // takes its region's lean even where the constituency has figures: one Glasgow Kelvin declaration read as
            // the Greens' Scotland-wide swing took their list vote from 9.8 to 19.0 (15.9 now).
            for (int j = 0; j < k; j++) {
                boolean own = leans[j];
                leanSpread[c * k + j] = own ? 0 : set[j] ? withinRegion : ConstituencyBaselines.LEAN_SPREAD_SD;
            }
            fill(e, set, prior);
            fill(b, set, scaled(listArea));
            for (int j = 0; j < k; j++) {
                expected[c * k + j] = e[j];
                baseline[c * k + j] = b[j];
                lean[c * k + j] = b[j] - 100 * listArea[j];
            }
        }
        boolean votesKnown = withFigures > 0;
        boolean[] own = LiveBaselines.ownVotes(votes);
        double mean = 0;
        for (double x : votes) {
            mean += x;
        }
        mean = withFigures > 0 ? mean / withFigures : 1;
        for (int c = 0; c < m; c++) {
            votes[c] = votes[c] > 0 ? votes[c] : mean;
        }
        return new LiveBaselines.Result(
                expected,
                baseline,
                lean,
                votes,
                own,
                votesKnown,
                leanSpread,
                note(
                        election,
                        base,
                        in,
                        everywhere,
                        withFigures,
                        withRegion,
                        region != null && Arrays.stream(region).anyMatch(x -> !Double.isNaN(x)),
                        listResult.isPresent(),
                        m));
    }

    /** What the baselines were built from, for every output: the list vote's lean is a stand-in, and says so. */
    private static String note(
            Election election,
            Election base,
            ShareInput in,
            boolean[] everywhere,
            int withFigures,
            int withRegion,
            boolean regions,
            boolean listResult,
            int m) {
        if (base == null) {
            return (election.constituenciesOnly() ? "vote" : "list-vote") + " baselines: " + election.id()
                    + " has no baseline election: every constituency starts at the " + election.area() + "-wide "
                    + (election.constituenciesOnly() ? "shares" : "list shares")
                    + ", and turnout is learned from the declarations";
        }
        List<String> parties = new ArrayList<>();
        for (int j = 0; j < in.size(); j++) {
            if (everywhere[j]) {
                parties.add(in.names().get(j));
            }
        }
        String units = m == 1 ? " constituency" : " constituencies";
        if (election.constituenciesOnly()) {
            // No list to stand in for: the baseline's constituency results are the vote's own.
            return String.format(
                    Locale.ROOT,
                    "vote baselines: each constituency starts from %s's result there (every party's lean where its"
                            + " figures are complete, in %d of %d%s), moved by the forecast; others at %s's %s-wide"
                            + " shares%s",
                    base.id(),
                    withFigures,
                    m,
                    units,
                    base.id(),
                    election.area(),
                    withFigures == 0 ? ", and turnout is learned from the declarations" : "");
        }
        StringBuilder s = new StringBuilder("list-vote baselines: no list votes by constituency are bundled, so ");
        if (withFigures > 0 && !parties.isEmpty()) {
            s.append(String.format(
                    Locale.ROOT,
                    "the lean of %s (the parties that stood in every constituency with figures) is their lean on %s's"
                            + " constituency ballot, in %d of %d%s; ",
                    String.join(", ", parties),
                    base.id(),
                    withFigures,
                    m,
                    units));
        } else {
            s.append("no constituency has ").append(base.id()).append("'s constituency-ballot figures to lean on; ");
        }
        if (regions) {
            s.append("a party without that lean takes its list lean in the constituency's region where ")
                    .append(base.id())
                    .append("'s regional list results give one")
                    .append(
                            withRegion > 0
                                    ? " (every party's, in " + withRegion + " more"
                                            + (withRegion == 1 ? " constituency" : " constituencies") + ")"
                                    : "")
                    .append("; ");
        }
        s.append("the rest start at ")
                .append(base.id())
                .append(listResult ? "'s " : "'s constituency-ballot ")
                .append(election.area())
                .append("-wide shares, moved by the forecast");
        if (withFigures == 0) {
            s.append(", and turnout is learned from the declarations");
        }
        return s.toString();
    }

    /**
     * Each option standing in every constituency with complete figures (or, with none complete, in every one with
     * figures): a party that stood in only some has a lean that says where it stood. {@code other} never.
     */
    private static boolean[] standingEverywhere(ShareInput in, Collection<ConstituencyVotes> rows, int other) {
        boolean anyComplete = rows.stream().anyMatch(ConstituencyVotes::countable);
        boolean[] out = new boolean[in.size()];
        Arrays.fill(out, !rows.isEmpty());
        for (ConstituencyVotes v : rows) {
            if (anyComplete && !v.countable()) {
                continue;
            }
            double[] here = byOption(in, votesOf(v));
            for (int j = 0; j < in.size(); j++) {
                out[j] &= here[j] > 0;
            }
        }
        if (other >= 0) {
            out[other] = false;
        }
        return out;
    }

    /**
     * The constituency's valid votes at the baseline: every vote when its figures are complete, else those of the
     * parties standing everywhere over their whole-area share; 0 when it cannot be told.
     */
    private static double total(ConstituencyVotes v, double[] here, double[] ballot, boolean[] everywhere, int k) {
        if (v.countable()) {
            return LiveBaselines.sum(here);
        }
        double named = 0;
        double share = 0;
        for (int j = 0; j < k; j++) {
            if (everywhere[j] && here[j] > 0) {
                named += here[j];
                share += ballot[j];
            }
        }
        return named > 0 && share > 0 ? named / share : 0;
    }

    /**
     * Per constituency and option, its region's list share at the baseline (percent), NaN where unknown (a region
     * without list votes of its own, which the Assembly input gives the whole area's shares): null for a contest
     * without list regions.
     */
    private static double[] regionShares(ShareInput in, List<CountArea> areas, AssemblyInput asm) {
        if (asm == null || asm.regions().isEmpty()) {
            return null;
        }
        int k = in.size();
        int p = asm.size();
        double[] out = new double[areas.size() * k];
        Arrays.fill(out, Double.NaN);
        for (int c = 0; c < areas.size(); c++) {
            int at = asm.constituencies().indexOf(areas.get(c).name());
            if (at < 0) {
                continue;
            }
            int r = asm.regionOf()[at];
            boolean own = false;
            for (int a = 0; a < p; a++) {
                own |= Math.abs(asm.regionBaseline()[r * p + a] - asm.baselineList()[a]) > 1e-9;
            }
            if (!own) {
                continue; // the region has no list votes of its own: the whole area's stand in, which is no lean
            }
            for (int j = 0; j < k; j++) {
                int a = assemblyIndex(asm, in, j);
                if (a >= 0 && asm.baselineList()[a] > 0) {
                    out[c * k + j] = asm.regionBaseline()[r * p + a];
                }
            }
        }
        return out;
    }

    /** The Assembly input's index of option j's party, −1 for none ({@code other} has no party). */
    private static int assemblyIndex(AssemblyInput asm, ShareInput in, int j) {
        String party = in.parties().get(j);
        return party == null || party.equals("other") ? -1 : asm.index(party);
    }

    /** Each option's whole-area list share at the baseline that its regions' shares are measured against. */
    private static double[] regionArea(ShareInput in, AssemblyInput asm) {
        double[] out = new double[in.size()];
        for (int j = 0; asm != null && j < in.size(); j++) {
            int a = assemblyIndex(asm, in, j);
            out[j] = a >= 0 ? asm.baselineList()[a] : 0;
        }
        return out;
    }

    /** The options not {@code set} share what the set ones leave, in proportion to {@code guide}; then sum to 100. */
    private static void fill(double[] v, boolean[] set, double[] guide) {
        double fixed = 0;
        double rest = 0;
        for (int j = 0; j < v.length; j++) {
            if (set[j]) {
                fixed += v[j];
            } else {
                rest += guide[j];
            }
        }
        double scale = rest > 0 ? Math.max(0, 100 - fixed) / rest : 0;
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            if (!set[j]) {
                v[j] = Math.max(0.05, guide[j] * scale);
            }
            sum += v[j];
        }
        for (int j = 0; j < v.length; j++) {
            v[j] *= 100 / sum;
        }
    }

    private static double[] scaled(double[] fractions) {
        double[] out = new double[fractions.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = 100 * fractions[j];
        }
        return out;
    }

    private static Map<String, Long> votesOf(ConstituencyVotes v) {
        Map<String, Long> byId = new HashMap<>();
        for (int i = 0; i < v.votes().length; i++) {
            if (v.votes()[i] >= 0) {
                byId.merge(v.options().get(i), v.votes()[i], Long::sum);
            }
        }
        return byId;
    }

    private static Map<String, Long> totals(Collection<ConstituencyVotes> rows) {
        Map<String, Long> all = new HashMap<>();
        for (ConstituencyVotes v : rows) {
            if (v.countable()) {
                votesOf(v).forEach((id, n) -> all.merge(id, n, Long::sum));
            }
        }
        return all;
    }

    private static double[] byOption(ShareInput in, Map<String, Long> votes) {
        return LiveBaselines.byOption(in, votes, null);
    }

    private static double[] shares(double[] votes) {
        return LiveBaselines.shares(votes);
    }
}
