package org.pollcast.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.BaselinePartyShares;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/**
 * Candidates on the ballot whom no poll names, but whose party stood last time. Polls early in a campaign, or
 * ones published as a headline, often give the leading two only (YouGov, February 2024: Khan 49, Hall 24), and
 * the average then holds the Liberal Democrat and the Green inside a 27% "others", so the forecast printed no
 * Blackie or Garbett at all. Each such candidate takes their party's first-preference share at the baseline
 * election, out of "others", when others can hold them all beside the candidates with no party record (who
 * keep {@code unpolledShare} each), with a wide error: half its share, one standard deviation,
 * as parties' fortunes move between elections (UKIP: 6.5% of the 2016 list, 1.0% in 2021).
 */
final class UnpolledCandidates {
    /** Relative error of a share carried over from the last election rather than polled. */
    static final double RELATIVE_SE = 0.5;

    private UnpolledCandidates() {}

    static ShareInput fill(
            Workspace ws, Election election, SingleWinnerContest contest, ShareInput in, double unpolledShare) {
        // "Others" closes every input built from a poll average; the carried candidates go just before it.
        int other = in.options().size() - 1;
        if (!in.options().get(other).equals(Option.OTHER) || election.baseline() == null) {
            return in;
        }
        Election baseline = ws.catalog().resolve(election.baseline());
        Optional<SingleWinnerContest> baseContest = baseline.singleWinner(contest.id());
        Optional<ContestResult> result = baseContest
                .flatMap(c -> ws.results().firstPreferences(baseline, c.id()))
                .filter(ContestResult::complete);
        if (result.isEmpty()) {
            return in;
        }
        BaselinePartyShares won =
                BaselinePartyShares.of(baseContest.get(), result.get().shares()).carriedOverTo(election);
        List<Candidate> carried = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        int withoutRecord = 0;
        for (Candidate c : contest.candidates()) {
            if (in.options().contains(c.id())) {
                continue;
            }
            double s = won.carriedBy(contest, c);
            if (s > 0) {
                carried.add(c);
                share.add(s);
            } else {
                withoutRecord++;
            }
        }
        if (carried.isEmpty()) {
            return in;
        }
        double[] oldMean = in.mean();
        double[] oldSe = in.se();
        double wanted = share.stream().mapToDouble(Double::doubleValue).sum();
        double room = Math.max(0, oldMean[other] - withoutRecord * unpolledShare);
        double scale = 1;
        if (room < wanted) {
            if (!othersLeadEveryNamedOption(oldMean, other)) {
                // The polls' others cannot hold them at their last shares: the polls say something about them (a
                // small "other" is a reading, 2012's 4%), and a scaled-down guess would then stand in for the
                // party's record wherever the Assembly reads the mayoral shares. They stay in others.
                return in;
            }
            // "Others" outpolls every candidate the polls name: the polls left out a leading candidate (More in
            // Common's Greater Manchester poll of April 2024 gave Evans 9, Buckley 9, Barker 12 and no Burnham,
            // who won 63.4%), so others is that candidate's vote, not a reading of small ones. Left there, the
            // forecast named Barker the favourite at 12%. They share the room in proportion to their records.
            scale = room / wanted;
        }
        int n = in.options().size() + carried.size();
        List<String> ids = new ArrayList<>(in.options().subList(0, other));
        List<String> names = new ArrayList<>(in.names().subList(0, other));
        List<String> parties = new ArrayList<>(in.parties().subList(0, other));
        double[] mean = new double[n];
        double[] se = new double[n];
        System.arraycopy(oldMean, 0, mean, 0, other);
        System.arraycopy(oldSe, 0, se, 0, other);
        int j = other;
        List<String> said = new ArrayList<>();
        for (int i = 0; i < carried.size(); i++, j++) {
            Candidate c = carried.get(i);
            ids.add(c.id());
            names.add(c.name());
            parties.add(c.party());
            mean[j] = share.get(i) * scale;
            se[j] = mean[j] * RELATIVE_SE;
            said.add(String.format(Locale.ROOT, "%s %.1f%%", c.name(), mean[j]));
        }
        ids.add(in.options().get(other));
        names.add(in.names().get(other));
        parties.add(in.parties().get(other));
        mean[n - 1] = Math.max(0, oldMean[other] - wanted * scale);
        se[n - 1] = oldSe[other] * (oldMean[other] > 0 ? mean[n - 1] / oldMean[other] : 1);
        return new ShareInput(
                in.election(),
                in.asOf(),
                in.daysToElection(),
                ids,
                names,
                parties,
                mean,
                se,
                in.fromPolls(),
                in.source() + "; no poll names "
                        // By name, as the reader knows them: an id is folded to ASCII (Birol Aydın's is aydin).
                        + String.join(
                                ", ", carried.stream().map(Candidate::name).toList())
                        + ": each takes their party's share at " + baseline.id() + " out of others"
                        + (scale < 1
                                ? String.format(
                                        Locale.ROOT,
                                        ", scaled by %.2f to fit the %.1f%% the polls leave to others",
                                        scale,
                                        room)
                                : "")
                        + " (" + String.join(", ", said) + ")");
    }

    /** Whether the average's others (at {@code other}) is larger than every option the polls name. */
    private static boolean othersLeadEveryNamedOption(double[] mean, int other) {
        for (int j = 0; j < other; j++) {
            if (mean[j] >= mean[other]) {
                return false;
            }
        }
        return true;
    }
}
