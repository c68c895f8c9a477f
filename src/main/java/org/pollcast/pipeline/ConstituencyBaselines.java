package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class ConstituencyBaselines {
    /** Below this London-wide share a party's lean is a ratio, not a difference: a 3% party cannot lean −5. */
    static final double PROPORTIONAL_BELOW = 10;

    private static final double MAX_RATIO = 5;

    private ConstituencyBaselines() {}

    /**
     * @param base     constituency c, option j at {@code base[c * ids.size() + j]}
     * @param imputed  whether constituency c rests on other elections' leans only
     * @param notes    where the baselines came from, and which constituencies have none of their own
     */
    record Result(double[] base, boolean[] imputed, List<String> notes) {}

    /** One election's results: London-wide constituency-ballot shares and complete constituencies' shares. */
    private record Year(
            Election election, Map<String, Double> london, Map<String, Map<String, Double>> constituencies) {}

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
            Map<String, Double> london =
                    reader.londonShares(totals, owners, ValidVotes.of(ws, e, ValidVotes.CONSTITUENCY));
            Map<String, Map<String, Double>> local = reader.constituencyShares(results, owners);
            if (!london.isEmpty() && !local.isEmpty()) {
                years.add(new Year(e, london, local));
            }
        }
        int n = ids.size();
        List<Constituency> seats = contest.constituencies();
        double[] base = new double[seats.size() * n];
        boolean[] imputed = new boolean[seats.size()];
        boolean[] areaWide = new boolean[seats.size()];
        int own = 0;
        int earlier = 0;
        int leaned = 0;
        int london = 0;
        for (int c = 0; c < seats.size(); c++) {
            String name = seats.get(c).name();
            double[] v = null;
            Year same = years.stream()
                    .filter(y -> y.election().id().equals(baseline.id())
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
                        leaned++;
                    } else {
                        v = baselineLondon.clone();
                        areaWide[c] = true;
                        london++;
                    }
                }
            }
            System.arraycopy(v, 0, base, c * n, n);
        }
        List<String> notes = new ArrayList<>();
        String area = target.area();
        notes.add(String.format(
                java.util.Locale.ROOT,
                "%s constituencies: %d from %s's own results, %d from the nearest earlier "
                        + "result's lean, %d imputed from their lean in other elections, %d at the %s-wide shares",
                bodyName(contest),
                own,
                baseline.id(),
                earlier,
                leaned,
                london,
                area));
        List<String> byLean = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        for (int c = 0; c < seats.size(); c++) {
            if (imputed[c]) {
                (areaWide[c] ? wide : byLean).add(seats.get(c).name());
            }
        }
        if (!byLean.isEmpty()) {
            notes.add(byLean.size() + " of " + seats.size()
                    + " constituencies have no complete result in the baseline or an earlier "
                    + "election; their baseline is imputed from their lean in other elections: "
                    + String.join(", ", byLean));
        }
        if (!wide.isEmpty()) {
            // Every one of them starts alike, so their winners follow the whole area's vote alone: say so, or a
            // reader takes a Plaid Cymru stronghold forecast to go Labour for a reason.
            notes.add(wide.size() + " of " + seats.size()
                    + " constituencies have no complete result in any other election"
                    + "; each starts at the " + area + "-wide shares, so their winners follow the " + area
                    + "-wide vote alone, not a local contest: " + String.join(", ", wide));
        }
        return new Result(base, imputed, notes);
    }

    /** The body's name in notes: the definition's name ("Senedd"), else "Assembly" (London's). */
    static String bodyName(AdditionalMemberContest contest) {
        return contest.name() == null || contest.name().isBlank() ? "Assembly" : contest.name();
    }

    /** The baseline's London-wide shares moved by the constituency's mean lean in {@code from}; sums to 100. */
    private static double[] leaned(List<String> ids, double[] baselineLondon, List<Year> from, String constituency) {
        int n = ids.size();
        double[] out = new double[n];
        double named = 0;
        for (int j = 0; j < n; j++) {
            if (ids.get(j).equals("other")) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (Year y : from) {
                Double there = y.constituencies().get(constituency).get(ids.get(j));
                Double all = y.london().get(ids.get(j));
                if (there == null || all == null || all <= 0) {
                    continue;
                }
                sum += all >= PROPORTIONAL_BELOW && baselineLondon[j] >= PROPORTIONAL_BELOW
                        ? baselineLondon[j] + there - all
                        : baselineLondon[j] * Math.min(MAX_RATIO, there / all);
                count++;
            }
            out[j] = Math.max(0, count == 0 ? baselineLondon[j] : sum / count);
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
