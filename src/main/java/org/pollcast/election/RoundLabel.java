package org.pollcast.election;

/**
 * How a two-round election's second round is named where it is scored beside its first round (the backtest's rows,
 * pollster-accuracy's final polls): the election's id, so marked, "chicago-2023 (second round)".
 */
public final class RoundLabel {
    /** What a second round's label adds to its election's id. */
    public static final String SECOND_ROUND = " (second round)";

    private RoundLabel() {}

    /** The label of {@code electionId}'s second round. */
    public static String secondRound(String electionId) {
        return electionId + SECOND_ROUND;
    }

    /** Whether {@code label} names a second round. */
    public static boolean isSecondRound(String label) {
        return label.endsWith(SECOND_ROUND);
    }

    /** The election {@code label} is of: the id itself, or a second round's election. */
    public static String election(String label) {
        return isSecondRound(label) ? label.substring(0, label.length() - SECOND_ROUND.length()) : label;
    }
}
