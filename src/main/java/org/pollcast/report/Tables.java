package org.pollcast.report;

import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.pollcast.ingest.SpreadsheetSafe;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/** Printing Tablesaw tables: fixed decimals for people, the same formatted values in CSV. */
public final class Tables {
    private Tables() {}

    public static DoubleColumn decimals(DoubleColumn c, int places) {
        c.setPrintFormatter(new ZeroUnsigned(places, false), "");
        return c;
    }

    /** Signed, for house effects: +3.1, -0.4, and 0.0 for anything that rounds to zero. */
    public static DoubleColumn signed(DoubleColumn c, int places) {
        c.setPrintFormatter(new ZeroUnsigned(places, true), "");
        return c;
    }

    /**
     * {@code v} to {@code places} decimals with its sign ("+2.3", "-0.4"), and unsigned when it rounds to zero
     * ("0.0"): the one rule for every signed figure pollcast prints.
     */
    public static String signed(double v, int places) {
        return zeroUnsigned(String.format(Locale.ROOT, "%+." + places + "f", v));
    }

    /**
     * The move from one probability to another in points, as a reader works it out from the two figures printed to
     * a tenth of a point: 69.2% to 67.0% is -2.2, where the unrounded 69.24 to 66.96 printed -2.3 beside them.
     */
    public static double pointsBetweenPrinted(double before, double now) {
        return (Math.round(1000 * now) - Math.round(1000 * before)) / 10.0;
    }

    /**
     * {@code printed} without its sign when no digit of it is other than 0: "-0.0" (a tiny negative, or the
     * IEEE negative zero an error of exactly nothing comes out as) and "+0.0" read as a lean where there is none, and
     * beside each other in one column as two different values.
     */
    public static String zeroUnsigned(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char ch = printed.charAt(i);
            if (ch >= '1' && ch <= '9') {
                return printed;
            }
        }
        return printed.startsWith("-") || printed.startsWith("+") ? printed.substring(1) : printed;
    }

    /**
     * A column's print format whose zeros, as printed, carry no sign ({@link #zeroUnsigned}), rounded as
     * {@link #signed(double, int)} rounds (or the same unsigned), so that a CSV or a command's table prints a figure
     * as the HTML report does ({@link Html#pct}, {@link Html#num}). A DecimalFormat rounded ties apart from them:
     * an 8.95% chance (895 of 10,000 simulations) was 8.9 in data/race.csv and 9.0% in
     * the report's table of the same numbers.
     */
    private static final class ZeroUnsigned extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final String format;
        private final DecimalFormat parser;

        ZeroUnsigned(int places, boolean signed) {
            this.format = (signed ? "%+." : "%.") + places + "f";
            String digits = places == 0 ? "0" : "0." + "0".repeat(places);
            this.parser = new DecimalFormat(
                    signed ? "+" + digits + ";-" + digits : digits, DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition at) {
            return to.append(zeroUnsigned(String.format(Locale.ROOT, format, v)));
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition at) {
            return format((double) v, to, at);
        }

        @Override
        public Number parse(String text, ParsePosition at) {
            return parser.parse(text, at);
        }
    }

    public static String text(Table t) {
        return t.printAll() + System.lineSeparator();
    }

    /** The table as CSV, text cells made safe for spreadsheets ({@link SpreadsheetSafe}); numbers as printed. */
    public static String csv(Table t) {
        Table safe = Table.create(t.name());
        for (int c = 0; c < t.columnCount(); c++) {
            // Numeric columns are shared as they are (with their print formats); text columns are rewritten.
            safe.addColumns(
                    t.column(c) instanceof StringColumn text
                            ? text.map(SpreadsheetSafe::cell).setName(text.name())
                            : t.column(c));
        }
        StringWriter w = new StringWriter();
        safe.write().csv(CsvWriteOptions.builder(w).usePrintFormatters(true).build());
        return w.toString();
    }

    /** A double for output: NaN becomes missing (never printed as NaN). */
    public static void append(DoubleColumn c, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }
}
