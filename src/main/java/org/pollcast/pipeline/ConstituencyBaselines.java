package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.Counted;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Constituency;
import org.pollcast.election.Election;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.RowOwners;

/**
 * Each constituency's baseline shares for the Assembly model, built from real constituency results of
 * elections other than the one forecast, never a uniform London-wide one:
 * <ol>
 * <li>the baseline election's own result there, where it is complete;
 * <li>else the nearest earlier election with a complete result there: its lean against London that year
 * (the constituency's share minus the London-wide share, or their ratio for parties under
 * {@value #PROPORTIONAL_BELOW}%), applied to the baseline's London-wide shares;
 * <li>else the mean lean of every other election with a complete result there, flagged as imputed (the
 * 2008 results cover 4 of 14 constituencies, so a 2012 forecast leans on 2016–2024 for the rest: a
 * constituency's lean is far more stable than its shares);
 * <li>else the baseline's London-wide shares, flagged as imputed.
 * </ol>
 * Leans are by party id; a party that did not stand in the election the lean comes from gets its London-wide
 * share. Only complete constituency results are used (data/results says which are).
 *
 * <p>A first election (no baseline: {@link FirstElection}) skips the first step, and its "London-wide shares" are the
 * forecast's own; its notes are {@link FirstElection}'s, which say more.
 */
final class ConstituencyBaselines {
    /** Below this London-wide share a party's lean is a ratio, not a difference: a 3% party cannot lean −5. */
    static final double PROPORTIONAL_BELOW = 10;

    private static final double MAX_RATIO = 5;

    /**
     * How far a constituency's lean moves from one election to the next, for a 50% party, where only one other
     * election gives it: the model's own local swing noise ({@link
     * org.pollcast.simulate.SimulationSettings#constituencyNoiseSd()}'s default), as that noise is exactly the spread of
     * constituency swings about the uniform one.
     */
    static final double LEAN_CHANGE_SD = 3;

    /**
     * The spread of a big party's lean between constituencies, for a 50% party, where no constituency of any election
     * has figures to measure it: London's Labour and Conservative leans had a spread of 9.0 to 10.6 points in 2016,
     * 2021 and 2024.
     */
    static final double LEAN_SPREAD_SD = 10;

    /**
     * In a body of single-member constituencies only, the most a party's spread of leans may be, as a multiple of its
     * whole-area share, where there are no figures to measure it; below that the spread is {@value #LEAN_SPREAD_SD}
     * points whatever the share. Measured on the UK general elections of 2017 and 2019 in Scotland (the blind-trial kit
     * of docs/forecast-model.md): the spread of constituency shares about Scotland's was 10.9 and 11.3 points for the
     * Conservatives (28.6% and 25.1%) and Labour (27.1%, 18.6%), and 10.3 and 9.9 for the Liberal Democrats (6.8%,
     * 9.5%): it does not shrink with the share as {@code √(b(100 − b))} has it (5.0 and 5.9 points for the Liberal
     * Democrats, whose strongholds a normal draw that narrow never reaches). 10.3 points on 6.8% is 1.5 times the share,
     * the cap, so that a party of 1% does not lean 10 points either way. The SNP's spread was 4.7 and 5.6 (36.9%, 45.0%):
     * a party as even as that is given twice its spread.
     */
    static final double MAX_RELATIVE_LEAN_SPREAD = 1.5;

    private ConstituencyBaselines() {}

