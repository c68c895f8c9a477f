package org.pollcast.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which order a CSV file, or a page's poll table, writes its slashed dates in: day first ({@code 30/04/2008}, the British order and the
 * default) or month first ({@code 10/31/2024}, as American polling sites print them). A date such as
 * {@code 11/04/2024} reads either way, so the file's own dates decide: the first one whose first or second number
 * is over 12 tells the order of every slashed date in the file. Read day first, an American table's
 * {@code 11/04/2024} (4 November) was stored silently as 11 April, and its {@code 10/31/2024} refused.
 *
 * <p>The order is found by reading the date columns of the file's first {@value #ROWS_LOOKED_AT} rows a second
 * time (the file still streams); where none of them has a number over 12, a row's dates together may tell
 * ({@link SpanVote}). A date later in the file that reads only in the other order is refused with a
 * message saying so ({@link #apply}), never read some third way; one file cannot mix the two orders.
 *
 * @param monthFirst whether slashed dates are month first
 * @param toldBy     the cell that told the order ({@code line 14: '10/31/2024'}), or null when none did in the rows
 *                   looked at (day first, the default)
 */
record SlashDateOrder(boolean monthFirst, String toldBy) {
    /** The rows whose date cells are looked at for a date that tells the order. */
    static final int ROWS_LOOKED_AT = 1000;

    /** Day first, told by nothing: the order for a file with no slashed date that tells. */
    static final SlashDateOrder DEFAULT = new SlashDateOrder(false, null);

    /** A slashed date with a two- or four-digit year, alone or in a range. */
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");

    /**
     * The date fields of a poll file or table, in the order a poll's dates run (a {@code dates} range holds start and
     * end): a row's cells are read in this order for its span. With {@code dates} after {@code published}, a row of
     * both ran backwards in either reading and told nothing.
     */
    static final List<String> DATE_FIELDS = List.of("fieldwork_start", "dates", "fieldwork_end", "published");

    /** The order the date columns ({@code columns}) of {@code doc}'s first rows tell. */
    static SlashDateOrder of(SourceDocument doc, List<Integer> columns) {
        if (columns.isEmpty()) {
            return DEFAULT;
        }
        try (CsvTable peek = CsvTable.open(doc)) {
            return of(java.util.stream.StreamSupport.stream(peek.spliterator(), false)
                    .map(row -> new DatedRow(
                            "line " + row.line(),
                            columns.stream()
                                    .map(c -> TableText.clean(row.get(c)))
                                    .toList())));
        }
    }

    /**
     * A row's date cells, in the order a poll's dates run (start, end, publication), and where the row is ({@code line
     * 14}, {@code table 2 row 5}).
     */
    record DatedRow(String where, List<String> cells) {}

    /**
     * The order the first {@value #ROWS_LOOKED_AT} of {@code rows} tell: the first cell with a number over 12, else the
     * rows' fieldwork spans, else day first. An encyclopedia's table is read as a CSV is: the same date in an American
     * table ({@code 04/30/2012}) was refused as no date.
     */
    static SlashDateOrder of(java.util.stream.Stream<DatedRow> rows) {
        SpanVote spans = new SpanVote();
        // Lazily: only the rows looked at are read (a CSV's) or made (a table's).
        for (Iterator<DatedRow> it = rows.limit(ROWS_LOOKED_AT).iterator(); it.hasNext(); ) {
            DatedRow row = it.next();
            List<String> dates = new ArrayList<>();
            for (String cell : row.cells()) {
                Boolean told = told(cell);
                if (told != null) {
                    return new SlashDateOrder(told, row.where() + ": '" + cell + "'");
                }
                Matcher m = SLASHED.matcher(cell);
                while (m.find()) {
                    dates.add(m.group());
                }
            }
            spans.count(row.where(), dates);
        }
        return spans.order().orElse(DEFAULT);
    }

    /**
     * The longest fieldwork, from its first date to its last (publication included), that a reading of a row's dates
     * may give and still be a poll's: a month-first file's {@code 10/05/2024} to {@code 10/07/2024} reads day first
     * as May to July.
     */
    private static final int LONGEST_SPAN_DAYS = 45;

    /**
     * A file whose every slashed date reads either way ({@code 10/05/2024}, {@code 10/07/2024}) may still tell its
     * order through each row's dates together: fieldwork that runs backwards, or for months, in one order and for
     * days in the other. The first row that reads as a poll in one order only tells, provided no row tells the other
     * way; a file where rows disagree stays day first. Before, such a file was read day first without a word.
     */
    private static final class SpanVote {
        private String monthFirstBy;
        private String dayFirstBy;

        void count(String where, List<String> dates) {
            if (dates.size() < 2) {
                return;
            }
            boolean dayFirst = plausible(dates, false);
            boolean monthFirst = plausible(dates, true);
            if (dayFirst == monthFirst) {
                return;
            }
            String told = where + ": "
                    + dates.stream().map(d -> "'" + d + "'").collect(java.util.stream.Collectors.joining(" to "))
                    + " spans " + span(dates, monthFirst) + " read " + (monthFirst ? "month" : "day") + " first, "
                    + span(dates, !monthFirst) + " read " + (monthFirst ? "day" : "month") + " first";
            if (monthFirst && monthFirstBy == null) {
                monthFirstBy = told;
            } else if (dayFirst && dayFirstBy == null) {
                dayFirstBy = told;
            }
        }

        Optional<SlashDateOrder> order() {
            if (monthFirstBy != null && dayFirstBy == null) {
                return Optional.of(new SlashDateOrder(true, monthFirstBy));
            }
            if (dayFirstBy != null && monthFirstBy == null) {
                return Optional.of(new SlashDateOrder(false, dayFirstBy));
            }
            return Optional.empty();
        }

        private static boolean plausible(List<String> dates, boolean monthFirst) {
            long days = days(dates, monthFirst);
            return days >= 0 && days <= LONGEST_SPAN_DAYS;
        }

        private static final long NO_DATE = -1;
        private static final long BACKWARDS = -2;

        /** Days from the first date to the last, read in one order; {@link #NO_DATE} or {@link #BACKWARDS} else. */
        private static long days(List<String> dates, boolean monthFirst) {
            LocalDate previous = null;
            LocalDate first = null;
            for (String d : dates) {
                LocalDate date = date(d, monthFirst);
                if (date == null) {
                    return NO_DATE;
                }
                if (previous != null && date.isBefore(previous)) {
                    return BACKWARDS;
                }
                first = first == null ? date : first;
                previous = date;
            }
            return java.time.temporal.ChronoUnit.DAYS.between(first, previous);
        }

        /** How the dates read in one order, in words: "2 days", "61 days", "backwards" or "no date". */
        private static String span(List<String> dates, boolean monthFirst) {
            long days = days(dates, monthFirst);
            return days == NO_DATE
                    ? "no date"
                    : days == BACKWARDS ? "backwards" : days + (days == 1 ? " day" : " days");
        }

        private static LocalDate date(String slashed, boolean monthFirst) {
            Matcher m = SLASHED.matcher(slashed);
            if (!m.matches()) {
                return null;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2000 + year : year;
            try {
                return monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /**
     * True when {@code text} holds a slashed date that reads only month first, false when one reads only day first,
     * null when its slashed dates read either way (or it has none).
     */
    static Boolean told(String text) {
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second >= 1 && second <= 12) {
                return false;
            }
            if (second > 12 && first >= 1 && first <= 12) {
                return true;
            }
        }
        return null;
    }

    /**
     * A date cell as the day-first readers take it: in a month-first file each slashed date with its day and month
     * swapped ({@code 10/31/2024} is {@code 31/10/2024}), else as written. A cell that reads only in the other order
     * than the file's is given back with what is wrong written after it, so that validation refuses it naming the
     * line and the column: a date cannot be read in an order its own file contradicts.
     */
    String apply(String text) {
        Boolean told = told(text);
        if (told != null && told != monthFirst) {
            return text + READS_ONLY + (told ? "month" : "day") + " first, but this file's slashed dates are read "
                    + (monthFirst ? "month" : "day") + " first"
                    + (toldBy != null
                            ? ", as " + toldBy + " tells"
                            : ": none of its first " + ROWS_LOOKED_AT + " rows' dates told the order")
                    + "; write the file's dates in one order, or as YYYY-MM-DD)";
        }
        if (!monthFirst) {
            return text;
        }
        return SLASHED.matcher(text).replaceAll(m -> m.group(2) + "/" + m.group(1) + "/" + m.group(3));
    }

    /**
     * The reason {@link #apply} wrote after a date that contradicts its file's order, as a message naming the date
     * ("'25/04/2024' reads only day first, but ..."), or empty for any other cell: the validation's "is not a date"
     * would misstate it.
     */
    static Optional<String> contradiction(String cell) {
        Matcher m = CONTRADICTED.matcher(cell);
        return m.matches() ? Optional.of("'" + m.group(1) + "' reads only " + m.group(2)) : Optional.empty();
    }

    /** What {@link #apply} writes between a contradicted date and why, and {@link #contradiction} finds. */
    private static final String READS_ONLY = " (reads only ";

    private static final Pattern CONTRADICTED = Pattern.compile("(.*?)" + Pattern.quote(READS_ONLY) + "(.*)\\)");
}
