package org.pollcast.simulate;

/**
 * One option's forecast. Probabilities are fractions of the simulations kept; {@code pWinSe} is the Monte
 * Carlo standard error √(p(1 − p)/N).
 *
 * @param firstPref     simulated first-preference share (percent)
 * @param runoffShare   share of the two finalists' votes when this option is in the run-off (NaN fields when
 *                      it never is)
 */
public record CandidateForecast(
        String id,
        String name,
        String party,
        double pWin,
        double pWinSe,
        double pRunoff,
        double pFirstRoundWin,
        ShareDistribution firstPref,
        ShareDistribution runoffShare) {}
