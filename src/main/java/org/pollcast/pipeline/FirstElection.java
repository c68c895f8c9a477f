package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.pollcast.Counted;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.RowOwners;

/**
 * Where an additional-member (or pure list) body's constituencies and list regions start at a first election: one with
 * no {@code baseline}, such as a new parliament or new boundaries (the Senedd from 2026). No place has a past result
 * of its own, so each starts at the whole area's forecast shares with a lean that is unknown and drawn in every
 * simulation; where other elections of the series give a place figures (a backtest of the series' first election), its
 * lean there is used instead, as {@link ConstituencyBaselines} uses one.
 * <ul>
 * <li>A constituency with no figures: the whole area's forecast constituency-ballot shares (or its region's, below),
 * lean 0, with the spread of leans {@link ConstituencyBaselines} gives a constituency at the whole-area shares (the
 * imputed spread of model 2026.12-15: measured on the series' constituency results where there are some, else
 * {@value ConstituencyBaselines#LEAN_SPREAD_SD} points for a 50% party, London's constituency leans; election night's
 * first election uses the same number, {@code LiveModels.localSd}).
 * <li>A list region with figures in other elections of the series: the whole area's forecast list shares moved by its
 * mean list lean there, its constituencies with no figures by the same lean on their ballot.
 * <li>A list region with none: the whole area's list shares and a lean of its own, {@value #REGION_LEAN_SPREAD_SD}
 * points for a 50% party, shared by its list and its constituencies with no figures (whose own spread is then what is
 * left of a constituency's, the part within the region); a region with no constituencies (a pure list body's) is one
 * local area, and takes a constituency's {@value ConstituencyBaselines#LEAN_SPREAD_SD}.
 * </ul>
 */
final class FirstElection {
    /**
     * The spread of a list region's lean (its list share minus the whole area's), for a 50% party: 5.97 points, the
     * root-mean-square lean, each scaled to a 50% party, of the five largest parties in the six Scottish regions with
     * every party's list votes in the test kit (src/test/resources/ingest/scotland: 2016 Central Scotland, Glasgow, Mid
     * Scotland and Fife and West Scotland; 2021 Highlands and Islands and North East Scotland): SNP 2.8, Conservative
     * 7.3, Labour 7.1, Green 3.3, Liberal Democrats 7.4. Regions of eight to ten constituencies, so about 0.6 of a
     * constituency's spread: neighbouring constituencies lean alike, and a region averages less away than
     * independence would.
     */
    static final double REGION_LEAN_SPREAD_SD = 6;

    private FirstElection() {}

    /**
     * @param london         the swing origin: the whole area's forecast constituency-ballot shares
     * @param constituencies {@link ConstituencyBaselines}'s result, with each constituency that starts at its region's
     *                       shares moved there and its spread cut to the part within the region
     * @param regionBase     per region and party (region-major), where its list starts
     * @param baselineList   the whole area's forecast list shares (a region's list swings from these)
     * @param regionLeanSd   per region and party, its unknown lean's spread for a 50% party (0 where it has figures)
     * @param leanWithRegion per constituency, whether it takes its region's lean draw (empty without regions)
     */
    record Start(
            double[] london,
            ConstituencyBaselines.Result constituencies,
            int[] regionOf,
            double[] regionBase,
            double[] baselineList,
            double[] regionLeanSd,
            boolean[] leanWithRegion,
            List<String> notes) {}

    /**
     * @param constituency the whole area's forecast constituency-ballot shares (percent, by {@code ids})
     * @param list         the whole area's forecast list shares
     */
    static Start build(
            Workspace ws,
            Election e,
            AdditionalMemberContest contest,
            List<String> ids,
            double[] constituency,
            double[] list) {
        ConstituencyBaselines.Result local = ConstituencyBaselines.build(ws, e, null, contest, ids, constituency);
        Figures figures = contest.regions().isEmpty() ? null : figures(ws, e);
        Regional regional = regional(contest, ids, local, constituency, list, r -> figures.of(r), r -> null);
        List<String> notes = notes(e, contest, local, contest.regions(), regional.known(), constituency);
        return new Start(
                constituency.clone(),
                local,
                regional.regionOf(),
                regional.regionBase(),
                list.clone(),
                regional.regionLeanSd(),
                regional.leanWithRegion(),
                notes);
    }

