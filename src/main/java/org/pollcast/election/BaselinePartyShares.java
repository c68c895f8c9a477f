package org.pollcast.election;

import java.util.HashMap;
import java.util.Map;

/**
 * What each party's candidates won in a baseline contest (first-preference shares, percent, by party id), and the
 * one rule by which a candidate of a later contest carries that share over. The forecast's prior from the baseline
 * and its unpolled candidates, and ingest's judging of a poll that names two candidates only, all count it this way.
 *
 * @param byParty the sum of each party's candidates' shares at the baseline (independents' under {@code ind})
 */
public record BaselinePartyShares(Map<String, Double> byParty) {
    public BaselinePartyShares {
        byParty = Map.copyOf(byParty);
    }

    /** The shares of {@code base}'s result ({@code shares}, by candidate id) summed by party, in candidate order. */
    public static BaselinePartyShares of(SingleWinnerContest base, Map<String, Double> shares) {
        Map<String, Double> byParty = new HashMap<>();
        for (Candidate b : base.candidates()) {
            if (b.party() != null) {
                byParty.merge(b.party(), shares.getOrDefault(b.id(), 0.0), Double::sum);
            }
        }
        return new BaselinePartyShares(byParty);
    }

    /** These shares as {@code election}'s parties carry them on ({@link Election#carriedOver}). */
    public BaselinePartyShares carriedOverTo(Election election) {
        return new BaselinePartyShares(election.carriedOver(byParty));
    }

    /**
     * What {@code c}'s party won at the baseline: 0 for a candidate of no party, an independent, a party that did not
     * stand, or a party with another candidate in {@code contest} (a party's primary: its share at the baseline cannot
     * be split between them, and given whole to each it would count the party's vote once per candidate).
     */
    public double carriedBy(SingleWinnerContest contest, Candidate c) {
        if (c.party() == null || c.party().equals("ind")) {
            return 0;
        }
        boolean shared = contest.candidates().stream()
                .anyMatch(o -> !o.id().equals(c.id()) && c.party().equals(o.party()));
        return shared ? 0 : byParty.getOrDefault(c.party(), 0.0);
    }
}
