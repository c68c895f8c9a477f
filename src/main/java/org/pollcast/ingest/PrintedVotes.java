package org.pollcast.ingest;

import java.math.BigDecimal;
import org.pollcast.BadInputException;

/**
 * A count of votes in a results or declarations file, read as the pages it is copied from print it: a whole,
 * non-negative number, thousands separators allowed ("181,040", "1 234", "1.054.817", "1'054'817"). Every reader of counts uses it, so a
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

    /**
     * A number whose thousands are parted by dots, two groups or more ("1.054.817", as Colombian, German and Turkish
     * counts print it), or by apostrophes ("1'054'817", Swiss): read as the whole number it is. One dot group ("7.432")
     * reads as a decimal as well, so it is not taken for thousands.
     */
    private static final java.util.regex.Pattern DOT_GROUPED =
            java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:['’]\\d{3})+");

    /** The count in {@code cell}; {@code where} names file, line and field for the message. */
    static long parse(String cell, String where) {
        if (DOT_GROUPED.matcher(cell.strip()).matches()) {
            return parse(cell.strip().replaceAll("[.'’]", ""), where);
        }
        if (cell.strip().matches("\\d{1,3}\\.\\d{3}")) {
            // "12.000": twelve thousand where dots part thousands, twelve where the dot is a decimal point; in a file
            // that may part thousands with dots ("1.497.126"), read either way it could be a thousand times wrong.
            throw new BadInputException(where + ": '" + cell + "' is not a whole number of votes as written (where the"
                    + " dot parts thousands, as some countries print counts, write "
                    + cell.strip().replace(".", "")
                    + "; where it is a decimal point, write "
                    + new BigDecimal(cell.strip()).stripTrailingZeros().toPlainString() + ")");
        }
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
            // A count with fractions ("178784.29": Japan shares ambiguous ballots out between the names they could
            // be, a blind trial's Tokyo count) says how to write it, where it said only what was wrong.
            throw new BadInputException(where + ": '" + cell + "' is not a whole number of votes"
                    + (s.matches("\\d+\\.\\d{1,3}") && v.compareTo(BigDecimal.ONE) >= 0
                            ? " (a count printed with fractions of a vote, as where ambiguous ballots are shared out"
                                    + " between names, is written whole: "
                                    + v.setScale(0, java.math.RoundingMode.HALF_UP)
                                            .toPlainString() + ")"
                            : ""));
        }
        if (votes > MAX_VOTES) {
            throw new BadInputException(
                    where + ": " + cell + " votes is more than any electorate (at most " + MAX_VOTES + " in one cell)");
        }
        return votes;
    }
}
