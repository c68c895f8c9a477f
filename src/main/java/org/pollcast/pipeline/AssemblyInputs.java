package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.Party;
import org.pollcast.election.Scope;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.ResultFile;
import org.pollcast.ingest.ResultFiles;
import org.pollcast.ingest.RowOwners;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.AssemblyInput;
import org.pollcast.simulate.ConstituencySwing;
import org.pollcast.simulate.ShareInput;

/**
 * Builds the Assembly's simulation input from the election's Assembly polls and its baseline election's
 * results (data/results/). In order of preference:
 * <ul>
 * <li>each ballot, London-wide: the mayoral shares by party moved by the mayor-to-Assembly differences
 * measured in other elections ({@link MayorToAssembly}), with their spread; a party with no mayoral
 * candidate keeps the baseline's share with a wider error ({@value #DERIVED_SD} points for a 50% party);
 * then pooled, precision-weighted, with the Assembly polls of that ballot (constituency polls, else polls that
 * do not say which ballot; list polls), so sparse polls inform the forecast without being trusted alone;
 * <li>each constituency: see {@link ConstituencyBaselines}: the baseline's result there, else the lean of
 * the nearest earlier result, else its lean in other elections (flagged as imputed).
 * </ul>
 * A first election (no baseline) has no past shares to fall back on: a party without a mayoral candidate (or list
 * share) takes its Assembly polls' share, and its constituencies and list regions start at the whole area's forecast
 * shares with unknown leans ({@link FirstElection}).
 */
public final class AssemblyInputs {
    public static final double DERIVED_SD = 2.5;
    static final double POLL_FLOOR = 4;
    /**
     * The spread of a share nothing but the ballot's own polls speaks for (a first election's party without a mayoral
     * candidate): so wide that pooling with those polls gives the polls' own share and error.
     */
    private static final double NO_PRIOR_SD = 1000;

    private AssemblyInputs() {}

