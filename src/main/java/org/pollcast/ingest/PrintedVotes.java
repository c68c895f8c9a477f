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

    /** The count in {@code cell}; {@code where} names file, line and field for the message. */
    static long parse(String cell, String where) {
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
