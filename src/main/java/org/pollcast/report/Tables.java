package org.pollcast.report;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.pollcast.ingest.SpreadsheetSafe;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Printing Tablesaw tables: fixed decimals for people, the same formatted values in CSV; chances by one rule
 * ({@link #tenths}), kept numbers in CSV ({@link #chances}).
 */
public final class Tables {
    private Tables() {}

    public static DoubleColumn decimals(DoubleColumn c, int places) {
        c.setPrintFormatter(new ZeroUnsigned(places, false), "");
        return c;
    }

    /**
     * A column of chances in percent: for people ({@link #text}) each as {@link #tenths} prints it, "{@code <0.1}"
     * and "{@code >99.9}" included; in a CSV ({@link #csv}) as a number, which a spreadsheet can sort and sum, to one
     * decimal like the page, but where the page says "{@code <0.1}" or "{@code >99.9}", the figure itself to two
     * significant digits ("0.014", "99.986"): the 0.0 it was written as read as a chance that never came up, where
     * Paddick won 14 of london-2012's 100,000 simulations.
     */
    public static DoubleColumn chances(DoubleColumn c) {
        c.setPrintFormatter(new TwoFaced(v -> tenths(v, true), Tables::chanceNumber), "");
        return c;
    }

    /**
     * {@code v} to one decimal as pollcast prints it for people, the one rule for every chance it prints (the report's
     * tables and sentences, the charts' bar labels, the night's page, the command line's tables): a true zero is "0";
     * a figure that rounds to 0.0 without being zero is "{@code <0.1}" (or "{@code >-0.1}"), for a chance that came
     * up in a few simulations is not one that never did; on a percent scale ({@code percent}), a figure that rounds to
     * 100.0 without being 100 is "{@code >99.9}", for it is not certain. Anything else, 100 itself included, is
     * rounded half up, as {@link #signed(double, int)} rounds.
     */
    public static String tenths(double v, boolean percent) {
        if (v == 0) {
            return "0";
        }
        String printed = zeroUnsigned(String.format(Locale.ROOT, "%.1f", v));
        if (printed.equals("0.0")) {
            return v > 0 ? "<0.1" : ">-0.1";
        }
        if (percent && printed.equals("100.0") && v < 100) {
            return ">99.9";
        }
        return printed;
    }

    /**
     * A chance {@code p} (0 to 1) in percent as {@link #tenths} prints it, without the sign: "70.1", "{@code <0.1}",
     * "0".
     * {@code endsShown} false (election night before the count has decided the race) keeps a chance off 0 and 100:
     * no simulation's winning is then not yet a result, so 0 reads "{@code <0.1}" and 1 "{@code >99.9}".
     */
    public static String chance(double p, boolean endsShown) {
        double shown = endsShown ? p : Math.min(Math.max(p, Double.MIN_VALUE), Math.nextDown(1.0));
        return tenths(100 * shown, true);
    }

    /**
     * A column of Monte Carlo standard errors of chances, in points, over {@code sims} simulations: for people each as
     * {@link #chanceError} prints it, in a CSV the number to two decimals as {@link #decimals} writes it.
     */
    public static DoubleColumn chanceErrors(DoubleColumn c, long sims) {
        c.setPrintFormatter(new TwoFaced(v -> chanceError(v, sims), new ZeroUnsigned(2, false)::format), "");
        return c;
    }

    /**
     * The Monte Carlo standard error {@code se} (in points) of a chance estimated from {@code sims} simulations, to two
     * decimals for people, by {@link #tenths}'s rule one place further: an error that rounds to 0.00 without being
     * zero is "{@code <0.01}", for it printed "0.00", exact to the last digit, beside a chance of "{@code <0.1}". An
     * error of exactly zero is that of a chance that came up in none of the simulations (or all of them), where
     * the binomial estimate sqrt(p(1-p)/n) is zero with p at 0 and says nothing of the error: by the rule of three
     * (Hanley and Lippman-Hand, JAMA 1983) the chance is below 3/n with 95% confidence, and its error below that
     * bound's, so it prints as "{@code <}" that error rounded up: "{@code <0.01}" from 17,321 simulations, "{@code
     * <0.18}" from 1,000.
     */
    public static String chanceError(double se, long sims) {
        if (Double.isNaN(se) || sims <= 0) {
            return "–";
        }
        if (se == 0) {
            double p = Math.min(3.0 / sims, 0.5);
            double bound = Math.ceil(100 * 100 * Math.sqrt(p * (1 - p) / sims)) / 100;
            return "<" + String.format(Locale.ROOT, "%.2f", bound);
        }
        String printed = String.format(Locale.ROOT, "%.2f", se);
        return printed.equals("0.00") ? "<0.01" : printed;
    }

    /**
     * A chance in percent as a CSV holds it: {@link #tenths}'s figure where that is a number, and where it is
     * "{@code <0.1}" or "{@code >99.9}" the number itself to two significant digits, counted from 0 or from 100.
     */
    static String chanceNumber(double v) {
        String printed = tenths(v, true);
        if (printed.equals("<0.1")) {
            return significant(v).toPlainString();
        }
        if (printed.equals(">99.9")) {
            return BigDecimal.valueOf(100).subtract(significant(100 - v)).toPlainString();
        }
        return printed;
    }

    private static BigDecimal significant(double v) {
        return BigDecimal.valueOf(v)
                .round(new MathContext(2, RoundingMode.HALF_UP))
                .stripTrailingZeros();
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
     * A column print format that formats doubles its own way: whole numbers as doubles, and text read back by
     * {@code parser} (Tablesaw asks a print format for both).
     */
    private abstract static class PrintFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat parser;

        PrintFormat(DecimalFormat parser) {
            this.parser = parser;
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

    /**
     * A column's print format whose zeros, as printed, carry no sign ({@link #zeroUnsigned}), rounded as
     * {@link #signed(double, int)} rounds (or the same unsigned), so that a CSV or a command's table prints a figure
     * as the HTML report does ({@link Html#pct}, {@link Html#num}). A DecimalFormat rounded ties apart from them:
     * an 8.95% chance (895 of 10,000 simulations) was 8.9 in data/race.csv and 9.0% in
     * the report's table of the same numbers.
     */
    private static final class ZeroUnsigned extends PrintFormat {
        private static final long serialVersionUID = 1L;
        private final String format;

        ZeroUnsigned(int places, boolean signed) {
            super(parserOf(places, signed));
            this.format = (signed ? "%+." : "%.") + places + "f";
        }

        private static DecimalFormat parserOf(int places, boolean signed) {
            String digits = places == 0 ? "0" : "0." + "0".repeat(places);
            return new DecimalFormat(
                    signed ? "+" + digits + ";-" + digits : digits, DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition at) {
            return to.append(zeroUnsigned(String.format(Locale.ROOT, format, v)));
        }
    }

    /**
     * The print format of a column with one face for people and one for machines: {@link #chances} ({@link #tenths}
     * and {@link #chanceNumber}), {@link #chanceErrors}. Tablesaw writes a table for people and as CSV through the same
     * print format, and cannot hand a column's format back to see which it is, so {@link #csv} says it is writing for
     * machines.
     */
    private static final class TwoFaced extends PrintFormat {
        private static final long serialVersionUID = 1L;
        private final transient DoubleFunction<String> forPeople;
        private final transient DoubleFunction<String> forMachines;

        TwoFaced(DoubleFunction<String> forPeople, DoubleFunction<String> forMachines) {
            super(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            this.forPeople = forPeople;
            this.forMachines = forMachines;
        }

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition at) {
            return to.append(FOR_MACHINES.get() ? forMachines.apply(v) : forPeople.apply(v));
        }
    }

    /** Whether this thread is writing a CSV ({@link #csv}), for {@link TwoFaced}. */
    private static final ThreadLocal<Boolean> FOR_MACHINES = ThreadLocal.withInitial(() -> false);

    public static String text(Table t) {
        return t.printAll() + System.lineSeparator();
    }

    /**
     * The table as CSV, text cells made safe for spreadsheets ({@link SpreadsheetSafe}); numbers as printed, chances as
     * numbers ({@link #chances}).
     */
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
        FOR_MACHINES.set(true);
        try {
            safe.write().csv(CsvWriteOptions.builder(w).usePrintFormatters(true).build());
        } finally {
            FOR_MACHINES.set(false);
        }
        return w.toString();
    }

    /**
     * The share of a list that missed its {@code threshold} as a table of {@code places} decimals prints it: rounded
     * down where rounding would carry it to the threshold, so that it never reads as the threshold it missed.
     * Bulgaria's Velichie won 3.9992% in October 2024, 20 votes short of 4%: {@code count} printed "4.00,
     * passed_threshold no", and {@code seats} "4.0". A share far under it rounds as any other: France's UDI won
     * 2.49998% of the 2019 European vote, officially 2.50%, and cutting every share that rounds up printed 2.49.
     */
    static double missedShare(double share, double threshold, int places) {
        double scale = Math.pow(10, places);
        return Math.round(share * scale) / scale >= threshold ? Math.floor(share * scale) / scale : share;
    }

    /**
     * A share that missed its threshold as text, to the fewest decimals from {@code places} (at most two more) that keep
     * it below the threshold: Germany's BSW, 4.981% of the 2025 second votes against 5%, is "4.98", where rounding
     * down to one decimal printed "4.9", which a reader takes for a clear miss of 0.1 points, not one of 9,500 votes.
     * Only a share that no such rounding keeps below is rounded down, at the last of them.
     */
    static String missedShareText(double share, double threshold, int places) {
        if (!(share < threshold)) {
            return Html.num(share, places); // no miss (or no number): printed as any share is
        }
        for (int d = places; d <= places + 2; d++) {
            double scale = Math.pow(10, d);
            if (Math.round(share * scale) / scale < threshold) {
                return Html.num(share, d);
            }
        }
        return Html.num(missedShare(share, threshold, places + 2), places + 2);
    }

    /**
     * A column of shares to one decimal, but a share under one of {@code thresholds} that one decimal would round up to
     * it prints as {@link #missedShareText} does: `seats` printed Germany's BSW, 4.981% of the 2025 second votes, as
     * "4.9" beside "passed_threshold no", where the report and `count` say 4.98.
     */
    public static DoubleColumn sharesAgainst(DoubleColumn c, double[] thresholds) {
        DoubleFunction<String> text = v -> nearMissText(v, thresholds);
        c.setPrintFormatter(new TwoFaced(text, text), "");
        return c;
    }

    private static String nearMissText(double share, double[] thresholds) {
        for (double t : thresholds) {
            if (share < t && Math.round(share * 10) / 10.0 >= t) {
                return missedShareText(share, t, 1);
            }
        }
        return Html.num(share, 1);
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
