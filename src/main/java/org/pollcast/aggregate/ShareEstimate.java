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
public record ShareEstimate(String option, String name, double share, double se, int polls, double effectivePolls,
        double effectiveSample) {
}
