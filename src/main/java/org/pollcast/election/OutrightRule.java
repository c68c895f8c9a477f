package org.pollcast.election;

import java.util.List;

/**
 * One way a two-round contest's first round elects its leader outright: more than {@code share} percent of the valid
 * votes and a lead of more than {@code lead} points over the runner-up. A contest lists one or more; meeting any
 * elects. France's and Brazil's rule is over half ({@link #HALF}); Argentina's is 45%, or 40% with a lead of more
 * than 10 points (Constitution, arts. 97 and 98), two rules.
 */
public record OutrightRule(double share, double lead) {
    /** Over half of the valid votes, the rule when a definition states none. */
    public static final OutrightRule HALF = new OutrightRule(50, 0);

    /**
     * No first-round win at all ({@code outright: none}): over 100% is beyond any count, so the two leaders always meet
     * in the second round, a majority or not (Boston's preliminary: Wu's 71.8% in 2025 elected no one). Read as over
     * half, pollcast forecast her "elected in the first round" and refused the second round as not held.
     */
    public static final OutrightRule NONE = new OutrightRule(100, 0);

    /** Whether {@code rules} elect no one in the first round ({@link #NONE}). */
    public static boolean never(List<OutrightRule> rules) {
        return rules.equals(List.of(NONE));
    }

    public OutrightRule {
        if (!(share > 0 && share <= 100)) {
            throw new IllegalArgumentException("share " + share + " is not above 0 and at most 100");
        }
        if (!(lead >= 0 && lead < 100)) {
            throw new IllegalArgumentException("lead " + lead + " is not from 0 to under 100");
        }
    }

    /**
     * Whether a leader on {@code leader} and a runner-up on {@code runnerUp} (votes, or shares) of {@code total} meet
     * any of {@code rules} (none: over half). Allocation-free, for the simulator's loop.
     */
    public static boolean met(List<OutrightRule> rules, double leader, double runnerUp, double total) {
        if (rules.isEmpty()) {
            return leader > total / 2;
        }
        for (int i = 0; i < rules.size(); i++) {
            OutrightRule r = rules.get(i);
            if (leader > total * r.share / 100 && leader - runnerUp > total * r.lead / 100) {
                return true;
            }
        }
        return false;
    }

    /** How the definition's rules read in a sentence: "over 45%, or over 40% with a lead of over 10 points". */
    public static String describe(List<OutrightRule> rules) {
        if (rules.isEmpty()) {
            return "over half";
        }
        if (never(rules)) {
            return "no share at all";
        }
        StringBuilder s = new StringBuilder();
        for (OutrightRule r : rules) {
            if (s.length() > 0) {
                s.append(", or ");
            }
            s.append(r.share == 50 && r.lead == 0 ? "over half" : "over " + num(r.share) + "%");
            if (r.lead > 0) {
                s.append(" with a lead of over ").append(num(r.lead)).append(" points");
            }
        }
        return s.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
