package org.pollcast.ingest;

import java.math.BigDecimal;
import org.pollcast.BadInputException;

/**
 * A count of votes in a results or declarations file, read as the pages it is copied from print it: a whole,
 * non-negative number, thousands separators allowed ("181,040", "1 234"). Every reader of counts uses it, so a
 * figure a council or the BBC prints is read the same in the Mayor's results, the turnout file and a declaration.
 */
final class PrintedVotes {
    private PrintedVotes() {}

    /**
     * The most votes one cell may hold: more than India's whole electorate, so no real count is refused, and small
     * enough that the sums of a file's cells cannot wrap round a {@code long} (a negative total passed the checks).
     */
    static final long MAX_VOTES = 1_000_000_000L;

    /**
     * A number written with separators: each one followed by three digits, the same separator throughout ("67,610",
     * "1 234 567"). Anything else is a typo, not a number to guess at: "67,61" read as 6,761 (or "6,7610" as 67,610)
     * when the separators were simply dropped.
     */
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("-?\\d{1,3}([, \u00a0])\\d{3}(?:\\1\\d{3})*(?:\\.\\d*)?");

    /** The count in {@code cell}; {@code where} names file, line and field for the message. */
    static long parse(String cell, String where) {
        if (cell.strip().matches(".*[, \u00a0].*")
                && !GROUPED.matcher(cell.strip()).matches()) {
            throw new BadInputException(where + ": '" + cell + "' is not a number of votes: a thousands separator"
                    + " comes every three digits (67,610 or 1,234,567); write the figure again from its source");
        }
        String s = cell.replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            throw new BadInputException(where + ": empty; expected a whole number of votes");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": '" + cell + "' is not a whole number of votes");
        }
        if (v.signum() < 0) {
            throw new BadInputException(where + ": " + cell + " is negative");
        }
        long votes;
        try {
            votes = v.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadInputException(where + ": '" + cell + "' is not a whole number of votes");
        }
        if (votes > MAX_VOTES) {
            throw new BadInputException(
                    where + ": " + cell + " votes is more than any electorate (at most " + MAX_VOTES + " in one cell)");
        }
        return votes;
    }
}