    public static AssemblyInput build(
            Election e,
            AdditionalMemberContest contest,
            List<Poll> polls,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Integer> sampleHints,
            ShareInput mayor,
            Workspace ws) {
        DataHome home = ws.home();
        ElectionCatalog catalog = ws.catalog();
        AliasTable aliases = ws.aliases();
        boolean first = e.baseline() == null;
        Election baseline = first ? null : catalog.resolve(e.baseline());
        AssemblyBaselineReader reader = first ? null : new AssemblyBaselineReader(baseline, contest.id(), aliases);
        RowOwners owners = ws.rowOwners();
        Map<String, Double> baseLondon = Map.of();
        Map<String, Double> baseList = Map.of();
        String constituencyFromList = null;
        if (!first) {
            List<ResultFile> totals = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS);
            List<ResultFile> listFiles = ws.resultFiles(ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
            baseList = listFiles.isEmpty()
                    ? Map.of()
                    : reader.londonShares(listFiles, owners, ValidVotes.of(ws, baseline, ValidVotes.LIST));
            baseLondon = reader.londonShares(totals, owners, ValidVotes.of(ws, baseline, ValidVotes.CONSTITUENCY));
            // A joint list (or a renamed party) starts from the baseline parties it carries on.
            baseList = e.carriedOver(baseList);
            baseLondon = e.carriedOver(baseLondon);
            if (baseLondon.isEmpty() && contest.constituencySeats() == 0 && !baseList.isEmpty()) {
                // Closed lists only (the Bundestag's seats since 2023, the Senedd's from 2026): there is one ballot,
                // and a baseline of closed lists only has no constituency ballot to total.
                baseLondon = baseList;
            }
            if (baseLondon.isEmpty() && !baseList.isEmpty() && e.listLed()) {
                // Only the list result is to hand (a German state's Zweitstimmen, as its statistics office leads with
                // them): a parliament led by its list vote derives its constituency ballot from the list shares
                // anyway, so it starts from the baseline's list, and the note says so. Before, the whole forecast was
                // refused. A Mayor's Assembly, whose constituency ballot follows the Mayor's vote, still needs them.
                baseLondon = baseList;
                constituencyFromList = "constituency ballot: no " + e.area() + "-wide constituency-ballot totals for"
                        + " the baseline " + baseline.id() + " in " + home.results() + " (a place's go in "
                        + ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS.fileName(baseline.series())
                        + "): it starts from " + baseline.id() + "'s list vote";
            }
            if (baseLondon.isEmpty()) {
                throw new BadInputException(e.id() + ": no " + e.area() + "-wide constituency-ballot totals for the"
                        + " baseline " + baseline.id() + " in " + home.results() + " (files read: "
                        + ResultFiles.names(totals) + "; a place's go in "
                        + ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS.fileName(baseline.series())
                        + "): constituencies without a complete baseline would have no fallback");
            }
        }
        List<String> sources = new ArrayList<>();
        if (constituencyFromList != null) {
            sources.add(constituencyFromList);
        }

        Set<String> newParties = NewParties.since(ws, e, contest);
        Optional<PollAverage> constituencyPolls =
                average(e, contest, polls, asOf, settings, sampleHints, Scope.CONSTITUENCY, newParties);
        Optional<PollAverage> listPolls =
                average(e, contest, polls, asOf, settings, sampleHints, Scope.LIST, newParties);
        Optional<PollAverage> unspecified =
                average(e, contest, polls, asOf, settings, sampleHints, Scope.UNSPECIFIED, newParties);

        // Parties: any support anywhere, in definition order, then "other".
        List<Party> parties = new ArrayList<>();
        for (Party p : contest.parties()) {
            boolean supported = baseLondon.getOrDefault(p.id(), 0.0) > 0
                    || baseList.getOrDefault(p.id(), 0.0) > 0
                    || Optional.of(p.id())
                            .flatMap(id -> constituencyPolls.flatMap(a -> a.share(id)))
                            .isPresent()
                    || Optional.of(p.id())
                            .flatMap(id -> listPolls.flatMap(a -> a.share(id)))
                            .isPresent()
                    || (first
                            && Optional.of(p.id())
                                    .flatMap(id -> unspecified.flatMap(a -> a.share(id)))
                                    .isPresent())
                    || mayor.parties().contains(p.id());
            if (supported) {
                parties.add(p);
            }
        }
        int n = parties.size() + 1;
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean[] independent = new boolean[n];
        for (int j = 0; j < parties.size(); j++) {
            ids.add(parties.get(j).id());
            names.add(parties.get(j).name());
            independent[j] = parties.get(j).independent();
        }
        ids.add("other");
        names.add("Others");
        double[] london = vector(ids, baseLondon);

        // From the mayoral shares by party, moved by the mayor-to-Assembly differences of other elections; then
        // pooled with whatever Assembly polls there are (one list poll alone once gave the Greens 0.1 seats).
        MayorToAssembly.Ballot[] measured = ws.mayorToAssemblyFor(e);
        double[] baseListV = vector(ids, baseList.isEmpty() ? baseLondon : baseList);
        // A list-led election's list vote is the lead itself: its shares are the simulated ones, and its list polls
        // made them (pooled again here, they would count twice).
        boolean listLed = e.listLed();
        Optional<PollAverage> cSource = constituencyPolls.or(() -> unspecified);
        boolean listPooled = listPolls.isPresent() && !listLed;
        // Without a baseline, a party with no mayoral (or list) share falls back on the Assembly polls, not on 0%.
        double[][] listFallback = first
                ? pollFallback(ids, listPooled ? listPolls : Optional.empty(), listPolls.or(() -> cSource))
                : new double[][] {baseListV, null};
        double[][] consFallback =
                first ? pollFallback(ids, cSource, cSource.or(() -> listPolls)) : new double[][] {london, null};
        double[][] listDerived = listLed
                ? followed(ids, mayor, listFallback[0], listFallback[1])
                : derived(ids, mayor, measured[0], listFallback[0], listFallback[1]);
        // A body of constituencies only is led by its constituency vote: that ballot is the lead itself, drawn one for
        // one, as a list-led body's list is (moved by the other elections' ballot differences and given their spread,
        // it was a second draw of the same vote).
        boolean constituenciesOnly = listLed && contest.constituenciesOnly();
        double[][] consDerived = constituenciesOnly
                ? followed(ids, mayor, consFallback[0], consFallback[1])
                : derived(ids, mayor, measured[1], consFallback[0], consFallback[1]);
        String body = ConstituencyBaselines.bodyName(contest);
        // A pure list body (no constituencies) has no constituency ballot to say anything of.
        boolean constituencies = !contest.constituencies().isEmpty();
        if (contest.listRules().bonus() != null) {
            // Said on every forecast: a bonus moves a majority's chance more than any share does (Greece, June 2023).
            sources.add("seats: " + contest.listRules().bonus().words()
                    + ", given in each simulation to the list first in that draw's vote, before the method shares out"
                    + " the rest");
        }
        if (!constituencies) {
            sources.add("no constituencies: every seat is a list seat");
            if (!first && !contest.regional()) {
                ws.seatRuleCheck(baseline).ifPresent(sources::add);
            }
        } else if (constituenciesOnly) {
            sources.add("no list: every seat is a constituency won by first past the post, and each constituency"
                    + " follows the " + e.area() + "-wide vote above");
        } else if (listLed && measured[1].pairs().isEmpty()) {
            sources.add("constituency ballot: the list shares, not moved: no other election of this series"
                    + " has a complete list result and constituency-ballot totals to measure the list-to-constituency"
                    + " differences from");
        } else if (listLed) {
            sources.add("constituency ballot: the list shares moved by the list-to-constituency differences of "
                    + measured[1].pairs().size() + " party results in other elections");
        } else {
            sources.add("Assembly ballots: the mayoral shares by party moved by the mayor-to-Assembly differences of "
                    + measured[0].pairs().size()
                    + " party results in other elections (parties without a mayoral candidate: "
                    + (first ? "their Assembly polls' shares" : baseline.id() + "'s shares") + ")");
        }
        // A body of constituencies only: its constituency polls made the lead already (pooled again, twice).
        Optional<PollAverage> cPooled = constituenciesOnly ? Optional.empty() : cSource;
        double[][] cons = cPooled.isPresent() ? pooled(ids, consDerived, cPooled.get()) : consDerived;
        if (cPooled.isPresent() && constituencies) {
            sources.add(body + " constituency ballot: pooled with the average of "
                    + pollCount(cSource.get().polls(), cSource.get().scope()) + " as of "
                    + cSource.get().asOf());
        }
        double[][] list = listPooled ? pooled(ids, listDerived, listPolls.get()) : listDerived;
        if (listPooled) {
            sources.add(body + " list ballot: pooled with the average of "
                    + pollCount(listPolls.get().polls(), "list") + " as of "
                    + listPolls.get().asOf());
        }
        double[] cMean = cons[0];
        double[] cSe = cons[1];
        double[] lMean = list[0];
        double[] lSe = list[1];
        normalise(cMean);
        normalise(lMean);

        List<String> constituencyNames =
                contest.constituencies().stream().map(c -> c.name()).toList();
        int[] mayorOption = mayorOptions(ids, mayor);
        FirstElection.Start start;
        if (first) {
            start = FirstElection.build(ws, e, contest, ids, cMean, lMean);
            // First: the seats rest on it, and a reader who stops at one note should read this one.
            sources.addAll(0, start.notes());
        } else {
            ConstituencyBaselines.Result local = ConstituencyBaselines.build(ws, e, baseline, contest, ids, london);
            sources.addAll(local.notes());
            if (contest.regional() && baseList.isEmpty()) {
                // Each region's list swings from the whole area's list share; the constituency ballot's in its place
                // would multiply a small party's regional list share by its list-to-constituency ratio (Greens: 27
                // seats).
                throw new BadInputException(e.id() + ": " + contest.id() + " allocates list seats region by region, and"
                        + " the regions swing from the whole area's list result, but there is none for the baseline "
                        + baseline.id() + " (a place's go in "
                        + ResultFiles.Kind.ASSEMBLY_LIST_RESULTS.fileName(baseline.series()) + ")");
            }
            FirstElection.Regional regions =
                    regions(ws, e, contest, baseline, reader, owners, ids, baseListV, baseList, local, london, sources);
            start = new FirstElection.Start(
                    london,
                    local,
                    regions.regionOf(),
                    regions.regionBase(),
                    contest.regional() ? baseListV : new double[n],
                    regions.regionLeanSd(),
                    regions.leanWithRegion(),
                    List.of());
        }
        ConstituencyBaselines.Result at = start.constituencies();
        return new AssemblyInput(
                        contest.id(),
                        ids,
                        names,
                        independent,
                        cMean,
                        lMean,
                        cSe,
                        lSe,
                        start.london(),
                        constituencyNames,
                        at.base(),
                        at.imputed(),
                        at.baseSd(),
                        mayorOption,
                        contest.method(),
                        contest.threshold(),
                        contest.listSeats(),
                        contest.blocs(),
                        sources,
                        contest.regions(),
                        start.regionOf(),
                        start.regionBase(),
                        start.baselineList(),
                        start.regionLeanSd(),
                        start.leanWithRegion())
                .withListRules(contest.listRules())
                // A body of single-member constituencies only has concentrated small parties (the Commons' Liberal
                // Democrats, 2% to 49% by constituency in Scotland on 7% overall), whom proportional swing by their
                // whole-area share multiplies in their strongholds; the London Assembly keeps its own rule.
                .withSwing(
                        contest.constituenciesOnly()
                                ? ConstituencySwing.BY_LOCAL_STRENGTH
                                : ConstituencySwing.BY_AREA_SHARE);
    }

