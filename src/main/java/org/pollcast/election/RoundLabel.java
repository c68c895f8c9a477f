package org.pollcast.election;

/**
 * How a two-round election's second round is named where it is scored beside its first round (the backtest's rows,
 * pollster-accuracy's final polls): the election's id, so marked, "chicago-2023 (second round)"; and how the final round
 * of a count by preferences (the Supplementary Vote's run-off, instant-runoff's last two, Australia's two-party-preferred)
 * is named where pollster-accuracy scores the polls of its pair: "london-2016 (final round)".
 */
public final class RoundLabel {
    /** What a second round's label adds to its election's id. */
    public static final String SECOND_ROUND = " (second round)";
    /** What the label of a count's final round, counted from the same ballots as the first, adds to the id. */
    public static final String FINAL_ROUND = " (final round)";

    private RoundLabel() {}

    /** The label of {@code electionId}'s second round. */
    public static String secondRound(String electionId) {
        return electionId + SECOND_ROUND;
    }

    /** Whether {@code label} names a second round. */
    public static boolean isSecondRound(String label) {
        return label.endsWith(SECOND_ROUND);
    }

    /** The label of the final round of {@code electionId}'s count by preferences. */
    public static String finalRound(String electionId) {
        return electionId + FINAL_ROUND;
    }

    /** Whether {@code label} names the final round of a count by preferences. */
    public static boolean isFinalRound(String label) {
        return label.endsWith(FINAL_ROUND);
    }

    /** The election {@code label} is of: the id itself, or a second round's or a final round's election. */
    public static String election(String label) {
        if (isSecondRound(label)) {
            return label.substring(0, label.length() - SECOND_ROUND.length());
        }
        return isFinalRound(label) ? label.substring(0, label.length() - FINAL_ROUND.length()) : label;
    }
}
