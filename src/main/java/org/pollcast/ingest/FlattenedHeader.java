package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A two-row header that a text copy printed one name to a line, its first row first. Encyclopedia tables head their
 * candidates with photos over the names: the first header row holds the dates, firm, sample, {@code Others/Undecided}
 * and {@code Lead} (each spanning both rows) with the photos between them, which print nothing, and the second row the
 * candidates' names. Flattened, the names come after {@code Lead} while each row prints its candidates' figures before
 * its undecided and its lead (the 2024 Mexican page's mirror: "Others/ Undecided, Lead, Sheinbaum SHH, Gálvez FCM,
 * Máynez MC" over "47.3%, 40.7%, 8.4%, 3.6%, 6.6%"). Read in the printed order, every poll's undecided was Sheinbaum's
 * figure and the page was refused poll by poll. The names are put back where the rows' own figures say they stand: the
 * place where each row's lead is the difference of its two largest candidates' figures, for more rows than in the
 * printed order.
 */
final class FlattenedHeader {
    private static final Pattern LEAD = Pattern.compile("(?i)lead");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** How near a printed lead must be to the difference it is checked against: the page rounds each figure. */
    private static final double ROUNDING = 0.15;

    private FlattenedHeader() {}

    /** The header with the names printed after its lead moved where the rows place them, or the header as it was. */
    static List<String> placed(List<String> header, List<List<String>> rows) {
        int lead = leadColumn(header);
        if (lead < 0 || header.size() - lead - 1 < 2) {
            return header;
        }
        for (int k = lead + 1; k < header.size(); k++) {
            if (!isOption(header.get(k))) {
                return header; // a named column after the lead: the header is no flattened pair of rows
            }
        }
        List<String> first = header.subList(0, lead + 1);
        List<String> second = header.subList(lead + 1, header.size());
        List<String> best = header;
        int bestFits = fits(header, rows);
        for (int at = 0; at < first.size(); at++) {
            List<String> candidate = new ArrayList<>(first.subList(0, at));
            candidate.addAll(second);
            candidate.addAll(first.subList(at, first.size()));
            int f = fits(candidate, rows);
            if (f > bestFits) {
                best = candidate;
                bestFits = f;
            }
        }
        // At least two rows, and most of those the check can read, must agree: one row's coincidence moves nothing.
        return bestFits >= 2 && 2 * bestFits > checkable(best, rows) ? List.copyOf(best) : header;
    }

    private static int leadColumn(List<String> header) {
        for (int k = 0; k < header.size(); k++) {
            if (LEAD.matcher(TableText.clean(header.get(k)).strip()).matches()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isOption(String name) {
        String clean = TableText.clean(name).strip();
        return !clean.isEmpty() && Columns.field(clean).isEmpty();
    }

    /** The rows whose lead cell is the difference of their two largest options' figures. */
    private static int fits(List<String> header, List<List<String>> rows) {
        int count = 0;
        for (List<String> row : rows) {
            if (leadFits(header, row) == Boolean.TRUE) {
                count++;
            }
        }
        return count;
    }

    private static int checkable(List<String> header, List<List<String>> rows) {
        int count = 0;
        for (List<String> row : rows) {
            if (leadFits(header, row) != null) {
                count++;
            }
        }
        return count;
    }

    /** Whether the row's lead fits its options' figures, or null where the row gives too little to tell. */
    private static Boolean leadFits(List<String> header, List<String> row) {
        if (row.size() != header.size()) {
            return null;
        }
        int lead = leadColumn(header);
        OptionalDouble printed = figure(row.get(lead));
        if (printed.isEmpty()) {
            return null;
        }
        double top = -1;
        double next = -1;
        int options = 0;
        for (int k = 0; k < header.size(); k++) {
            if (k == lead || !isOption(header.get(k))) {
                continue;
            }
            OptionalDouble f = figure(row.get(k));
            if (f.isEmpty()) {
                continue;
            }
            options++;
            double v = f.getAsDouble();
            if (v > top) {
                next = top;
                top = v;
            } else if (v > next) {
                next = v;
            }
        }
        if (options < 2) {
            return null;
        }
        return Math.abs(top - next - printed.getAsDouble()) <= ROUNDING;
    }

    /** A cell's figure ("47.3%", "1,800"), or empty for words and dashes. */
    private static OptionalDouble figure(String cell) {
        String s = TableText.clean(cell).strip().replace(",", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return FIGURE.matcher(s).matches() ? OptionalDouble.of(Double.parseDouble(s)) : OptionalDouble.empty();
    }
}
