package org.pollcast.poll;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release of a rolling tracker: a firm that interviews every night and publishes, each day, the last few nights'
 * interviews together (a three-night rolling sample: each release keeps two thirds of the one before). Encyclopedia
 * tables say so in the sample cell, "1,241 (1/3)", the share of the sample that is new, and in the method cell,
 * "telephone (rolling)". Consecutive releases share most of their interviews, so counting each as a poll of its own
 * counts one firm's respondents several times over.
 *
 * <p>The ingest keeps the published share in the poll's notes ({@link #note}), so it survives the store, an export and
 * a re-ingest; the method cell stays in {@link Poll#mode()}.
 *
 * @param newShare the share of the release's sample that is new since the firm's last release (1/3), when printed
 */
public record RollingSample(OptionalDouble newShare) {

    /** How the notes begin where the sample cell printed the new share. */
    public static final String NOTE = "rolling sample";

    private static final Pattern NOTE_SHARE =
            Pattern.compile("rolling sample: (\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?) of it new");
    private static final Pattern ROLLING_WORD = Pattern.compile("(?i)\\brolling\\b");

    /**
     * A new share is read only from a tenth to all of the sample: a tenth is a ten-night window. A smaller one ("1,805
     * (0.01/1)" in one table) is no tracker's window but a slip, and is not read as one.
     */
    public static final double SMALLEST_SHARE = 0.1;

    /** The note the ingest adds for a sample cell's "(1/3)". */
    public static String note(String numerator, String denominator, String cell) {
        return NOTE + ": " + numerator + "/" + denominator + " of it new since the firm's last release (sample cell '"
                + cell + "')";
    }

    /** The share "a/b" when it is a share from a tenth to the whole, else empty. */
    public static OptionalDouble share(String numerator, String denominator) {
        double a = Double.parseDouble(numerator);
        double b = Double.parseDouble(denominator);
        if (b <= 0 || a <= 0 || a > b || a / b < SMALLEST_SHARE) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(a / b);
    }

    /**
     * Whether the poll is a rolling tracker's release: its notes carry the ingest's note of a published new share, or
     * its method says "rolling". Empty for any other poll.
     */
    public static Optional<RollingSample> of(Poll poll) {
        String notes = poll.notes() == null ? "" : poll.notes();
        Matcher m = NOTE_SHARE.matcher(notes);
        if (m.find()) {
            OptionalDouble share = share(m.group(1), m.group(2));
            if (share.isPresent()) {
                return Optional.of(new RollingSample(share));
            }
        }
        String mode = poll.mode() == null ? "" : poll.mode();
        // The method cell says so ("IVR (rolling)"); a free-text note's "rolling" may be anything ("rolling back
        // the tax rise"), so only the ingest's own note (above) counts from the notes (review).
        if (ROLLING_WORD.matcher(mode).find()) {
            return Optional.of(new RollingSample(OptionalDouble.empty()));
        }
        return Optional.empty();
    }
}