    /**
     * Where each list region starts, and each constituency with no figures of its own (ConstituencyBaselines'
     * {@code areaWide}) moved by its region's lean or set to take its region's unknown lean: a first election's, and a
     * later one's whose baseline lacks some places' figures (the Scottish kit's 58 constituencies with no result, four
     * regions with no list votes).
     *
     * @param local        the constituencies' baselines; the area-wide ones' base and spread are changed in place
     * @param constituency the constituency ballot's whole-area shares those constituencies start at
     * @param list         the whole-area list shares a region with no figures starts at (its list swings from these)
     * @param placeOf      a region's list shares in elections with figures for it, beside those elections' whole-area
     *                     list shares
     * @param exactStart   a region's own list shares to start from, or null to lean {@code list} by {@code placeOf}
     */
    static Regional regional(
            AdditionalMemberContest contest,
            List<String> ids,
            ConstituencyBaselines.Result local,
            double[] constituency,
            double[] list,
            Function<ListRegion, Place> placeOf,
            Function<ListRegion, double[]> exactStart) {
        int n = ids.size();
        int k = contest.constituencies().size();
        List<ListRegion> regions = contest.regions();
        int[] regionOf = new int[regions.isEmpty() ? 0 : k];
        boolean[] leanWithRegion = new boolean[regionOf.length];
        double[] regionBase = new double[regions.size() * n];
        double[] regionLeanSd = new double[regions.size() * n];
        List<String> known = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            ListRegion region = regions.get(r);
            Place here = placeOf.apply(region);
            boolean own = !here.there().isEmpty();
            double[] exact = exactStart.apply(region);
            double[] start = exact != null
                    ? exact
                    : own ? ConstituencyBaselines.leaned(ids, list, here.there(), here.all()) : list;
            System.arraycopy(start, 0, regionBase, r * n, n);
            if (own) {
                known.add(region.name());
            } else {
                double sd = contest.constituenciesOf(region).isEmpty()
                        ? ConstituencyBaselines.LEAN_SPREAD_SD
                        : REGION_LEAN_SPREAD_SD;
                Arrays.fill(regionLeanSd, r * n, r * n + n, sd);
            }
            for (int c = 0; c < k; c++) {
                if (!region.id().equals(contest.constituencies().get(c).region())) {
                    continue;
                }
                regionOf[c] = r;
                if (!local.areaWide()[c]) {
                    continue; // a lean of its own from other elections, its region's in it
                }
                if (own) {
                    double[] shifted = ConstituencyBaselines.leaned(ids, constituency, here.there(), here.all());
                    System.arraycopy(shifted, 0, local.base(), c * n, n);
                    moved.add(contest.constituencies().get(c).name());
                } else {
                    leanWithRegion[c] = true;
                    drawn.add(contest.constituencies().get(c).name());
                }
                for (int j = 0; j < n; j++) {
                    local.baseSd()[c * n + j] = withinRegion(local.spread()[j], constituency[j]);
                }
            }
        }
        return new Regional(regionOf, regionBase, regionLeanSd, leanWithRegion, known, moved, drawn);
    }

    /**
     * {@link #regional}'s result; {@code known} the regions with figures, {@code moved} the constituencies moved by
     * their region's lean, {@code drawn} those taking their region's unknown lean.
     */
    record Regional(
            int[] regionOf,
            double[] regionBase,
            double[] regionLeanSd,
            boolean[] leanWithRegion,
            List<String> known,
            List<String> moved,
            List<String> drawn) {}

    /**
     * What is left of a constituency's spread of leans {@code spread} (points, at share b) once its region's lean
     * ({@value #REGION_LEAN_SPREAD_SD} for a 50% party) is drawn apart: √(spread² − region²), never less than one
     * election's local swing ({@value ConstituencyBaselines#LEAN_CHANGE_SD} for a 50% party).
     */
    private static double withinRegion(double spread, double b) {
        double scale = ConstituencyBaselines.scale(b);
        double region = REGION_LEAN_SPREAD_SD * scale;
        return Math.max(
                ConstituencyBaselines.LEAN_CHANGE_SD * scale,
                Math.sqrt(Math.max(0, spread * spread - region * region)));
    }

    /** Each region's list shares in other elections of the series, with those elections' whole-area list shares. */
    record Figures(Map<String, Map<String, Map<String, Double>>> regions, Map<String, Map<String, Double>> area) {
        Place of(ListRegion region) {
            List<Map<String, Double>> there = new ArrayList<>();
            List<Map<String, Double>> all = new ArrayList<>();
            regions.forEach((election, byRegion) -> byRegion.entrySet().stream()
                    .filter(x -> x.getKey().equalsIgnoreCase(region.id())
                            || x.getKey().equalsIgnoreCase(region.name()))
                    .findFirst()
                    .ifPresent(x -> {
                        there.add(x.getValue());
                        all.add(area.get(election));
                    }));
            return new Place(there, all);
        }
    }

    /** A place's list shares in elections with figures for it, beside those elections' whole-area list shares. */
    record Place(List<Map<String, Double>> there, List<Map<String, Double>> all) {}

    /**
     * The regional list votes of the series' other elections that have whole-area list shares too (a lean needs both):
     * none for a new series, some when a backtest forecasts the series' first election.
     */
    static Figures figures(Workspace ws, Election target) {
        List<ResultFile> regional = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS);
        List<ResultFile> lists = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        Map<String, Map<String, Map<String, Double>>> regions = new TreeMap<>();
        Map<String, Map<String, Double>> area = new TreeMap<>();
        if (regional.isEmpty() || lists.isEmpty()) {
            return new Figures(regions, area);
        }
        RowOwners owners = ws.rowOwners();
        for (Election y : ws.catalog().all()) {
            if (y.id().equals(target.id())
                    || !y.series().equals(target.series())
                    || y.first(AdditionalMemberContest.class).isEmpty()) {
                continue;
            }
            AssemblyBaselineReader reader = new AssemblyBaselineReader(
                    y, y.first(AdditionalMemberContest.class).get().id(), ws.aliases());
            Map<String, Double> whole = reader.londonShares(lists, owners, ValidVotes.of(ws, y, ValidVotes.LIST));
            Map<String, Map<String, Double>> byRegion = reader.regionShares(regional, owners);
            if (!whole.isEmpty() && !byRegion.isEmpty()) {
                regions.put(y.id(), byRegion);
                area.put(y.id(), whole);
            }
        }
        return new Figures(regions, area);
    }

    private static List<String> notes(
            Election e,
            AdditionalMemberContest contest,
            ConstituencyBaselines.Result local,
            List<ListRegion> regions,
            List<String> known,
            double[] constituency) {
        String body = ConstituencyBaselines.bodyName(contest);
        String area = e.area();
        int k = contest.constituencies().size();
        List<String> notes = new ArrayList<>();
        List<String> leaned = new ArrayList<>();
        int wide = 0;
        for (int c = 0; c < k; c++) {
            if (local.areaWide()[c]) {
                wide++;
            } else {
                leaned.add(contest.constituencies().get(c).name());
            }
        }
        StringBuilder head = new StringBuilder(body + "'s seats come from " + area + "-wide forecast shares with"
                + " unknown local leans, not from past local results: " + e.id() + " is a first election (no baseline),"
                + " so ");
        if (k == 0 && regions.isEmpty()) {
            notes.add(body + "'s seats are all list seats, allocated across the whole of " + area + " from its"
                    + " forecast list shares: " + e.id() + " is a first election (no baseline), which needs no past"
                    + " local results for them");
            return notes;
        }
        if (wide == 0 && known.size() == regions.size()) {
            // Every place has figures in other elections of the series (a backtest of its first election): no lean is
            // unknown, and "area-wide shares with unknown leans" would be untrue.
            notes.add(body + "'s seats: " + e.id() + " is a first election (no baseline), so every "
                    + (k == 0 ? "list region" : "constituency" + (regions.isEmpty() ? "" : " and list region"))
                    + " starts from its lean in other elections of the series, applied to the " + area
                    + "-wide forecast shares");
        } else if (k == 0) {
            head.append("each list region starts at the ")
                    .append(area)
                    .append("-wide shares")
                    .append(known.isEmpty() ? "" : " (or its lean in other elections, below)")
                    .append(" with a lean of its own drawn in every simulation");
        } else if (wide == 0) {
            int unknown = regions.size() - known.size();
            head.append("every constituency starts from its lean in other elections of the series, but ")
                    .append(unknown)
                    .append(unknown == 1 ? " list region starts" : " list regions start")
                    .append(" at the ")
                    .append(area)
                    .append("-wide list shares with a lean of ")
                    .append(unknown == 1 ? "its" : "their")
                    .append(" own drawn in every simulation");
        } else {
            head.append(
                            wide == k
                                    ? "every constituency starts"
                                    : wide + " of " + k + " constituencies " + Counted.word(wide, "starts", "start"))
                    .append(" at the ")
                    .append(area)
                    .append("-wide shares")
                    .append(
                            known.isEmpty()
                                    ? ""
                                    : wide == 1 ? " (or its region's, below)" : " (or their region's, below)")
                    .append(" with a lean of ")
                    .append(wide == 1 ? "its" : "their")
                    .append(" own drawn in every simulation (")
                    .append(spread(local, constituency, contest.constituenciesOnly()))
                    .append(")");
        }
        if (wide > 0 || known.size() < regions.size()) {
            head.append("; the seats' ranges are wider than a forecast from past results would give");
            notes.add(head.toString());
        }
        if (!leaned.isEmpty()) {
            notes.add(leaned.size() + " of " + k + " constituencies " + Counted.word(leaned.size(), "starts", "start")
                    + " from " + Counted.word(leaned.size(), "its", "their")
                    + " lean in other elections of the series: "
                    + String.join(", ", leaned));
        }
        if (!regions.isEmpty()) {
            int unknown = regions.size() - known.size();
            StringBuilder r = new StringBuilder(regions.size() + " list regions, each allocating its own list seats");
            if (!known.isEmpty()) {
                r.append("; ")
                        .append(String.join(", ", known))
                        .append(known.size() == 1 ? " starts" : " start")
                        .append(" from ")
                        .append(known.size() == 1 ? "its" : "their")
                        .append(" list lean in other elections of the series");
            }
            if (unknown > 0) {
                boolean pureList = k == 0;
                r.append(known.isEmpty() ? "; each" : "; the other " + unknown)
                        .append(" at the ")
                        .append(area)
                        .append("-wide list shares with an unknown lean of ")
                        .append(unknown == 1 || known.isEmpty() ? "its" : "their")
                        .append(" own, ")
                        .append(
                                pureList
                                        ? String.format(
                                                Locale.ROOT,
                                                "%.0f points for a 50%% party (a region with no constituencies is one"
                                                        + " local area: a constituency's spread of leans)",
                                                ConstituencyBaselines.LEAN_SPREAD_SD)
                                        : String.format(
                                                Locale.ROOT,
                                                "%.0f points for a 50%% party (the spread of the Scottish"
                                                        + " regions' list leans), which "
                                                        + (unknown == 1 || known.isEmpty() ? "its" : "their")
                                                        + " constituencies share",
                                                REGION_LEAN_SPREAD_SD));
            }
            notes.add(r.toString());
        }
        return notes;
    }

    /** The constituencies' spread of leans in words: its value for the largest party, and where it comes from. */
    private static String spread(
            ConstituencyBaselines.Result local, double[] constituency, boolean constituenciesOnly) {
        if (constituenciesOnly && local.measured() < 2) {
            return String.format(
                    Locale.ROOT,
                    "%.0f points for each party of %.1f%% or more, %.1f times the share below: the spread of"
                            + " constituency shares in Scotland's 2017 and 2019 general elections, as no other election"
                            + " of the series has constituency results to measure it on",
                    ConstituencyBaselines.LEAN_SPREAD_SD,
                    ConstituencyBaselines.LEAN_SPREAD_SD / ConstituencyBaselines.MAX_RELATIVE_LEAN_SPREAD,
                    ConstituencyBaselines.MAX_RELATIVE_LEAN_SPREAD);
        }
        int top = 0;
        for (int j = 1; j < constituency.length; j++) {
            if (constituency[j] > constituency[top]) {
                top = j;
            }
        }
        double at50 = local.spread()[top] / ConstituencyBaselines.scale(constituency[top]);
        return String.format(
                Locale.ROOT,
                "%.1f points for a 50%% party, %s",
                at50,
                local.measured() >= 2
                        ? "the spread of leans in " + local.measured() + " constituency results of other elections"
                                + " of the series"
                        : "the spread of London's constituency leans, as no other election of the series has"
                                + " constituency results to measure it on");
    }
}