    /** Per party, the index of its mayoral candidate in {@code mayor}, or −1 (none, or two of one party). */
    private static int[] mayorOptions(List<String> ids, ShareInput mayor) {
        int n = ids.size();
        int[] mayorOption = new int[n];
        for (int j = 0; j < n; j++) {
            mayorOption[j] = -1;
            for (int m = 0; m < mayor.size(); m++) {
                if (ids.get(j).equals(mayor.parties().get(m)) && !ids.get(j).equals("ind")) {
                    mayorOption[j] = mayorOption[j] == -1 ? m : -2; // two candidates of one party: no single shift
                }
            }
            mayorOption[j] = Math.max(mayorOption[j], -1);
        }
        return mayorOption;
    }

    /**
     * A first election's fallback for a party with no mayoral (or list) share, {@code [mean, sd]} by option: where the
     * ballot's own polls, which are pooled in after, name it, their share with no weight of its own ({@value
     * #NO_PRIOR_SD}), so the pool is the polls'; else its share in {@code any} (the other ballot's polls) with the
     * derived error; else 0.
     */
    private static double[][] pollFallback(
            List<String> ids, Optional<PollAverage> pooledLater, Optional<PollAverage> any) {
        int n = ids.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int j = 0; j < n; j++) {
            String id = ids.get(j);
            Optional<ShareEstimate> own = pooledLater.flatMap(a -> a.share(id));
            if (own.isPresent()) {
                mean[j] = own.get().share();
                sd[j] = NO_PRIOR_SD;
            } else {
                mean[j] =
                        any.flatMap(a -> a.share(id)).map(ShareEstimate::share).orElse(0.0);
                sd[j] = scaled1(mean[j], DERIVED_SD);
            }
        }
        return new double[][] {mean, sd};
    }

    /**
     * Each list region's baseline list shares, from the baseline election's {@code <series>_assembly_regional_list_results.csv}
     * rows (a region named by its id or its name). A region with no rows there starts at the whole area's shares moved
     * by its lean in other elections of the series, or, with none, at the whole area's shares with a lean of its own
     * drawn in every simulation (as a first election's region: {@link FirstElection}); it used to stand at the whole
     * area's shares as surely as a counted result. A constituency with no result in any election (ConstituencyBaselines'
     * {@code areaWide}) starts from its region's lean, or takes its region's lean draw, instead of the whole area's
     * shares alone: the Scottish kit's 58 such constituencies all went the SNP's way together.
     */
    private static FirstElection.Regional regions(
            Workspace ws,
            Election e,
            AdditionalMemberContest contest,
            Election baseline,
            AssemblyBaselineReader reader,
            RowOwners owners,
            List<String> ids,
            double[] wholeArea,
            Map<String, Double> wholeAreaShares,
            ConstituencyBaselines.Result local,
            double[] constituencyArea,
            List<String> sources) {
        if (!contest.regional()) {
            return FirstElection.regional(contest, ids, local, constituencyArea, wholeArea, r -> null, r -> null);
        }
        List<ListRegion> regions = contest.regions();
        Map<String, Map<String, Double>> read =
                reader.regionShares(ws.resultFiles(ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS), owners);
        // Each region's own rows in the baseline (a region named by its id or its name), looked up once.
        Map<ListRegion, Map<String, Double>> own = new LinkedHashMap<>();
        for (ListRegion region : regions) {
            read.entrySet().stream()
                    .filter(x -> x.getKey().equalsIgnoreCase(region.id())
                            || x.getKey().equalsIgnoreCase(region.name()))
                    .findFirst()
                    .ifPresent(x -> own.put(region, e.carriedOver(x.getValue())));
        }
        FirstElection.Figures others = FirstElection.figures(ws, e);
        FirstElection.Regional start = FirstElection.regional(
                contest,
                ids,
                local,
                constituencyArea,
                wholeArea,
                region -> own.containsKey(region)
                        ? new FirstElection.Place(List.of(own.get(region)), List.of(wholeAreaShares))
                        : others.of(region),
                region -> own.containsKey(region) ? vector(ids, own.get(region)) : null);
        List<String> missing = new ArrayList<>();
        List<String> leaned = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> sds = new LinkedHashSet<>();
        for (int r = 0; r < regions.size(); r++) {
            String name = regions.get(r).name();
            if (own.containsKey(regions.get(r))) {
                continue;
            }
            missing.add(name);
            if (start.known().contains(name)) {
                leaned.add(name);
            } else {
                unknown.add(name);
                sds.add(String.format(Locale.ROOT, "%.0f", start.regionLeanSd()[r * ids.size()]));
            }
        }
        String file = ResultFiles.Kind.ASSEMBLY_REGIONAL_LIST_RESULTS.fileName(baseline.series());
        String area = baseline.area();
        StringBuilder note =
                new StringBuilder(regions.size() + " list regions, each allocating its own list seats from ");
        if (missing.size() == regions.size()) {
            note.append("the ").append(area).append("-wide list shares moved by the swing: ");
            // New areas (the Senedd's 16 of 2026 after 2021's 5) are not figures the file lost: say which it is.
            List<ListRegion> before = baseline.first(AdditionalMemberContest.class)
                    .map(AdditionalMemberContest::regions)
                    .orElse(List.of());
            boolean otherAreas = regions.stream()
                    .noneMatch(r -> before.stream()
                            .anyMatch(b ->
                                    b.id().equalsIgnoreCase(r.id()) || b.name().equalsIgnoreCase(r.name())));
            if (otherAreas) {
                note.append(baseline.id())
                        .append(" was fought on other areas (")
                        .append(
                                before.isEmpty()
                                        ? "no list regions"
                                        : Counted.of(before.size(), "list region", "list regions")
                                                + ", none of them one of these")
                        .append("), and ")
                        .append(file)
                        .append(" has no notional results for these");
            } else {
                note.append("no region has ")
                        .append(baseline.id())
                        .append("'s list votes in ")
                        .append(file);
            }
        } else {
            note.append(baseline.id()).append("'s list result there moved by the whole area's swing");
            if (!missing.isEmpty()) {
                note.append(" (no list votes for ")
                        .append(String.join(", ", missing))
                        .append(" in ")
                        .append(file)
                        .append(")");
            }
        }
        if (!leaned.isEmpty()) {
            note.append(starting(
                    leaned, " from the " + area + "-wide shares moved by {its} lean in other elections of the series"));
        }
        if (!unknown.isEmpty()) {
            note.append(starting(
                    unknown,
                    " at the " + area + "-wide shares with a lean of {its} own drawn in every simulation ("
                            + String.join(" or ", sds) + " points for a 50% party)"));
        }
        sources.add(note.toString());
        if (!start.moved().isEmpty() || !start.drawn().isEmpty()) {
            // ConstituencyBaselines' note says they start at the whole-area shares: say where they start now.
            StringBuilder c = new StringBuilder("of the constituencies with no result in any other election, ");
            if (!start.moved().isEmpty()) {
                c.append(start.moved().size())
                        .append(Counted.word(start.moved().size(), " starts", " start"))
                        .append(start.moved().size() == 1 ? " from its" : " from their")
                        .append(" list region's lean (the region's list vote against the whole area's)");
            }
            if (!start.drawn().isEmpty()) {
                c.append(start.moved().isEmpty() ? "" : " and ")
                        .append(start.drawn().size())
                        .append(" share")
                        .append(start.drawn().size() == 1 ? "s" : "")
                        .append(" their region's unknown lean, drawn in every simulation");
            }
            sources.add(c.toString());
        }
        return start;
    }

    /** "; A, B start ..." or "; A starts ...", with {its} in {@code how} made "its" or "their". */
    private static String starting(List<String> places, String how) {
        boolean one = places.size() == 1;
        return "; " + String.join(", ", places) + (one ? " starts" : " start")
                + how.replace("{its}", one ? "its" : "their");
    }

    private static Optional<PollAverage> average(
            Election e,
            AdditionalMemberContest contest,
            List<Poll> polls,
            LocalDate asOf,
            AggregateSettings settings,
            Map<String, Integer> sampleHints,
            Scope scope,
            Set<String> newParties) {
        boolean any =
                polls.stream().anyMatch(p -> p.contest().equals(contest.id()) && p.scope() == scope && p.knownBy(asOf));
        return any
                ? Optional.of(
                        Aggregator.average(e, contest, scope, polls, asOf, settings, Map.of(), sampleHints, newParties))
                : Optional.empty();
    }

    /**
     * Mean and sd per option implied by the mayoral shares: a party with one mayoral candidate takes the
     * measured difference; any other party keeps its share in {@code fallback} with a wider error ({@code fallbackSd},
     * or the derived error when that is null).
     */
    private static double[][] derived(
            List<String> ids, ShareInput mayor, MayorToAssembly.Ballot ballot, double[] fallback, double[] fallbackSd) {
        int n = ids.size();
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int j = 0; j < n; j++) {
            String party = ids.get(j);
            int m = party.equals("other") || party.equals("ind")
                    ? -1
                    : mayor.parties().indexOf(party);
            if (m >= 0 && mayor.parties().lastIndexOf(party) == m) {
                double[] implied = ballot.implied(party, mayor.mean()[m]);
                mean[j] = implied[0];
                se[j] = implied[1];
            } else {
                mean[j] = fallback[j];
                se[j] = fallbackSd == null ? scaled1(fallback[j], DERIVED_SD) : fallbackSd[j];
            }
        }
        return withOthers(ids, mean, se);
    }

    /** {@code mean} and {@code se} with "other" as the rest of 100 (at least 0.5), with the derived error. */
    private static double[][] withOthers(List<String> ids, double[] mean, double[] se) {
        int other = ids.indexOf("other");
        double named = 0;
        for (int j = 0; j < mean.length; j++) {
            named += j == other ? 0 : mean[j];
        }
        mean[other] = Math.max(0.5, 100 - named);
        se[other] = scaled1(mean[other], DERIVED_SD);
        return new double[][] {mean, se};
    }

    /**
     * The list ballot of a list-led election: each party's share is its simulated list-vote share (no error of its
     * own); a party the lead does not have keeps its share in {@code fallback} with the derived error.
     */
    private static double[][] followed(List<String> ids, ShareInput lead, double[] fallback, double[] fallbackSd) {
        int n = ids.size();
        double[] mean = new double[n];
        double[] se = new double[n];
        List<Integer> inside = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int m = lead.parties().indexOf(ids.get(j));
            boolean own = m >= 0
                    && lead.parties().lastIndexOf(ids.get(j)) == m
                    && !ids.get(j).equals("ind");
            if (own && !ids.get(j).equals("other")) {
                mean[j] = lead.mean()[m];
            } else {
                mean[j] = fallback[j];
                se[j] = fallbackSd == null ? scaled1(fallback[j], DERIVED_SD) : fallbackSd[j];
                if (!ids.get(j).equals("other")) {
                    inside.add(j);
                }
            }
        }
        double[][] out = withOthers(ids, mean, se);
        int other = ids.indexOf("other");
        int leadOther = lead.index("other");
        if (other < 0 || leadOther < 0 || inside.isEmpty()) {
            return out;
        }
        // A party the list vote does not forecast on its own is inside its "other": it comes out of that share, not on
        // top of every party's (Wales 2026 as of January 2025: Abolish's 3.6% from 2021 scaled every other list share
        // down by 3% beside a list vote that gave "others" 0.6%). Where "other" cannot hold their baseline shares they
        // take all of it, in proportion: the rule by which UnpolledCandidates made them options of the list vote
        // once it could, so that a party's share does not jump as "other" crosses its baseline share.
        double held = 0;
        for (int j : inside) {
            held += out[0][j];
        }
        double room = lead.mean()[leadOther];
        double f = held <= room ? 1 : room / held;
        for (int j : inside) {
            out[0][j] *= f;
            out[1][j] *= f;
        }
        out[0][other] = room - f * held;
        return out;
    }

    /**
     * Precision-weighted pool of the derived shares and a poll average. Each poll average's error gets a floor
     * of {@value #POLL_FLOOR} points (for a 50% party): a few Assembly polls share one house's lean, which their
     * sampling error does not show.
     */
    private static double[][] pooled(List<String> ids, double[][] derived, PollAverage polls) {
        int n = ids.size();
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int j = 0; j < n; j++) {
            Optional<ShareEstimate> s = polls.share(ids.get(j));
            if (s.isEmpty()) {
                mean[j] = derived[0][j];
                se[j] = derived[1][j];
                continue;
            }
            double[] pool = pool(derived[0][j], derived[1][j], s.get());
            mean[j] = pool[0];
            se[j] = pool[1];
        }
        unnamedInsideOthers(ids, derived, polls, mean, se);
        return new double[][] {mean, se};
    }

    /** {@code [mean, se]}: a derived share and sd pooled with a poll average's share, whose error gets the floor. */
    private static double[] pool(double derivedMean, double derivedSd, ShareEstimate s) {
        double ps = Math.sqrt(s.se() * s.se() + Math.pow(scaled1(s.share(), POLL_FLOOR), 2));
        double wd = 1 / (derivedSd * derivedSd);
        double wp = 1 / (ps * ps);
        return new double[] {(wd * derivedMean + wp * s.share()) / (wd + wp), Math.sqrt(1 / (wd + wp))};
    }

    /**
     * The parties a ballot's polls do not name are inside those polls' "other", so their derived shares come out of it,
     * not on top of it: "other" is pooled as the polls count it (the derived "other" and those parties together), and
     * they take their derived shares out of the result when it can hold them all; when it cannot, the polls read them
     * as smaller, and they and the rest of "other" share it in proportion, as {@link UnpolledCandidates} scales a
     * Mayor's candidates to what the polls left. Added on top, they
     * were counted twice: Scotland 2021's constituency polls left 0.6% outside the five parties they name, Alba and All
     * for Unity (on the lists only) took 1.6% of that ballot from their list shares, and the ballot gave 4.1% to the
     * rest, every other party's share scaled down to make room (the SNP's by 1.5 points). The result: 0.6%.
     */
    private static void unnamedInsideOthers(
            List<String> ids, double[][] derived, PollAverage polls, double[] mean, double[] se) {
        int other = ids.indexOf("other");
        Optional<ShareEstimate> polledOther = polls.share("other");
        if (other < 0 || polledOther.isEmpty()) {
            return;
        }
        List<Integer> unnamed = new ArrayList<>();
        double inside = 0;
        double insideVar = derived[1][other] * derived[1][other];
        for (int j = 0; j < ids.size(); j++) {
            if (j != other && polls.share(ids.get(j)).isEmpty()) {
                unnamed.add(j);
                inside += derived[0][j];
                insideVar += derived[1][j] * derived[1][j];
            }
        }
        if (unnamed.isEmpty()) {
            return;
        }
        double[] asPolled = pool(derived[0][other] + inside, Math.sqrt(insideVar), polledOther.get());
        if (inside <= asPolled[0]) {
            for (int j : unnamed) {
                mean[j] = derived[0][j];
                se[j] = derived[1][j];
            }
            mean[other] = asPolled[0] - inside;
        } else {
            // The polls' "other" is smaller than these parties' derived shares: they share it with the rest of "other"
            // in proportion, not drop to nothing (a list party at 0 could never pass the threshold, whatever its polls
            // said elsewhere).
            double f = asPolled[0] / (derived[0][other] + inside);
            for (int j : unnamed) {
                mean[j] = derived[0][j] * f;
                se[j] = derived[1][j] * f;
            }
            mean[other] = derived[0][other] * f;
        }
        se[other] = asPolled[1];
    }

    private static Map<String, Double> shares(PollAverage a) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ShareEstimate s : a.shares()) {
            m.put(s.option(), s.share());
        }
        return m;
    }

    private static double[] errors(List<String> ids, PollAverage a) {
        double[] out = new double[ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            out[j] = a.share(ids.get(j)).map(ShareEstimate::se).orElseGet(() -> scaled1(0.5, DERIVED_SD));
        }
        return out;
    }

    static double[] vector(List<String> ids, Map<String, Double> shares) {
        double[] v = new double[ids.size()];
        double named = 0;
        for (int j = 0; j < ids.size(); j++) {
            if (!ids.get(j).equals("other")) {
                v[j] = shares.getOrDefault(ids.get(j), 0.0);
                named += v[j];
            }
        }
        v[ids.size() - 1] = Math.max(0, 100 - named);
        return v;
    }

    private static String pollCount(int polls, String scope) {
        return polls + " " + scope + (polls == 1 ? " poll" : " polls");
    }

    private static double[] scaled(double[] mean, double sd) {
        double[] out = new double[mean.length];
        for (int j = 0; j < mean.length; j++) {
            out[j] = scaled1(mean[j], sd);
        }
        return out;
    }

    private static double scaled1(double mean, double sd) {
        double m = Math.min(Math.max(mean, 0.5), 99.5);
        return sd * Math.sqrt(m * (100 - m)) / 50;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (int j = 0; j < v.length; j++) {
            v[j] = Math.max(0.01, v[j]);
            s += v[j];
        }
        for (int j = 0; j < v.length; j++) {
            v[j] *= 100 / s;
        }
    }
}
