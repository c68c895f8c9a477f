package org.pollcast.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pollcast.aggregate.StoppedCampaigns;
import org.pollcast.election.Candidate;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ShareInput;

/**
 * A candidate who stopped campaigning but stayed on the ballot (a definition's {@code withdrew:} day), with no poll of
 * the whole race begun since: every poll averaged asked of the race while they campaigned, so their polled share is
 * what they had, not what they will keep. Those who stop keep little of it: Muharrem İnce (Turkey, 2023) withdrew three
 * days before polling day, the blackout let no poll follow, and the forecast a day before gave him his polled 4.5%
 * (90% 2.1 to 8.0) where he won 0.43, a tenth of it; his 4.1 points, which went to the others, were missing from
 * their first-round shares, the leader's chance of winning outright among them. Jim Gavin (Ireland, 2025), named by
 * every poll after he stopped, kept a third (21% of those naming someone two days before, 7.2 counted). The forecast
 * keeps {@link #KEPT} of the share, between the two (their geometric mean is 0.18), and spreads the rest over the other
 * options in proportion, as a withdrawn candidate's share is spread: an assumption resting on two cases, said in the
 * forecast's note. Once a poll of the whole race begun after that day exists, the average
 * rests on such polls ({@link StoppedCampaigns}) and nothing is moved here.
 */
final class StoppedSupport {
    /** The part of their polled share a candidate who stopped campaigning is forecast to keep. */
    static final double KEPT = 0.2;

    private StoppedSupport() {}

    /** {@code input} with the share of each candidate of {@code contest} who stopped campaigning by {@code asOf}, and
     * whom no poll of {@code used} begun after that day has asked of, cut to {@link #KEPT} of it. */
    static ShareInput apply(SingleWinnerContest contest, ShareInput input, List<Poll> used, LocalDate asOf) {
        double[] mean = input.mean().clone();
        double[] se = input.se().clone();
        StringBuilder said = new StringBuilder();
        for (Candidate c : contest.candidates()) {
            int j = input.index(c.id());
            if (c.withdrew() == null || c.withdrew().isAfter(asOf) || j < 0 || mean[j] <= 0) {
                continue;
            }
            LocalDate day = c.withdrew();
            boolean asked = used.stream()
                    .anyMatch(
                            p -> StoppedCampaigns.begun(p).isAfter(day) && StoppedCampaigns.ofTheWholeRace(contest, p));
            if (asked) {
                continue;
            }
            double rest = 0;
            for (int k = 0; k < mean.length; k++) {
                rest += k == j ? 0 : mean[k];
            }
            if (rest <= 0) {
                continue;
            }
            double polled = mean[j];
            double moved = polled * (1 - KEPT);
            for (int k = 0; k < mean.length; k++) {
                if (k != j) {
                    mean[k] += moved * mean[k] / rest;
                }
            }
            mean[j] = polled * KEPT;
            se[j] *= KEPT;
            said.append(String.format(
                    Locale.ROOT,
                    "; %s stopped campaigning on %s with no poll of the whole race begun since: the forecast keeps %.0f%% of the %.1f%%"
                            + " the polls gave them (%.1f), as those who stop keep little of it, and spreads the"
                            + " rest over the others in proportion",
                    c.name(),
                    day,
                    KEPT * 100,
                    polled,
                    mean[j]));
        }
        return said.isEmpty() ? input : input.withShares(mean, se, said.toString());
    }
}
