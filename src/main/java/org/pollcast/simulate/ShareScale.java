package org.pollcast.simulate;

/**
 * How an error quoted for a 50% option scales to an option's share: {@code √(m(100 − m))/50}, as sampling error does,
 * with {@code m} the share but at least {@value #FLAT_BELOW}, so that every option below it has one relative error
 * ({@link ErrorModel}, where the reason is). The learned record of misses ({@code pipeline/PollErrorRecord}) puts each
 * miss on the same scale, so that the setting it asks for is the one the simulation draws.
 */
public final class ShareScale {
    /** Below this share (percent) every option has the relative error of an option on this share. */
    public static final double FLAT_BELOW = 15;

    private ShareScale() {}

    /** The factor an error quoted for a 50% option takes at {@code share} percent. */
    public static double of(double share) {
        double m = Math.max(share, FLAT_BELOW);
        return Math.sqrt(m * (100 - m)) / 50;
    }
}
