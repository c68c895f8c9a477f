package org.pollcast.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.ResultsCatalog;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;

/**
 * What the baseline election's own count says about its final pair, for an instant-runoff forecast with no counted
 * cross-table (the party-bloc prior): how far the final round put the pair's winner above a split of the two's first
 * preferences in proportion. An infobox gives a count's first and final rounds, not who transferred to whom, so this
 * is a gap, not a table; the prior is tilted to give it at the forecast's average, and the run-off polls are then
 * shrunk towards it ({@link RunoffPollLean}) rather than towards the prior's own.
 *
 * <p>Why: the prior knows London's blocs. Australia's 2022 count put Labor 4.4 points above its split of the
 * Labor–Coalition first preferences (52.1 of the final round from 32.6 v 35.7), where the prior gave 0.0; a month
 * before 2025's election the one Newspoll (51–49 to Labor) was shrunk two-thirds of the way to that 0.0, and the
 * forecast made the Coalition the favourite (62%) against every 2PP poll.
 *
 * <p>Matched by party: the baseline's finalists' parties must each have one candidate in the forecast's input.
 */
final class CountedFinalLean {
    private CountedFinalLean() {}

    /**
     * {@code choice} tilted to the baseline's final-round gap, with a note, when it is the prior of an instant-runoff
     * contest whose baseline (same contest id, also instant-runoff) published a final pair whose parties both stand;
     * else {@code choice}.
     */
    static TransferChoice apply(
            TransferChoice choice,
            Election election,
            SingleWinnerContest contest,
            ShareInput input,
            ElectionCatalog catalog,
            ResultsCatalog results) {
        if (!choice.prior() || contest.system() != VotingSystem.INSTANT_RUNOFF || election.baseline() == null) {
            return choice;
        }
        Election base = catalog.resolve(election.baseline());
        Optional<SingleWinnerContest> baseContest = base.contest(contest.id())
                .filter(SingleWinnerContest.class::isInstance)
                .map(SingleWinnerContest.class::cast)
                .filter(c -> c.system() == VotingSystem.INSTANT_RUNOFF);
        if (baseContest.isEmpty()) {
            return choice;
        }
        Optional<ContestResult> pair = results.lastPair(base, contest.id());
        Optional<ContestResult> first = results.firstPreferences(base, contest.id());
        if (pair.isEmpty() || first.isEmpty() || !first.get().complete()) {
            return choice;
        }
        List<String> finalists = List.copyOf(pair.get().votes().keySet());
        Map<String, Double> firstShares = first.get().shares();
        String a = finalists.get(0);
        String b = finalists.get(1);
        int ia = indexByParty(input, baseContest.get(), a);
        int ib = indexByParty(input, baseContest.get(), b);
        if (ia < 0 || ib < 0 || ia == ib || !firstShares.containsKey(a) || !firstShares.containsKey(b)) {
            return choice;
        }
        double va = pair.get().votes().get(a);
        double vb = pair.get().votes().get(b);
        double fa = firstShares.get(a);
        double fb = firstShares.get(b);
        double gap = 100 * va / (va + vb) - 100 * fa / (fa + fb);
        double[] mean = input.mean();
        int other = input.options().indexOf("other");
        List<CandidatePulls.Aim> aim = List.of(new CandidatePulls.Aim(
                ia, ib, RunoffPollLean.proportional(mean, ia, ib) + gap, RunoffPollLean.SHRINKAGE));
        double[] pull = CandidatePulls.fit(choice.table(), mean, other, contest.system(), RunoffSwing.none(), aim);
        boolean[] paired = new boolean[mean.length];
        paired[ia] = true;
        paired[ib] = true;
        TransferTable pulled = CandidatePulls.pulled(choice.table(), paired, pull);
        String note = String.format(
                Locale.ROOT,
                "; tilted to %s's counted final round: %s took %.1f%% of the %s v %s final, %+.1f points on the two's"
                        + " first preferences split in proportion",
                base.id(),
                input.names().get(ia),
                100 * va / (va + vb),
                input.names().get(ia),
                input.names().get(ib),
                gap);
        return new TransferChoice(pulled, choice.source() + note, true);
    }

    /** The input's option standing for the party of the baseline's candidate {@code id}, or −1. */
    private static int indexByParty(ShareInput input, SingleWinnerContest base, String id) {
        String party = base.candidates().stream()
                .filter(c -> c.id().equals(id))
                .map(Candidate::party)
                .findFirst()
                .orElse(null);
        if (party == null) {
            return -1;
        }
        int found = -1;
        for (int j = 0; j < input.size(); j++) {
            if (party.equals(input.parties().get(j))) {
                if (found >= 0) {
                    return -1; // two candidates of the party: which one inherits the gap is no count's to say
                }
                found = j;
            }
        }
        return found;
    }
}