    /**
     * @param base     constituency c, option j at {@code base[c * ids.size() + j]}
     * @param imputed  whether constituency c rests on other elections' leans only
     * @param baseSd   how uncertain each imputed baseline share is (points, like {@code base}; 0 where the constituency
     *                 has a result of its own or an earlier one): for a lean from other elections, how much that lean
     *                 moved between them; for a constituency at the whole-area shares, how far constituencies' leans
     *                 spread. Without it an imputed constituency was as sure as one with its own result (the Scottish
     *                 kit's 56 constituencies at the national shares went SNP in nearly every simulation)
     * @param notes    where the baselines came from, and which constituencies have none of their own (none for a first
     *                 election: {@link FirstElection} writes them)
     * @param areaWide whether constituency c starts at the whole-area shares, with no lean of its own from any figures
     * @param spread   per party, the spread of leans given to such a constituency (points, at the whole-area share)
     * @param measured how many constituency results of other elections {@code spread} was measured on (fewer than 2:
     *                 it is {@value #LEAN_SPREAD_SD} points for a 50% party)
     */
    record Result(
            double[] base,
            boolean[] imputed,
            double[] baseSd,
            List<String> notes,
            boolean[] areaWide,
            double[] spread,
            int measured) {}

    /** One election's results: London-wide constituency-ballot shares and complete constituencies' shares. */
    private record Year(
            Election election, Map<String, Double> london, Map<String, Map<String, Double>> constituencies) {}

