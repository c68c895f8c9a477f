package org.pollcast.pipeline;

import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.AssemblyInput;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.ingest.DataHome;
import org.pollcast.election.Election;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.election.Party;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyBaselineReader;
import org.pollcast.poll.Poll;

/**
 * Builds the Assembly's simulation input from the election's Assembly polls and its baseline election's
 * results (data/results/). In order of preference:
 * <ul>
 * <li>constituency ballot: constituency polls; else list polls; else polls that do not say which ballot;
 * else the baseline's London-wide constituency shares moved by each party's mayoral change since the
 * baseline (with a wider error, {@value #DERIVED_SD} points for a 50% party);
 * <li>list ballot: list polls; else the constituency ballot times the baseline's own list-to-constituency
 * ratio per party (split tickets: small parties do better on the list), with a wider error;
 * <li>each constituency: see {@link ConstituencyBaselines}: the baseline's result there, else the lean of
 * the nearest earlier result, else its lean in other elections (flagged as imputed).
 * </ul>
 */
public final class AssemblyInputs {
    public static final double DERIVED_SD = 2.5;
    private static final double LIST_WIDER = 1.5;

    private AssemblyInputs() {
    }

    public static AssemblyInput build(Election e, AdditionalMemberContest contest, List<Poll> polls, LocalDate asOf,
            AggregateSettings settings, Map<String, Integer> sampleHints, ShareInput mayor, Workspace ws) {
        DataHome home = ws.home();
        ElectionCatalog catalog = ws.catalog();
        AliasTable aliases = ws.aliases();
        if (e.baseline() == null) {
            throw new BadInputException(e.id() + ": the Assembly model needs a baseline election (field 'baseline') for its "
                    + "constituencies");
        }
        Election baseline = catalog.resolve(e.baseline());
        AssemblyBaselineReader reader = new AssemblyBaselineReader(baseline, contest.id(), aliases);
        Map<String, Double> baseLondon = reader.londonShares(home.results().resolve("london_assembly_constituency_vote_totals.csv"));
        if (baseLondon.isEmpty()) {
            throw new BadInputException(e.id() + ": no London-wide constituency-ballot totals for the baseline " + baseline.id()
                    + " in data/results/london_assembly_constituency_vote_totals.csv: constituencies without a complete "
                    + "baseline would have no fallback");
        }
        var listFile = home.results().resolve("london_assembly_list_results.csv");
        Map<String, Double> baseList = Files.exists(listFile) ? reader.londonShares(listFile) : Map.of();
        List<String> sources = new ArrayList<>();

        Optional<PollAverage> constituencyPolls = average(e, contest, polls, asOf, settings, sampleHints, Scope.CONSTITUENCY);
        Optional<PollAverage> listPolls = average(e, contest, polls, asOf, settings, sampleHints, Scope.LIST);
        Optional<PollAverage> unspecified = average(e, contest, polls, asOf, settings, sampleHints, Scope.UNSPECIFIED);

        // Parties: any support anywhere, in definition order, then "other".
        List<Party> parties = new ArrayList<>();
        for (Party p : contest.parties()) {
            boolean supported = baseLondon.getOrDefault(p.id(), 0.0) > 0 || baseList.getOrDefault(p.id(), 0.0) > 0
                    || Optional.of(p.id()).flatMap(id -> constituencyPolls.flatMap(a -> a.share(id))).isPresent()
                    || Optional.of(p.id()).flatMap(id -> listPolls.flatMap(a -> a.share(id))).isPresent()
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

        double[] cMean;
        double[] cSe;
        Optional<PollAverage> cSource = constituencyPolls.or(() -> listPolls).or(() -> unspecified);
        if (cSource.isPresent()) {
            cMean = vector(ids, shares(cSource.get()));
            cSe = errors(ids, cSource.get());
            sources.add("Assembly constituency ballot: average of "
                    + pollCount(cSource.get().polls(), cSource.get().scope()) + " as of " + cSource.get().asOf());
        } else {
            cMean = swungByMayor(e, baseline, ids, london, mayor, home, catalog, sources);
            cSe = scaled(cMean, DERIVED_SD);
        }
        normalise(cMean);

        double[] lMean;
        double[] lSe;
        if (listPolls.isPresent()) {
            lMean = vector(ids, shares(listPolls.get()));
            lSe = errors(ids, listPolls.get());
            sources.add("Assembly list ballot: average of " + pollCount(listPolls.get().polls(), "list") + " as of "
                    + listPolls.get().asOf());
        } else {
            double[] ratio = new double[n];
            double[] baseListV = vector(ids, baseList);
            for (int j = 0; j < n; j++) {
                ratio[j] = london[j] > 0.5 && baseListV[j] > 0 ? Math.min(2, Math.max(0.5, baseListV[j] / london[j])) : 1;
            }
            lMean = new double[n];
            for (int j = 0; j < n; j++) {
                lMean[j] = cMean[j] * ratio[j];
            }
            lSe = new double[n];
            for (int j = 0; j < n; j++) {
                lSe[j] = cSe[j] * LIST_WIDER;
            }
            sources.add("Assembly list ballot: no list polls; the constituency ballot times " + baseline.id()
                    + "'s list-to-constituency ratio per party, with a wider error");
        }
        normalise(lMean);

        List<String> constituencies = contest.constituencies().stream().map(c -> c.name()).toList();
        ConstituencyBaselines.Result local = ConstituencyBaselines.build(ws, e, baseline, contest, ids, london);
        double[] base = local.base();
        boolean[] imputed = local.imputed();
        sources.addAll(local.notes());
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
        return new AssemblyInput(contest.id(), ids, names, independent, cMean, lMean, cSe, lSe, london, constituencies, base,
                imputed, mayorOption, contest.method(), contest.threshold(), contest.listSeats(), contest.blocs(), sources);
    }

    private static Optional<PollAverage> average(Election e, AdditionalMemberContest contest, List<Poll> polls, LocalDate asOf,
            AggregateSettings settings, Map<String, Integer> sampleHints, Scope scope) {
        boolean any = polls.stream().anyMatch(p -> p.contest().equals(contest.id()) && p.scope() == scope && !p.date().isAfter(asOf));
        return any ? Optional.of(Aggregator.average(e, contest, scope, polls, asOf, settings, Map.of(), sampleHints)) : Optional.empty();
    }

    /** Baseline London-wide constituency shares plus each party's mayoral change since the baseline. */
    private static double[] swungByMayor(Election e, Election baseline, List<String> ids, double[] london, ShareInput mayor,
            DataHome home, ElectionCatalog catalog, List<String> sources) {
        double[] out = london.clone();
        SingleWinnerContest baseMayor = baseline.first(SingleWinnerContest.class).orElse(null);
        Optional<ContestResult> result = baseMayor == null ? Optional.empty()
                : new ResultsCatalog(home, catalog).firstPreferences(baseline, baseMayor.id()).filter(ContestResult::complete);
        if (result.isEmpty()) {
            sources.add("Assembly constituency ballot: no Assembly polls; " + baseline.id() + "'s London-wide constituency shares "
                    + "unchanged (its mayoral result is incomplete, so no mayoral swing), with a wider error");
            return out;
        }
        Map<String, Double> baseShares = result.get().shares();
        for (int j = 0; j < ids.size(); j++) {
            String party = ids.get(j);
            int m = mayor.parties().indexOf(party);
            Candidate then = baseMayor.candidates().stream().filter(c -> party.equals(c.party())).findFirst().orElse(null);
            if (m >= 0 && then != null && !party.equals("ind")) {
                out[j] = Math.max(0.05, london[j] + mayor.mean()[m] - baseShares.getOrDefault(then.id(), 0.0));
            }
        }
        sources.add("Assembly constituency ballot: no Assembly polls; " + baseline.id() + "'s London-wide constituency shares "
                + "moved by each party's mayoral change since " + baseline.id() + ", with a wider error");
        return out;
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
