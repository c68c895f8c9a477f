package org.pollcast.aggregate;

/**
 * The average share of one option.
 *
 * @param share           percent; the shares of an average sum to 100
 * @param se              standard error in points (sampling error plus the observed excess spread between polls)
 * @param polls           polls reporting this option that the average used
 * @param effectivePolls  Kish effective number of polls, (Σw)² / Σw²
 * @param effectiveSample respondents a single simple random sample would need for the same error:
 *                        p(100 − p) / se²
 */
public record ShareEstimate(
        String option, String name, double share, double se, int polls, double effectivePolls, double effectiveSample) {

    /** The lower end of the 90% interval, share − 1.645 se, not below 0. */
    public double low90() {
        return Math.max(0, share - HouseEffect.Z90 * se);
    }

    /** The upper end of the 90% interval, share + 1.645 se, not above 100. */
    public double high90() {
        return Math.min(100, share + HouseEffect.Z90 * se);
    }
}