    /** @param baseline the baseline election, null for a first election */
    static Result build(
            Workspace ws,
            Election target,
            Election baseline,
            AdditionalMemberContest contest,
            List<String> ids,
            double[] baselineLondon) {
        List<ResultFile> totals = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS);
        List<ResultFile> results = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS);
        RowOwners owners = ws.rowOwners();
        List<Year> years = new ArrayList<>();
        for (Election e : ws.catalog().all()) {
            if (e.id().equals(target.id())
                    || !e.series().equals(target.series())
                    || e.first(AdditionalMemberContest.class).isEmpty()
                    || totals.isEmpty()
                    || results.isEmpty()) {
                continue;
            }
            AssemblyBaselineReader reader = new AssemblyBaselineReader(
                    e, e.first(AdditionalMemberContest.class).get().id(), ws.aliases());
            // Read as the target's parties carry them on (Party.succeeds): a joint list starts in each constituency
            // from its predecessors' votes there, as it does across the whole area, not at 0 with theirs in Others.
            Map<String, Double> london = target.carriedOver(
                    reader.londonShares(totals, owners, ValidVotes.of(ws, e, ValidVotes.CONSTITUENCY)));
            Map<String, Map<String, Double>> local = new java.util.LinkedHashMap<>();
            reader.constituencyShares(results, owners)
                    .forEach((name, shares) -> local.put(name, target.carriedOver(shares)));
            if (!london.isEmpty() && !local.isEmpty()) {
                years.add(new Year(e, london, local));
            }
        }
        int n = ids.size();
        List<Constituency> seats = contest.constituencies();
        double[] base = new double[seats.size() * n];
        boolean[] imputed = new boolean[seats.size()];
        double[] baseSd = new double[seats.size() * n];
        double[] spread = leanSpread(ids, years, baselineLondon, contest.constituenciesOnly());
        int measured = years.stream().mapToInt(y -> y.constituencies().size()).sum();
        boolean[] areaWide = new boolean[seats.size()];
        int own = 0;
        int earlier = 0;
        int leaned = 0;
        int london = 0;
        for (int c = 0; c < seats.size(); c++) {
            String name = seats.get(c).name();
            double[] v = null;
            Year same = years.stream()
                    .filter(y -> baseline != null
                            && y.election().id().equals(baseline.id())
                            && y.constituencies().containsKey(name))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                v = AssemblyInputs.vector(ids, same.constituencies().get(name));
                own++;
            } else {
                Year nearest = years.stream()
                        .filter(y -> y.election().date().isBefore(target.date())
                                && y.constituencies().containsKey(name))
                        .max((a, b) ->
                                a.election().date().compareTo(b.election().date()))
                        .orElse(null);
                if (nearest != null) {
                    v = leaned(ids, baselineLondon, List.of(nearest), name);
                    earlier++;
                } else {
                    List<Year> any = years.stream()
                            .filter(y -> y.constituencies().containsKey(name))
                            .toList();
                    imputed[c] = true;
                    if (!any.isEmpty()) {
                        v = leaned(ids, baselineLondon, any, name);
                        leanChange(ids, baselineLondon, any, name, v, baseSd, c * n);
                        leaned++;
                    } else {
                        v = baselineLondon.clone();
                        System.arraycopy(spread, 0, baseSd, c * n, n);
                        areaWide[c] = true;
                        london++;
                    }
                }
            }
            System.arraycopy(v, 0, base, c * n, n);
        }
        List<String> notes = new ArrayList<>();
        if (baseline == null || seats.isEmpty()) {
            // A first election's notes are FirstElection's; a pure list body has no constituencies to speak of.
            return new Result(base, imputed, baseSd, notes, areaWide, spread, measured);
        }
        String area = target.area();
        notes.add(String.format(
                Locale.ROOT,
                "%s constituencies: %d from %s's own results, %d from the nearest earlier "
                        + "result's lean, %d imputed from their lean in other elections, %d %s",
                bodyName(contest),
                own,
                baseline.id(),
                earlier,
                leaned,
                london,
                // With list regions, those start from their region's (AssemblyInputs says how), not the whole area's.
                contest.regional() ? "with no result in any other election" : "at the " + area + "-wide shares"));
        List<String> byLean = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        for (int c = 0; c < seats.size(); c++) {
            if (imputed[c]) {
                (areaWide[c] ? wide : byLean).add(seats.get(c).name());
            }
        }
        if (!byLean.isEmpty()) {
            notes.add(byLean.size() + " of " + seats.size() + " constituencies "
                    + Counted.word(byLean.size(), "has", "have") + " no complete result in the baseline or an earlier "
                    + "election; their baseline is imputed from their lean in other elections: "
                    + String.join(", ", byLean));
        }
        if (!wide.isEmpty() && !contest.regional()) {
            // Every one of them starts alike, so their winners follow the whole area's vote alone: say so, or a
            // reader takes a Plaid Cymru stronghold forecast to go Labour for a reason.
            notes.add(wide.size() + " of " + seats.size() + " constituencies "
                    + Counted.word(wide.size(), "has", "have") + " no complete result in any other election"
                    + "; each starts at the " + area + "-wide shares, so their winners follow the " + area
                    + "-wide vote alone, not a local contest: " + String.join(", ", wide));
        }
        return new Result(base, imputed, baseSd, notes, areaWide, spread, measured);
    }

    /**
     * Per option, the spread of the baseline share a constituency with no figures of its own may have: the standard
     * deviation of the leans of every constituency with figures, in every election that has them, moved onto the
     * baseline's whole-area shares as {@link #leaned} moves one; where there are none, {@link #unmeasuredSpread}.
     */
    private static double[] leanSpread(
            List<String> ids, List<Year> years, double[] baselineLondon, boolean constituenciesOnly) {
        int n = ids.size();
        double[] sum = new double[n];
        double[] sq = new double[n];
        int[] count = new int[n];
        for (Year y : years) {
            for (String name : y.constituencies().keySet()) {
                double[] v = leaned(ids, baselineLondon, List.of(y), name);
                for (int j = 0; j < n; j++) {
                    double d = v[j] - baselineLondon[j];
                    sum[j] += d;
                    sq[j] += d * d;
                    count[j]++;
                }
            }
        }
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = count[j] >= 2
                    ? Math.sqrt(Math.max(0, (sq[j] - sum[j] * sum[j] / count[j]) / (count[j] - 1)))
                    : unmeasuredSpread(baselineLondon[j], constituenciesOnly);
        }
        return out;
    }

    /**
     * The spread of leans of a party at whole-area share {@code b} where no constituency result measures it: {@value
     * #LEAN_SPREAD_SD} points for a 50% party, scaled by {@link #scale} (an Assembly's, or a parliament's with a list);
     * in a body of single-member constituencies only, {@value #LEAN_SPREAD_SD} points up to {@value
     * #MAX_RELATIVE_LEAN_SPREAD} times the share ({@link #MAX_RELATIVE_LEAN_SPREAD}).
     */
    static double unmeasuredSpread(double b, boolean constituenciesOnly) {
        return constituenciesOnly
                ? Math.min(LEAN_SPREAD_SD, MAX_RELATIVE_LEAN_SPREAD * Math.max(b, 0))
                : LEAN_SPREAD_SD * scale(b);
    }

    /**
     * Into {@code sd[at..at + n)}: how far the baseline {@code v}, a lean from {@code from}'s elections, may be off:
     * the spread of the shares each election's lean alone gives, where two or more give one, else one election's local
     * swing ({@value #LEAN_CHANGE_SD} points for a 50% party). Never less than that swing: two elections that happened
     * to agree do not make the next one sure.
     */
    private static void leanChange(
            List<String> ids, double[] baselineLondon, List<Year> from, String name, double[] v, double[] sd, int at) {
        int n = ids.size();
        double[] sq = new double[n];
        for (Year y : from) {
            double[] one = leaned(ids, baselineLondon, List.of(y), name);
            for (int j = 0; j < n; j++) {
                sq[j] += (one[j] - v[j]) * (one[j] - v[j]);
            }
        }
        for (int j = 0; j < n; j++) {
            double floor = LEAN_CHANGE_SD * scale(v[j]);
            sd[at + j] = from.size() >= 2 ? Math.max(floor, Math.sqrt(sq[j] / (from.size() - 1))) : floor;
        }
    }

    /** √(b(100 − b))/50: a b% party's share of a 50% party's spread. */
    static double scale(double b) {
        double m = Math.min(Math.max(b, 0.5), 99.5);
        return Math.sqrt(m * (100 - m)) / 50;
    }

    /** The body's name in notes: the definition's name ("Senedd"), else "Assembly" (London's). */
    static String bodyName(AdditionalMemberContest contest) {
        return contest.name() == null || contest.name().isBlank() ? "Assembly" : contest.name();
    }

    /** The baseline's London-wide shares moved by the constituency's mean lean in {@code from}; sums to 100. */
    private static double[] leaned(List<String> ids, double[] baselineLondon, List<Year> from, String constituency) {
        List<Map<String, Double>> there = new ArrayList<>();
        List<Map<String, Double>> all = new ArrayList<>();
        for (Year y : from) {
            there.add(y.constituencies().get(constituency));
            all.add(y.london());
        }
        return leaned(ids, baselineLondon, there, all);
    }

    /**
     * {@code area} (whole-area shares by option, percent) moved by a place's mean lean: in each election i, its shares
     * {@code there.get(i)} against that election's whole-area shares {@code all.get(i)}, a difference for parties at
     * {@value #PROPORTIONAL_BELOW}% or more, else a ratio (at most {@value #MAX_RATIO}); sums to 100.
     */
    static double[] leaned(
            List<String> ids, double[] area, List<Map<String, Double>> there, List<Map<String, Double>> all) {
        int n = ids.size();
        double[] out = new double[n];
        double named = 0;
        for (int j = 0; j < n; j++) {
            if (ids.get(j).equals("other")) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (int i = 0; i < there.size(); i++) {
                Double here = there.get(i).get(ids.get(j));
                Double whole = all.get(i).get(ids.get(j));
                if (here == null || whole == null || whole <= 0) {
                    continue;
                }
                sum += whole >= PROPORTIONAL_BELOW && area[j] >= PROPORTIONAL_BELOW
                        ? area[j] + here - whole
                        : area[j] * Math.min(MAX_RATIO, here / whole);
                count++;
            }
            out[j] = Math.max(0, count == 0 ? area[j] : sum / count);
            named += out[j];
        }
        int other = ids.indexOf("other");
        if (other >= 0) {
            out[other] = Math.max(0, 100 - named);
        }
        double total = 0;
        for (double x : out) {
            total += x;
        }
        for (int j = 0; j < n; j++) {
            out[j] *= 100 / total;
        }
        return out;
    }

    static Map<String, Double> asMap(List<String> ids, double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < ids.size(); j++) {
            m.put(ids.get(j), v[j]);
        }
        return m;
    }
}
