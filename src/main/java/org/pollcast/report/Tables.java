package org.pollcast.report;

import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/** Printing Tablesaw tables: fixed decimals for people, the same formatted values in CSV. */
public final class Tables {
    private Tables() {
    }

    public static DoubleColumn decimals(DoubleColumn c, int places) {
        String pattern = places == 0 ? "0" : "0." + "0".repeat(places);
        c.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return c;
    }

    /** Signed, for house effects: +3.1, -0.4. */
    public static DoubleColumn signed(DoubleColumn c, int places) {
        String pattern = "+0." + "0".repeat(places) + ";-0." + "0".repeat(places);
        c.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return c;
    }

    public static String text(Table t) {
        return t.printAll() + System.lineSeparator();
    }

    public static String csv(Table t) {
        StringWriter w = new StringWriter();
        t.write().csv(CsvWriteOptions.builder(w).usePrintFormatters(true).build());
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
