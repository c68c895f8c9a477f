package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.RowOwners;

/**
 * How a party's Assembly vote differs from its mayoral candidate's, measured on the results of the bundled
 * elections other than the one forecast (leave-one-election-out): without Assembly polls, the Assembly's
 * London-wide shares are the mayoral shares moved by these differences, with their spread.
 *
 * <p>Large parties (a mayoral share of {@value #LARGE}% or more) move in points: Labour's list vote has
 * run a few points below Sadiq Khan's. Small parties move by a ratio: a Green or Reform candidate's
 * voters are joined on the list by others who vote for a big party's mayoral candidate, so the list share
 * runs above the mayoral one (Greens 2008: 3.2% for Mayor, 8.4% on the list). A party measured in at least
 * {@value #OWN_HISTORY} elections uses its own record; others use the pooled record of parties of their size.
 */
final class MayorToAssembly {
    static final double LARGE = 15;
    static final int OWN_HISTORY = 2;
    /** The least spread claimed: a handful of elections cannot show a difference is steadier than this. */
    private static final double MIN_SD_POINTS = 1.5;

    private static final double MIN_SD_RATIO = 0.2;
    /** The least spread in points claimed for a small party's own record. */
    private static final double MIN_SD_SMALL_POINTS = 1;

    /** One party at one election: its mayoral candidate's share and its Assembly share on one ballot. */
    record Pair(String party, double mayor, double assembly) {}

    /** The measured differences for one ballot (list or constituency). */
    record Ballot(List<Pair> pairs, String label) {
        /**
         * The Assembly share implied by a mayoral share {@code m} of {@code party} (percent), and its spread:
         * {@code [mean, sd]}.
         */
        double[] implied(String party, double m) {
            boolean large = m >= LARGE;
            List<Pair> own = pairs.stream()
                    .filter(p -> p.party().equals(party) && (p.mayor() >= LARGE) == large)
                    .toList();
            boolean ownRecord = own.size() >= OWN_HISTORY;
            List<Pair> use = ownRecord
                    ? own
                    : pairs.stream().filter(p -> (p.mayor() >= LARGE) == large).toList();
            if (use.isEmpty()) {
                return new double[] {m, large ? 3 : 0.5 * m};
            }
            double[] points = new double[use.size()];
            double[] logRatio = new double[use.size()];
            for (int i = 0; i < points.length; i++) {
                Pair p = use.get(i);
                points[i] = p.assembly() - p.mayor();
                logRatio[i] = Math.log(Math.max(p.assembly(), 0.05) / Math.max(p.mayor(), 0.05));
            }
            double shift = mean(points);
            if (large) {
                return new double[] {Math.max(0.1, m + shift), Math.max(MIN_SD_POINTS, sd(points, shift))};
            }
            double meanLog = mean(logRatio);
            double ratio = Math.exp(meanLog);
            double[] byRatio = {m * ratio, m * ratio * Math.max(MIN_SD_RATIO, sd(logRatio, meanLog))};
            if (!ownRecord) {
                return byRatio;
            }
            // A party with its own record takes whichever form that record shows steadier at today's share: the
            // Greens' list bonus has held at 2 to 9 points while their ratio ran from 1.4 to 5 (2000's 2.2% for
            // Mayor and 11.1% on the list), and a ratio that wide would give them 0% to 29% of the list in 2024.
            double[] byPoints = {Math.max(0.1, m + shift), Math.max(MIN_SD_SMALL_POINTS, sd(points, shift))};
            return byPoints[1] < byRatio[1] ? byPoints : byRatio;
        }
    }

    private MayorToAssembly() {}

    /** The differences on the list and the constituency ballot, from every bundled election but {@code target}. */
    static Ballot[] learn(Workspace ws, Election target) {
        List<ResultFile> list = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        List<ResultFile> totals = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS);
        RowOwners owners = ws.rowOwners();
        List<Pair> listPairs = new ArrayList<>();
        List<Pair> constituencyPairs = new ArrayList<>();
        for (Election e : ws.catalog().all()) {
            Optional<SingleWinnerContest> mayor = target.comparableLead(e);
            Optional<AdditionalMemberContest> ams = e.first(AdditionalMemberContest.class);
            if (e.id().equals(target.id())
                    || !e.series().equals(target.series())
                    || !e.date().isBefore(LocalDate.now())
                    || mayor.isEmpty()
                    || ams.isEmpty()) {
                continue;
            }
            Optional<ContestResult> result =
                    ws.results().firstPreferences(e, mayor.get().id()).filter(ContestResult::complete);
            if (result.isEmpty()) {
                continue;
            }
            Map<String, Double> byParty = new HashMap<>();
            Map<String, Integer> candidates = new HashMap<>();
            for (Candidate c : mayor.get().candidates()) {
                if (c.party() != null && !c.party().equals("ind")) {
                    byParty.merge(c.party(), result.get().shares().getOrDefault(c.id(), 0.0), Double::sum);
                    candidates.merge(c.party(), 1, Integer::sum);
                }
            }
            AssemblyBaselineReader reader =
                    new AssemblyBaselineReader(e, ams.get().id(), ws.aliases());
            add(
                    listPairs,
                    byParty,
                    candidates,
                    list.isEmpty()
                            ? Map.of()
                            : reader.londonShares(list, owners, ValidVotes.of(ws, e, ValidVotes.LIST)));
            add(
                    constituencyPairs,
                    byParty,
                    candidates,
                    totals.isEmpty()
                            ? Map.of()
                            : reader.londonShares(totals, owners, ValidVotes.of(ws, e, ValidVotes.CONSTITUENCY)));
        }
        return new Ballot[] {new Ballot(listPairs, "list"), new Ballot(constituencyPairs, "constituency")};
    }

    private static void add(
            List<Pair> out, Map<String, Double> mayor, Map<String, Integer> candidates, Map<String, Double> assembly) {
        // A list file that names only the seat-winning parties (2004, 2012) still measures those parties.
        for (Map.Entry<String, Double> e : mayor.entrySet()) {
            Double a = assembly.get(e.getKey());
            if (a != null && a > 0 && e.getValue() > 0.2 && candidates.get(e.getKey()) == 1) {
                out.add(new Pair(e.getKey(), e.getValue(), a));
            }
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x, double mean) {
        if (x.length < 2) {
            return 0;
        }
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
