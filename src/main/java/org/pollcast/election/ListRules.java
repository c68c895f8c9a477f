package org.pollcast.election;

/**
 * Who may win list seats beyond the threshold, and what becomes of overhang: the two ways a mixed-member system such
 * as New Zealand's differs from the London Assembly's. {@link #FIXED_HOUSE} is the London Assembly's, the Scottish
 * Parliament's and the Senedd's: no waiver, overhang absorbed.
 *
 * @param thresholdWaiver the constituency seats that let a party win list seats whatever its list share (New Zealand:
 *                        1 electorate; Germany's basic-mandate clause: 3); 0 when there is no such waiver
 * @param overhang        whether a party's constituency seats beyond its share are absorbed by a fixed house or
 *                        enlarge it
 */
public record ListRules(int thresholdWaiver, Overhang overhang) {
    /** No waiver, overhang absorbed: the house is the definition's seats in every outcome. */
    public static final ListRules FIXED_HOUSE = new ListRules(0, Overhang.ABSORB);

    public ListRules {
        if (thresholdWaiver < 0) {
            throw new IllegalArgumentException("threshold waiver is " + thresholdWaiver + ", expected ≥ 0");
        }
        if (overhang == null) {
            throw new IllegalArgumentException("overhang is required");
        }
    }

    /** Whether winning {@link #thresholdWaiver} constituency seats admits a party to the list seats. */
    public boolean waives() {
        return thresholdWaiver > 0;
    }

    /** Whether the house grows by overhang, so that its size varies from one outcome to another. */
    public boolean keepsOverhang() {
        return overhang == Overhang.KEEP;
    }
}
