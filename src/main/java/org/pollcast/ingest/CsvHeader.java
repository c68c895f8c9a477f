package org.pollcast.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.Printable;

/**
 * Checks a poll CSV's header before any row is read. Two columns for one field ({@code sample_size} and
 * {@code n}, or {@code johnson} twice) leave it to chance which one is read, and a header with control
 * characters cannot be named safely in messages: both stop the file, naming the column.
 */
final class CsvHeader {
    private CsvHeader() {}

    static void check(CsvTable table) {
        check(table, false);
    }

    /**
     * As above; {@code dontKnowParts}: a wide file's row may print those naming no one in several columns
     * ("Blank/Null", "Undecided"), which are read as one figure.
     */
    static void check(CsvTable table, boolean dontKnowParts) {
        List<String> header = table.header();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (Printable.firstControl(h) >= 0) {
                throw new BadInputException(table.source() + ":1: field '" + h + "': column " + (i + 1)
                        + "'s name holds a control character (a terminal escape or NUL); remove it");
            }
            if (h.isBlank()) {
                continue;
            }
            String field = table.field(i).orElse(null);
            if (Columns.IGNORED.equals(field)) {
                continue;
            }
            // Options by their name as printed, case aside: Denmark's Ø and Å are two parties, which folding their
            // letters away, or to O and A (two other parties), would make one.
            String key = field != null ? field : "option " + TableText.clean(h).toLowerCase(Locale.ROOT);
            if (dontKnowParts && "dont_know".equals(field)) {
                // Blank-or-null ballots and the undecided, one column each, are summed; two of one kind (dont_know
                // and Undecided, each 10) would have been summed to 20 without a word.
                key = Columns.isBlankOrNull(h) ? "dont_know (blank or null)" : "dont_know (undecided)";
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw new BadInputException(table.source() + ":1: field '" + h + "': column " + (i + 1)
                        + " is the same column as '" + header.get(first) + "' (column " + (first + 1)
                        + "); name each column once");
            }
        }
    }
}
